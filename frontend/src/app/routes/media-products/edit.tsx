import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EditMediaProduct } from '@/features/media';
import { useMediaText } from '@/lib/i18n/media';

/** Changing a product: only its unit's reporter or the commune's runners (checked against the product once read). */
export default function EditMediaProductRoute() {
  const m = useMediaText();
  const navigate = useNavigate();
  const id = Number(useParams().productId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{m.products.notFound}</Alert>;
  return (
    <>
      <PageHeader title={m.products.editTitle} />
      <EditMediaProduct
        productId={id}
        onSaved={(product) => navigate(paths.mediaProduct(product.id), { state: { flash: m.products.updated } })}
        onCancel={() => navigate(paths.mediaProduct(id))}
      />
    </>
  );
}
