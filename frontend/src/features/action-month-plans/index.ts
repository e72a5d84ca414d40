// The Action Month plans feature's public surface, used by the routes in src/app.
export { PlanStatusPage } from './components/plan-status-page';
