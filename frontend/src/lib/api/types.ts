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
