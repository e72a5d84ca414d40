// The Action Month plans feature's public surface, used by the routes in src/app.
export { ActionMonthPlanDetails } from './components/action-month-plan-details';
export { CreateActionMonthPlan } from './components/create-action-month-plan';
export { EditActionMonthPlan } from './components/edit-action-month-plan';
export { PlanStatusPage } from './components/plan-status-page';
