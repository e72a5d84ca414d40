// The indicators feature's public surface, used by the routes in src/app.
export { parseTarget, type TargetNumber } from './api/types';
export { DashboardPage } from './components/dashboard-page';
export { IndicatorRecords } from './components/indicator-records';
export { ComparisonPage } from './components/comparison-page';
