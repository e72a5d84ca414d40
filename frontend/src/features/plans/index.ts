// The plans feature's public surface, used by the routes in src/app.
export { PlanView } from './components/plan-view';
