import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';
import { formatDate, isIsoDate } from '@/utils/dates';

import type { Session, SessionRequest } from './types';

// The session form's values and rules, shared by the form (errors before sending) and the
// create/update mutations (which send only what toSessionRequest builds). The rules mirror the
// server's; the server stays the authority and its field errors are shown beside the fields too.
// Numbers are kept as the text typed, so a failed submission never loses or rewrites input.
export interface SessionFormValues {
  unitId: string;
  heldOn: string;
  durationMinutes: string;
  campaignId: string;
  taskGroups: number[];
  topicIds: string[];
  formatId: string;
  villageId: string;
  venue: string;
  languageIds: string[];
  audienceGroupIds: string[];
  participantsMale: string;
  participantsFemale: string;
  ethnicMinorityParticipants: string;
  reach: string;
  costVnd: string;
  fundingSourceId: string;
  notes: string;
}

export type SessionFormField = keyof SessionFormValues;
export const sessionFormFields = [
  'unitId',
  'heldOn',
  'durationMinutes',
  'campaignId',
  'taskGroups',
  'topicIds',
  'formatId',
  'villageId',
  'venue',
  'languageIds',
  'audienceGroupIds',
  'participantsMale',
  'participantsFemale',
  'ethnicMinorityParticipants',
  'reach',
  'costVnd',
  'fundingSourceId',
  'notes',
] as const satisfies readonly SessionFormField[];

export const COUNT_MAX = 100_000;
export const REACH_MAX = 10_000_000;
export const COST_MAX = 100_000_000_000;
export const DURATION_MAX = 1440;
export const VENUE_MAX = 200;
export const NOTES_MAX = 4000;

/** What the rules need to know beyond the values. */
export interface SessionRuleContext {
  /** Today in Vietnam ('yyyy-MM-dd'): a session cannot be recorded ahead of time. */
  today: string;
  /** Whether the chosen format is a broadcast or post (reach instead of people present). */
  needsReach: boolean;
  /** The chosen campaign's dates, when known: the session must fall within them. */
  campaign?: { startDate: string; endDate: string };
}

export function emptySessionForm(today: string, unitId?: number | null): SessionFormValues {
  return {
    unitId: unitId ? String(unitId) : '',
    heldOn: today,
    durationMinutes: '',
    campaignId: '',
    taskGroups: [],
    topicIds: [],
    formatId: '',
    villageId: '',
    venue: '',
    languageIds: [],
    audienceGroupIds: [],
    participantsMale: '',
    participantsFemale: '',
    ethnicMinorityParticipants: '',
    reach: '',
    costVnd: '',
    fundingSourceId: '',
    notes: '',
  };
}

const idText = (id: number | null) => (id === null ? '' : String(id));

export function sessionToFormValues(session: Session): SessionFormValues {
  return {
    unitId: String(session.unitId),
    heldOn: session.heldOn,
    durationMinutes: session.durationMinutes === null ? '' : String(session.durationMinutes),
    campaignId: idText(session.campaignId),
    taskGroups: [...session.taskGroups].sort((a, b) => a - b),
    topicIds: session.topics.map((t) => String(t.id)),
    formatId: String(session.format.id),
    villageId: idText(session.villageId),
    venue: session.venue ?? '',
    languageIds: session.languages.map((l) => String(l.id)),
    audienceGroupIds: session.audienceGroups.map((a) => String(a.id)),
    participantsMale: String(session.participantsMale),
    participantsFemale: String(session.participantsFemale),
    ethnicMinorityParticipants: String(session.ethnicMinorityParticipants),
    reach: session.reach === null ? '' : String(session.reach),
    costVnd: String(session.costVnd),
    fundingSourceId: idText(session.fundingSource?.id ?? null),
    notes: session.notes ?? '',
  };
}

const WHOLE = /^\d+$/;

