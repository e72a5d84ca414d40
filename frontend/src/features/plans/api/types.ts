import type { Complete, Schemas } from '@/lib/api';

export type Plan = Complete<Schemas['PlanView']>;
export type PlanTarget = Plan['targets'][number];
export type PlanTaskGroup = Plan['taskGroups'][number];
