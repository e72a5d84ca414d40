// The villages feature's public surface, used by the routes in src/app.
export { CreateVillage } from './components/create-village';
export { EditVillage } from './components/edit-village';
export { VillagesList } from './components/villages-list';
