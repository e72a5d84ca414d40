import { Alert } from '@mantine/core';
import { useParams } from 'react-router';

import { FlashMessage } from '@/components/ui/flash-message';
import { ConventionDetails } from '@/features/conventions';
import { useConventionsText } from '@/lib/i18n/conventions';

/** A convention's page: its details, the standing its latest review gives it, and its reviews. */
export default function ConventionDetailRoute() {
  const w = useConventionsText();
  const id = Number(useParams().conventionId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{w.notFound}</Alert>;
  return (
    <>
      <FlashMessage />
      <ConventionDetails conventionId={id} />
    </>
  );
}
