import type { paths, Schemas } from '@/lib/api';

export type Session = Schemas['SessionView'];
export type SessionRequest = Schemas['SessionRequest'];
export type SessionPage = Schemas['SessionPage'];
export type SessionTotals = Schemas['SessionTotals'];
export type RefLabel = Schemas['RefLabel'];
export type Attachment = Schemas['AttachmentView'];
export type UnitSessionSummary = Schemas['UnitSessionSummary'];
export type Campaign = Schemas['CampaignView'];
export type SessionSort = NonNullable<NonNullable<paths['/api/v1/sessions']['get']['parameters']['query']>['sort']>;
export type ExportFormat = NonNullable<
  NonNullable<paths['/api/v1/sessions/export']['get']['parameters']['query']>['format']
>;

export const taskGroupNumbers = [1, 2, 3, 4, 5, 6, 7] as const;
