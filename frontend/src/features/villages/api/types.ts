import type { Page, paths, Schemas } from '@/lib/api';

export type Village = Schemas['VillageView'];
export type VillageRequest = Schemas['VillageRequest'];
export type VillagePage = Page<Village>;
export type VillageSort = NonNullable<NonNullable<paths['/api/v1/villages']['get']['parameters']['query']>['sort']>;
