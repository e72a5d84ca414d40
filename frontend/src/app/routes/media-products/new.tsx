import { Alert } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateMediaProduct } from '@/features/media';
import { canRecordForUnit, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export default function NewMediaProductRoute() {
  const { t } = useI18n();
  const m = useMediaText();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={m.products.createTitle} />
      {canRecordForUnit(me) ? (
        <CreateMediaProduct
          defaultUnitId={positive(params.get('unitId'))}
          onCreated={(product) => navigate(paths.mediaProduct(product.id), { state: { flash: m.products.created } })}
          onCancel={() => navigate(paths.mediaProducts)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
