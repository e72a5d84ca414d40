export { FormActions } from './form-actions';
export { FormMessages } from './form-messages';
export { StaleAlert } from './stale-alert';
export { UnitField } from './unit-field';
export { DateField } from './date-field';
