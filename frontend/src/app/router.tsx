import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';

import { AppLayout } from './layout/app-layout';
import { ComingSoon } from './routes/coming-soon';
import { RouteError } from './routes/route-error';

// Each page is its own chunk: the first screen downloads only what it shows.
const Dashboard = lazy(() => import('./routes/dashboard'));
const UnitsList = lazy(() => import('./routes/units/list'));
const NewUnit = lazy(() => import('./routes/units/new'));
const UnitDetail = lazy(() => import('./routes/units/detail'));
const EditUnit = lazy(() => import('./routes/units/edit'));
const VillagesList = lazy(() => import('./routes/villages/list'));
const NewVillage = lazy(() => import('./routes/villages/new'));
const EditVillage = lazy(() => import('./routes/villages/edit'));
const Plan = lazy(() => import('./routes/plan'));
const Campaigns = lazy(() => import('./routes/campaigns/list'));
const CampaignProposals = lazy(() => import('./routes/campaigns/proposals'));
const NewCampaign = lazy(() => import('./routes/campaigns/new'));
const CampaignDetail = lazy(() => import('./routes/campaigns/detail'));
const EditCampaign = lazy(() => import('./routes/campaigns/edit'));
const Sessions = lazy(() => import('./routes/sessions/list'));
const NewSession = lazy(() => import('./routes/sessions/new'));
const SessionDetail = lazy(() => import('./routes/sessions/detail'));
const EditSession = lazy(() => import('./routes/sessions/edit'));
const ActionMonthPlans = lazy(() => import('./routes/action-month-plans'));
const NewActionMonthPlan = lazy(() => import('./routes/action-month-plans/new'));
const ActionMonthPlanDetail = lazy(() => import('./routes/action-month-plans/detail'));
const EditActionMonthPlan = lazy(() => import('./routes/action-month-plans/edit'));
const Surveys = lazy(() => import('./routes/surveys/list'));
const NewSurvey = lazy(() => import('./routes/surveys/new'));
const SurveyDetail = lazy(() => import('./routes/surveys/detail'));
const EditSurvey = lazy(() => import('./routes/surveys/edit'));
const MediaProducts = lazy(() => import('./routes/media-products/list'));
const NewMediaProduct = lazy(() => import('./routes/media-products/new'));
const MediaProductDetail = lazy(() => import('./routes/media-products/detail'));
const EditMediaProduct = lazy(() => import('./routes/media-products/edit'));
const MediaChecklists = lazy(() => import('./routes/media-products/checklists'));
const Conventions = lazy(() => import('./routes/conventions/list'));
const NewConvention = lazy(() => import('./routes/conventions/new'));
const ConventionDetail = lazy(() => import('./routes/conventions/detail'));
const EditConvention = lazy(() => import('./routes/conventions/edit'));
const NewConventionReview = lazy(() => import('./routes/conventions/new-review'));
const ConventionReview = lazy(() => import('./routes/conventions/review'));
const IndicatorRecords = lazy(() => import('./routes/indicator-records'));
const ReferenceItems = lazy(() => import('./routes/reference-items'));
const Account = lazy(() => import('./routes/account'));
const Comparison = lazy(() => import('./routes/comparison'));
const ProgrammeCommunes = lazy(() => import('./routes/province/communes'));
const EnableCommune = lazy(() => import('./routes/province/enable-commune'));
const CountryCommunes = lazy(() => import('./routes/country-communes'));
const People = lazy(() => import('./routes/people/list'));
const InvitePerson = lazy(() => import('./routes/people/invite'));
const NotFound = lazy(() => import('./routes/not-found'));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: paths.units, element: <UnitsList /> },
      { path: paths.unitNew, element: <NewUnit /> },
      { path: paths.unit(':unitId'), element: <UnitDetail /> },
      { path: paths.unitEdit(':unitId'), element: <EditUnit /> },
      { path: paths.villages, element: <VillagesList /> },
      { path: paths.villageNew, element: <NewVillage /> },
      { path: paths.villageEdit(':villageId'), element: <EditVillage /> },
      { path: paths.plan, element: <Plan /> },
      { path: paths.campaigns, element: <Campaigns /> },
      { path: paths.campaignProposals, element: <CampaignProposals /> },
      { path: paths.campaignNew, element: <NewCampaign /> },
      { path: paths.campaign(':campaignId'), element: <CampaignDetail /> },
      { path: paths.campaignEdit(':campaignId'), element: <EditCampaign /> },
      { path: paths.sessions, element: <Sessions /> },
      { path: paths.sessionNew, element: <NewSession /> },
      { path: paths.session(':sessionId'), element: <SessionDetail /> },
      { path: paths.sessionEdit(':sessionId'), element: <EditSession /> },
      { path: paths.referenceItems, element: <ReferenceItems /> },
      { path: paths.actionMonthPlans, element: <ActionMonthPlans /> },
      { path: paths.actionMonthPlanNew, element: <NewActionMonthPlan /> },
      { path: paths.actionMonthPlan(':planId'), element: <ActionMonthPlanDetail /> },
      { path: paths.actionMonthPlanEdit(':planId'), element: <EditActionMonthPlan /> },
      { path: paths.surveys, element: <Surveys /> },
      { path: paths.surveyNew, element: <NewSurvey /> },
      { path: paths.survey(':roundId'), element: <SurveyDetail /> },
      { path: paths.surveyEdit(':roundId'), element: <EditSurvey /> },
      { path: paths.mediaProducts, element: <MediaProducts /> },
      { path: paths.mediaProductNew, element: <NewMediaProduct /> },
      { path: paths.mediaProduct(':productId'), element: <MediaProductDetail /> },
      { path: paths.mediaProductEdit(':productId'), element: <EditMediaProduct /> },
      { path: paths.mediaChecklists, element: <MediaChecklists /> },
      { path: paths.conventions, element: <Conventions /> },
      { path: paths.conventionNew, element: <NewConvention /> },
      { path: paths.convention(':conventionId'), element: <ConventionDetail /> },
      { path: paths.conventionEdit(':conventionId'), element: <EditConvention /> },
      { path: paths.conventionReviewNew(':conventionId'), element: <NewConventionReview /> },
      { path: paths.conventionReview(':conventionId', ':reviewId'), element: <ConventionReview /> },
      { path: paths.targets, element: <IndicatorRecords /> },
      { path: paths.target(':target'), element: <IndicatorRecords /> },
      { path: paths.reports, element: <ComingSoon feature="reports" /> },
      { path: paths.account, element: <Account /> },
      { path: paths.comparison, element: <Comparison /> },
      { path: paths.provinceCommunes, element: <ProgrammeCommunes /> },
      { path: paths.provinceCommuneEnable(':communeCode'), element: <EnableCommune /> },
      { path: paths.countryCommunes, element: <CountryCommunes /> },
      { path: paths.people, element: <People /> },
      { path: paths.personInvite(), element: <InvitePerson /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
