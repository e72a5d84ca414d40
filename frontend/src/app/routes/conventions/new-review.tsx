import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateConventionReview } from '@/features/conventions';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useConventionsText } from '@/lib/i18n/conventions';

export default function NewConventionReviewRoute() {
  const { t } = useI18n();
  const w = useConventionsText();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().conventionId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{w.notFound}</Alert>;
  return (
    <>
      <PageHeader title={w.reviews.createTitle} />
      {canManageCommuneRecords(me) ? (
        <CreateConventionReview
          conventionId={id}
          onCreated={() => navigate(paths.convention(id), { state: { flash: w.reviews.created } })}
          onCancel={() => navigate(paths.convention(id))}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
