export { ApiError, fieldOf, type FieldError, type ProblemKind } from './api-error';
export { api, unwrap } from './client';
export type { components, paths } from './schema';
export type { Page, Schemas } from './types';
export { invalidateAfterRecordChange } from './invalidate';
