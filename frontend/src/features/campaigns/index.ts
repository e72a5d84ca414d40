// The campaigns feature's public surface, used by the routes in src/app.
export { CampaignDetails } from './components/campaign-details';
export { CampaignProposals } from './components/campaign-proposals';
export { CampaignsPage } from './components/campaigns-page';
export { CreateCampaign } from './components/create-campaign';
export { EditCampaign } from './components/edit-campaign';
