import { Alert } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateSession } from '@/features/sessions';
import { canRecordForUnit, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export default function NewSessionRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t.sessions.createTitle} />
      {canRecordForUnit(me) ? (
        <CreateSession
          defaults={{ unitId: positive(params.get('unitId')), campaignId: positive(params.get('campaignId')) }}
          onCreated={(session) => navigate(paths.session(session.id), { state: { flash: t.sessions.created } })}
          onCancel={() => navigate(-1)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
