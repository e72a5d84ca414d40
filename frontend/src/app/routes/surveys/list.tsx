import { FlashMessage } from '@/components/ui/flash-message';
import { SurveyRoundsList } from '@/features/surveys';

export default function SurveysRoute() {
  return (
    <>
      <FlashMessage />
      <SurveyRoundsList />
    </>
  );
}
