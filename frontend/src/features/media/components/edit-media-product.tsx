import { Alert } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { canEditUnitRecord, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';

import { useMediaProduct } from '../api/get-media-product';
import { mediaProductToFormValues } from '../api/media-product-form-schema';
import { useUpdateMediaProduct } from '../api/save-media-product';
import type { MediaProduct } from '../api/types';

import { MediaProductForm } from './media-product-form';

export function EditMediaProduct({ productId, onSaved, onCancel }: {
  productId: number;
  onSaved: (product: MediaProduct) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const m = useMediaText();
  const me = useMe();
  const product = useMediaProduct(productId);
  const update = useUpdateMediaProduct();

  if (product.isPending) return <TableSkeleton rows={5} />;
  if (product.isError) {
    if (product.error instanceof ApiError && product.error.status === 404) {
      return <Alert color="yellow">{m.products.notFound}</Alert>;
    }
    return <ErrorAlert error={product.error} onRetry={() => void product.refetch()} />;
  }
  const current = product.data;
  if (!canEditUnitRecord(me, current)) return <Alert color="yellow">{t.common.forbidden}</Alert>;
  return (
    <MediaProductForm
      // A reload that brings a newer version starts the form afresh from it.
      key={current.version}
      title={m.products.editTitle}
      initialValues={mediaProductToFormValues(current)}
      onSubmit={async (values) => onSaved(await update.mutateAsync({ id: current.id, version: current.version, values }))}
      onCancel={onCancel}
      onReload={() => void product.refetch()}
    />
  );
}
