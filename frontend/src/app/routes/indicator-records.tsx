import { useParams } from 'react-router';

import { IndicatorRecords, parseTarget } from '@/features/indicators';

import NotFoundRoute from './not-found';

export default function IndicatorRecordsRoute() {
  // /targets without a number opens target 1.
  const target = parseTarget(useParams().target ?? '1');
  if (target === undefined) return <NotFoundRoute />;
  // Another target starts afresh (its own default of counted / not counted, first page).
  return <IndicatorRecords key={target} target={target} />;
}
