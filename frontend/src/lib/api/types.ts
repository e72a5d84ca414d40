import type { components } from './schema';

/** One page of a list (PageView<T> on the server). */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export type Schemas = components['schemas'];

/**
 * What the wire carries for records the OpenAPI document leaves all-optional although the server
 * always sends every field (the document marks only *View and PageView* schemas required: not
 * SessionPage, SessionTotals, RefLabel, UnitRef, CampaignProposal, UnitSessionSummary, FieldChange,
 * YearlyTarget). Nested records are completed too; a field that may be null stays nullable.
 */
export type Complete<T> = T extends (infer U)[]
  ? Complete<U>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<Exclude<T[K], undefined>> }
    : T;
