// The communes feature's public surface: the communes taking part in the programme (province-admin), enabling
// one from the programme template, and the country's communes (national-admin).
export { CountryCommunes } from './components/country-communes';
export { EnableCommuneForm } from './components/enable-commune-form';
export { ProgrammeCommunes } from './components/programme-communes';
