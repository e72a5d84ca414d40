import type { Schemas } from '@/lib/api';

export type ActionMonthPlan = Schemas['ActionMonthPlanView'];
export type ActionMonthPlanRequest = Schemas['ActionMonthPlanRequest'];
