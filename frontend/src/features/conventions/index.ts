// The village conventions feature's public surface (hương ước, quy ước — target 5), used by the routes in src/app.
export { ConventionDetails } from './components/convention-details';
export { ConventionsList } from './components/conventions-list';
export { CreateConvention } from './components/create-convention';
export { CreateConventionReview } from './components/create-review';
export { EditConvention } from './components/edit-convention';
export { ConventionReviewDetails } from './components/review-details';
