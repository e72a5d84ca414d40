import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { sessionQueryOptions } from './get-session';
import { toSessionRequest, type SessionFormValues } from './session-form-schema';
import type { Session } from './types';

export interface CreateSessionInput {
  values: SessionFormValues;
  needsReach: boolean;
  /**
   * One key per form draft, sent again on every retry of it: if an earlier attempt reached the
   * server but its answer was lost, the server answers with that session instead of a second one.
   */
  idempotencyKey: string;
}

export async function createSession(input: CreateSessionInput): Promise<Session> {
  return unwrap(
    await api.POST('/api/v1/sessions', {
      params: { header: { 'Idempotency-Key': input.idempotencyKey } },
      body: toSessionRequest(input.values, input.needsReach),
    }),
  ) as Session;
}

/** Saves changes made to the version read; the server answers 409 stale-version if it moved on. */
export async function updateSession(input: {
  id: number;
  version: number;
  values: SessionFormValues;
  needsReach: boolean;
}): Promise<Session> {
  return unwrap(
    await api.PUT('/api/v1/sessions/{id}', {
      params: { path: { id: input.id } },
      body: toSessionRequest(input.values, input.needsReach, input.version),
    }),
  ) as Session;
}

function useOnSessionSaved() {
  const queryClient = useQueryClient();
  return (session: Session) => {
    queryClient.setQueryData(sessionQueryOptions(session.id).queryKey, session);
    return invalidateAfterRecordChange(queryClient, ['sessions', 'list']);
  };
}

export function useCreateSession() {
  const onSaved = useOnSessionSaved();
  return useMutation({ mutationFn: createSession, onSuccess: onSaved });
}

export function useUpdateSession() {
  const onSaved = useOnSessionSaved();
  return useMutation({ mutationFn: updateSession, onSuccess: onSaved });
}
