import type { paths, Schemas } from '@/lib/api';

export type Campaign = Schemas['CampaignView'];
export type CampaignRequest = Schemas['CampaignRequest'];
export type CampaignProposal = Schemas['CampaignProposal'];
export type CampaignOccasion = Campaign['occasion'];
export type CampaignStatus = Campaign['status'];
export type CampaignSort = NonNullable<NonNullable<paths['/api/v1/campaigns']['get']['parameters']['query']>['sort']>;

// The plan's recurring peaks in calendar order, "other" last.
export const occasions = [
  'WOMENS_DAY',
  'HAPPINESS_DAY',
  'FAMILY_DAY',
  'ACTION_MONTH',
  'OTHER',
] as const satisfies readonly CampaignOccasion[];

export const occasionColors: Record<CampaignOccasion, string> = {
  WOMENS_DAY: 'pink',
  HAPPINESS_DAY: 'yellow',
  FAMILY_DAY: 'orange',
  ACTION_MONTH: 'grape',
  OTHER: 'indigo',
};

export const statusColors: Record<CampaignStatus, string> = {
  PLANNED: 'blue',
  RUNNING: 'teal',
  FINISHED: 'gray',
};

export const taskGroupNumbers = [1, 2, 3, 4, 5, 6, 7] as const;