/** A count as typed: blank is 0, digits are the number, anything else is not a count (NaN). */
export function countOf(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return WHOLE.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function participantsTotal(values: Pick<SessionFormValues, 'participantsMale' | 'participantsFemale'>): number {
  return countOf(values.participantsMale) + countOf(values.participantsFemale);
}

export function validateSessionForm(
  values: SessionFormValues,
  context: SessionRuleContext,
  t: Dictionary,
): FieldErrors<SessionFormField> {
  const errors: FieldErrors<SessionFormField> = {};
  const v = t.validation;

  if (!values.unitId) errors.unitId = v.required;

  if (!values.heldOn) errors.heldOn = v.required;
  else if (!isIsoDate(values.heldOn)) errors.heldOn = v.date;
  else if (values.heldOn > context.today) errors.heldOn = v.dateInFuture;
  else if (
    values.campaignId &&
    context.campaign &&
    (values.heldOn < context.campaign.startDate || values.heldOn > context.campaign.endDate)
  ) {
    errors.heldOn = v.outsideCampaign(formatDate(context.campaign.startDate), formatDate(context.campaign.endDate));
  }

  if (values.durationMinutes.trim()) {
    const minutes = countOf(values.durationMinutes);
    if (Number.isNaN(minutes) || minutes < 1 || minutes > DURATION_MAX) errors.durationMinutes = v.positiveNumber;
  }

  if (values.topicIds.length === 0) errors.topicIds = v.atLeastOne;
  if (!values.formatId) errors.formatId = v.required;
  if (values.venue.trim().length > VENUE_MAX) errors.venue = v.maxLength(VENUE_MAX);
  if (values.notes.trim().length > NOTES_MAX) errors.notes = v.maxLength(NOTES_MAX);

  const counts = ['participantsMale', 'participantsFemale', 'ethnicMinorityParticipants'] as const;
  for (const field of counts) {
    const count = countOf(values[field]);
    if (Number.isNaN(count) || count > COUNT_MAX) errors[field] = v.wholeNumber;
  }
  const total = participantsTotal(values);
  const ethnic = countOf(values.ethnicMinorityParticipants);
  if (!errors.ethnicMinorityParticipants && !Number.isNaN(total) && ethnic > total) {
    errors.ethnicMinorityParticipants = v.ethnicOverTotal(total);
  }

  const reach = countOf(values.reach);
  if (values.reach.trim() && (Number.isNaN(reach) || reach > REACH_MAX)) errors.reach = v.wholeNumber;
  else if (context.needsReach && total === 0 && reach <= 0) errors.reach = v.reachNeeded;
  if (!context.needsReach && total === 0 && !errors.participantsMale && !errors.participantsFemale) {
    errors.participantsFemale = v.participantsNeeded;
  }

  const cost = countOf(values.costVnd);
  if (Number.isNaN(cost) || cost > COST_MAX) errors.costVnd = v.wholeNumber;

  return errors;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);
const idOrNull = (value: string) => (value ? Number(value) : null);
const ids = (values: string[]) => values.map(Number).sort((a, b) => a - b);

/** The request body for valid values; `version` only when changing a recorded session. */
export function toSessionRequest(values: SessionFormValues, needsReach: boolean, version?: number): SessionRequest {
  return {
    unitId: Number(values.unitId),
    heldOn: values.heldOn,
    durationMinutes: values.durationMinutes.trim() ? countOf(values.durationMinutes) : null,
    campaignId: idOrNull(values.campaignId),
    taskGroups: [...values.taskGroups].sort((a, b) => a - b),
    topicIds: ids(values.topicIds),
    formatId: Number(values.formatId),
    villageId: idOrNull(values.villageId),
    venue: orNull(values.venue),
    languageIds: ids(values.languageIds),
    audienceGroupIds: ids(values.audienceGroupIds),
    participantsMale: countOf(values.participantsMale),
    participantsFemale: countOf(values.participantsFemale),
    ethnicMinorityParticipants: countOf(values.ethnicMinorityParticipants),
    // Reach belongs to broadcasts and posts only; a value left from another format is not sent.
    reach: needsReach && values.reach.trim() ? countOf(values.reach) : null,
    costVnd: countOf(values.costVnd),
    fundingSourceId: idOrNull(values.fundingSourceId),
    notes: orNull(values.notes),
    ...(version === undefined ? {} : { version }),
  };
}
