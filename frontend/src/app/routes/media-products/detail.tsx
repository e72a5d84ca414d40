import { Alert, Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { FlashMessage } from '@/components/ui/flash-message';
import { RecordHistory } from '@/features/audit';
import { MediaProductDetails } from '@/features/media';
import { canSeeHistory, useMe } from '@/lib/auth';
import { useMediaText } from '@/lib/i18n/media';

/** A media product's page: the product and its assessment (media), and who changed what (audit). */
export default function MediaProductDetailRoute() {
  const m = useMediaText();
  const me = useMe();
  const id = Number(useParams().productId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{m.products.notFound}</Alert>;
  return (
    <Stack gap="xl">
      <div>
        <FlashMessage />
        <MediaProductDetails productId={id} />
      </div>
      {canSeeHistory(me) ? <RecordHistory entityType="MEDIA_PRODUCT" entityId={id} /> : null}
    </Stack>
  );
}
