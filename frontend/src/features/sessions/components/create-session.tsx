import { useState } from 'react';

import { isUnitReporter, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { todayIso } from '@/utils/dates';

import { useCreateSession } from '../api/save-session';
import { sessionDraftKey } from '../api/session-draft';
import { emptySessionForm } from '../api/session-form-schema';
import type { Session } from '../api/types';

import { SessionForm } from './session-form';

export function CreateSession({
  defaults,
  onCreated,
  onCancel,
}: {
  /** Pre-chosen unit or campaign (when recording from a unit's or a campaign's page). */
  defaults?: { unitId?: number; campaignId?: number };
  onCreated: (session: Session) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const create = useCreateSession();
  // Today's date, and the reporter's own unit: what most records need, ready on a phone.
  const [initialValues] = useState(() => ({
    ...emptySessionForm(todayIso(), isUnitReporter(me) ? me.unitId : defaults?.unitId),
    campaignId: defaults?.campaignId ? String(defaults.campaignId) : '',
  }));
  return (
    <SessionForm
      title={t.sessions.createTitle}
      initialValues={initialValues}
      draftKey={sessionDraftKey()}
      onSubmit={async (submit) => onCreated(await create.mutateAsync(submit))}
      onCancel={onCancel}
    />
  );
}
