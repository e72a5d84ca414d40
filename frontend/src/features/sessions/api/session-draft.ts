import { useCallback, useEffect, useRef, useState } from 'react';

import { clearDraft, readDraft, writeDraft } from '@/lib/drafts';
import { newUuid } from '@/utils/ids';

import type { SessionFormValues } from './session-form-schema';

interface StoredDraft {
  values: SessionFormValues;
  idempotencyKey: string;
  /** For a change to a recorded session: the version the draft was typed against. */
  version?: number;
}

/** The storage key of a session form's draft: one for a new session, one per session edited. */
export function sessionDraftKey(sessionId?: number): string {
  return sessionId === undefined ? 'session.new' : `session.${sessionId}`;
}

/**
 * What was typed in a session form, kept in sessionStorage until it is saved or discarded, so an
 * accidental reload (or a phone dropping the page) loses nothing; and the draft's idempotency key,
 * generated once and reused by every retry of the same draft.
 */
export function useSessionDraft(key: string, initialValues: SessionFormValues, version?: number) {
  const [start] = useState(() => {
    const stored = readDraft<StoredDraft>(key);
    const usable = stored && stored.values && stored.version === version;
    return usable
      ? { values: { ...initialValues, ...stored.values }, idempotencyKey: stored.idempotencyKey || newUuid(), restored: true }
      : { values: initialValues, idempotencyKey: newUuid(), restored: false };
  });
  const idempotencyKey = useRef(start.idempotencyKey);
  const [restored, setRestored] = useState(start.restored);
  const initialJson = JSON.stringify(initialValues);

  const save = useCallback(
    (values: SessionFormValues) => {
      if (JSON.stringify(values) === initialJson) clearDraft(key);
      else writeDraft(key, { values, idempotencyKey: idempotencyKey.current, version } satisfies StoredDraft);
    },
    [key, initialJson, version],
  );

  /** Forgets the draft (after saving, cancelling or discarding); the next draft gets a new key. */
  const discard = useCallback(() => {
    clearDraft(key);
    idempotencyKey.current = newUuid();
    setRestored(false);
  }, [key]);

  return { startValues: start.values, restored, idempotencyKey, save, discard };
}

/** Persists the values whenever they change. */
export function usePersistDraft(values: SessionFormValues, save: (values: SessionFormValues) => void, enabled: boolean) {
  useEffect(() => {
    if (enabled) save(values);
  }, [values, save, enabled]);
}
