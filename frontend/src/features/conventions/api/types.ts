import type { Page, Schemas } from '@/lib/api';

export type Convention = Schemas['ConventionView'];
export type ConventionRequest = Schemas['ConventionRequest'];
export type ConventionPage = Page<Convention>;
export type ConventionReview = Schemas['ConventionReviewView'];
export type ConventionReviewRequest = Schemas['ConventionReviewRequest'];
export type ConventionReviewPage = Page<ConventionReview>;
export type FlaggedClause = Schemas['FlaggedClause'];
export type ConventionStatus = Schemas['ConventionStatus'];
export type ConventionStanding = Schemas['ConventionStanding'];
export type ClauseCategory = Schemas['ClauseCategory'];

// In the order a convention lives: in force, being amended, annulled.
export const conventionStatuses = ['IN_FORCE', 'BEING_AMENDED', 'ANNULLED'] as const satisfies readonly ConventionStatus[];

export const conventionStandings = [
  'NO_DISCRIMINATION',
  'DISCRIMINATION_FOUND',
  'NOT_REVIEWED',
] as const satisfies readonly ConventionStanding[];

// The kinds of discriminatory provision reviewers look for, "other" last.
export const clauseCategories = [
  'INHERITANCE_SONS_ONLY',
  'WOMEN_EXCLUDED_FROM_MEETINGS',
  'UNEQUAL_SANCTIONS',
  'BRIDE_PRICE_OR_CHILD_MARRIAGE',
  'SON_PREFERENCE',
  'OTHER',
] as const satisfies readonly ClauseCategory[];

export const statusColors: Record<ConventionStatus, string> = {
  IN_FORCE: 'teal',
  BEING_AMENDED: 'yellow',
  ANNULLED: 'gray',
};

export const standingColors: Record<ConventionStanding, string> = {
  NO_DISCRIMINATION: 'teal',
  DISCRIMINATION_FOUND: 'red',
  NOT_REVIEWED: 'gray',
};
