import type { Schemas } from '@/lib/api';

export type MediaProduct = Schemas['MediaProductView'];
export type MediaProductRequest = Schemas['MediaProductRequest'];
export type MediaProductPage = Schemas['PageViewMediaProductView'];
export type MediaKind = Schemas['MediaKind'];
export type MediaChecklist = Schemas['MediaChecklistView'];
export type MediaChecklistPage = Schemas['PageViewMediaChecklistView'];
export type MediaChecklistRequest = Schemas['MediaChecklistRequest'];
export type ChecklistCriterion = Schemas['ChecklistCriterion'];
export type MediaAssessmentRequest = Schemas['MediaAssessmentRequest'];

/** The kinds in the order the forms and filters offer them. */
export const mediaKinds = ['NEWS', 'BROADCAST', 'SOCIAL_POST', 'VIDEO', 'LEAFLET'] as const satisfies readonly MediaKind[];

export function isMediaKind(value: string | null): value is MediaKind {
  return (mediaKinds as readonly string[]).includes(value ?? '');
}
