import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EditSession } from '@/features/sessions';
import { useI18n } from '@/lib/i18n';

export default function EditSessionRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().sessionId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{t.sessions.notFound}</Alert>;
  return (
    <>
      <PageHeader title={t.sessions.editTitle} />
      <EditSession
        sessionId={id}
        onSaved={(session) => navigate(paths.session(session.id), { state: { flash: t.sessions.updated } })}
        onCancel={() => navigate(paths.session(id))}
      />
    </>
  );
}
