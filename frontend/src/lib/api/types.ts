import type { components } from './schema';

/**
 * A view as the server sends it. The backend's view records always serialise every property
 * (null where empty), but the generated OpenAPI marks none of them required, so the generated
 * types make every property optional. `Complete` states what the wire carries.
 */
export type Complete<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

/** One page of a list (PageView<T> on the server). */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export type Schemas = components['schemas'];
