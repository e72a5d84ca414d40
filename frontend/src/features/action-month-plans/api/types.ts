import type { Complete, Schemas } from '@/lib/api';

export type ActionMonthPlan = Complete<Schemas['ActionMonthPlanView']>;
export type ActionMonthPlanRequest = Schemas['ActionMonthPlanRequest'];
