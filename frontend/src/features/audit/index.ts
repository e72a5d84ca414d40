// The audit feature's public surface: a record's history, composed into detail pages in src/app.
export { RecordHistory } from './components/record-history';
