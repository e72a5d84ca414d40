import type { Schemas } from '@/lib/api';

export type Plan = Schemas['PlanView'];
export type PlanTarget = Plan['targets'][number];
export type PlanTaskGroup = Plan['taskGroups'][number];
