import { useState } from 'react';

import { isUnitReporter, useMe } from '@/lib/auth';
import { useMediaText } from '@/lib/i18n/media';
import { todayIso } from '@/utils/dates';

import { emptyMediaProductForm } from '../api/media-product-form-schema';
import { useCreateMediaProduct } from '../api/save-media-product';
import type { MediaProduct } from '../api/types';

import { MediaProductForm } from './media-product-form';

export function CreateMediaProduct({
  defaultUnitId,
  onCreated,
  onCancel,
}: {
  /** A pre-chosen unit (when recording from a unit's page); a reporter always records for their own. */
  defaultUnitId?: number;
  onCreated: (product: MediaProduct) => void;
  onCancel: () => void;
}) {
  const m = useMediaText();
  const me = useMe();
  const create = useCreateMediaProduct();
  // Today's date and the reporter's own unit: what most records need, ready on a phone.
  const [initialValues] = useState(() =>
    emptyMediaProductForm(todayIso(), isUnitReporter(me) ? me.unitId : defaultUnitId),
  );
  return (
    <MediaProductForm
      title={m.products.createTitle}
      initialValues={initialValues}
      onSubmit={async (values) => onCreated(await create.mutateAsync(values))}
      onCancel={onCancel}
    />
  );
}
