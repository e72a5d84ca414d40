import type { Complete, paths, Schemas } from '@/lib/api';

export type Session = Complete<Schemas['SessionView']>;
export type SessionRequest = Schemas['SessionRequest'];
export type SessionPage = Complete<Schemas['SessionPage']>;
export type SessionTotals = Complete<Schemas['SessionTotals']>;
export type RefLabel = Complete<Schemas['RefLabel']>;
export type Attachment = Complete<Schemas['AttachmentView']>;
export type UnitSessionSummary = Complete<Schemas['UnitSessionSummary']>;
export type Campaign = Complete<Schemas['CampaignView']>;
export type SessionSort = NonNullable<NonNullable<paths['/api/v1/sessions']['get']['parameters']['query']>['sort']>;
export type ExportFormat = NonNullable<
  NonNullable<paths['/api/v1/sessions/export']['get']['parameters']['query']>['format']
>;

export const taskGroupNumbers = [1, 2, 3, 4, 5, 6, 7] as const;
