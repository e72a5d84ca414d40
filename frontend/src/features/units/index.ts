// The units feature's public surface, used by the routes in src/app.
export { CreateUnit } from './components/create-unit';
export { EditUnit } from './components/edit-unit';
export { UnitDetails } from './components/unit-details';
export { UnitsList } from './components/units-list';
