// The awareness surveys feature's public surface (target 3), used by the routes in src/app.
export { CreateSurveyRound } from './components/create-survey-round';
export { EditSurveyRound } from './components/edit-survey-round';
export { SurveyRoundDetails } from './components/survey-round-details';
export { SurveyRoundsList } from './components/survey-rounds-list';
