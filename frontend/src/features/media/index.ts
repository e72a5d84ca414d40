// The media feature's public surface (target 4: media products and the gender checklist), used by
// the routes in src/app.
export { ChecklistsPage } from './components/checklists-page';
export { CreateMediaProduct } from './components/create-media-product';
export { EditMediaProduct } from './components/edit-media-product';
export { MediaProductDetails } from './components/media-product-details';
export { MediaProductsList } from './components/media-products-list';
