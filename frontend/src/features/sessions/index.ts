// The sessions feature's public surface, used by the routes in src/app (a unit's and a campaign's
// pages compose the per-unit and per-campaign blocks next to those features' own details).
export { CreateSession } from './components/create-session';
export { EditSession } from './components/edit-session';
export { CampaignSessions, UnitSessions } from './components/related-sessions';
export { SessionDetails } from './components/session-details';
export { SessionsList } from './components/sessions-list';
