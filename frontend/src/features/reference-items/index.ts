// The reference-items feature's public surface: the catalogue page (Danh mục).
export { ReferenceItemsAdmin } from './components/reference-items-admin';
