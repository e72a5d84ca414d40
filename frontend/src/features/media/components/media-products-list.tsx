import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { canRecordForUnit, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';
import { communeOptions, useCommunes, useProgrammePeriod, useUnitOptions, type ProgrammePeriod } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { formatDate, todayIso } from '@/utils/dates';

import { useMediaProducts, type MediaProductsFilter } from '../api/get-media-products';
import { isMediaKind, mediaKinds, type MediaProduct } from '../api/types';

import { AssessmentBadge } from './assessment-badge';

export const MEDIA_PRODUCTS_PAGE_SIZE = 20;

const positiveId = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The list's filters live in the address bar: back/forward and shared links keep them. */
function useMediaProductsCriteria(period: ProgrammePeriod) {
  const { params, update, clear } = useUrlState();
  const yearParam = params.get('year');
  const askedYear = Number(yearParam);
  // Without a year in the address, the list shows this year's products (the year target 4 counts).
  const year =
    yearParam === 'all'
      ? undefined
      : Number.isInteger(askedYear) && askedYear >= 2000 && askedYear <= 2100
        ? askedYear
        : period.currentYear(todayIso());
  const assessedParam = params.get('assessed');
  const passedParam = params.get('passed');
  const kindParam = params.get('kind');
  const criteria: Omit<MediaProductsFilter, 'page' | 'size'> = {
    year,
    communeCode: params.get('commune') ?? undefined,
    unitId: positiveId(params.get('unit')),
    kind: isMediaKind(kindParam) ? kindParam : undefined,
    assessed: assessedParam === 'true' ? true : assessedParam === 'false' ? false : undefined,
    passed: passedParam === 'true' ? true : passedParam === 'false' ? false : undefined,
  };
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const filtered = [...params.keys()].some((key) => key !== 'page');
  return { criteria, page, yearChoice: year === undefined ? 'all' : String(year), update, clear, filtered };
}

/** "Đạt · 4/5 tiêu chí đạt, ngưỡng 4 · PB 1", or "Chưa đánh giá". */
function ResultCell({ product }: { product: MediaProduct }) {
  const m = useMediaText();
  if (product.checklistVersion === null || product.criteriaMet === null) return <AssessmentBadge passed={null} />;
  return (
    <Stack gap={2} align="flex-start">
      <AssessmentBadge passed={product.passed} />
      <Text size="xs" c="dimmed">
        {m.result.score(product.criteriaMet, product.criteriaCount, product.threshold)} ·{' '}
        {m.result.versionShort(product.checklistVersion)}
      </Text>
    </Stack>
  );
}

/** Media products by unit and date, with their assessment against the gender checklist. */
export function MediaProductsList() {
  const m = useMediaText();
  const { params } = useUrlState();
  // The default year and the year choices are the plan's: nothing is asked before the plans are known.
  const period = useProgrammePeriod(params.get('commune') ?? undefined);
  if (!period) {
    return (
      <Stack gap="md">
        <PageHeader title={m.products.title} subtitle={m.products.subtitle} />
        <TableSkeleton />
      </Stack>
    );
  }
  return <MediaProductsOfPeriod period={period} />;
}

function MediaProductsOfPeriod({ period }: { period: ProgrammePeriod }) {
  const { t } = useI18n();
  const m = useMediaText();
  const me = useMe();
  const { criteria, page, yearChoice, update, clear, filtered } = useMediaProductsCriteria(period);
  const seesManyCommunes = !me.communeCode;
  const communeCode = criteria.communeCode ?? me.communeCode ?? undefined;
  const communes = useCommunes();
  const units = useUnitOptions(communeCode);
  const products = useMediaProducts({ ...criteria, page, size: MEDIA_PRODUCTS_PAGE_SIZE });
  const result = products.data;

  const years = criteria.year !== undefined && !period.years.includes(criteria.year) ? [criteria.year, ...period.years] : period.years;

  return (
    <Stack gap="md">
      <PageHeader
        title={m.products.title}
        subtitle={m.products.subtitle}
        actions={
          <>
            <Button component={Link} to={paths.mediaChecklists} variant="default">
              {m.products.checklistLink}
            </Button>
            {canRecordForUnit(me) ? (
              <Button component={Link} to={paths.mediaProductNew}>
                {m.products.record}
              </Button>
            ) : null}
          </>
        }
      />

      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" role="group" aria-label={m.products.filters}>
        <Select
          label={m.products.year}
          data={[{ value: 'all', label: m.products.allYears }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
          value={yearChoice}
          onChange={(value) => update({ year: value })}
          allowDeselect={false}
        />
        {seesManyCommunes ? (
          <Select
            label={m.products.commune}
            placeholder={t.common.all}
            data={communeOptions(communes.data)}
            value={criteria.communeCode ?? null}
            onChange={(value) => update({ commune: value, unit: null })}
            clearable
            searchable
          />
        ) : null}
        <Select
          label={m.products.unit}
          placeholder={t.common.all}
          data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
          value={criteria.unitId === undefined ? null : String(criteria.unitId)}
          onChange={(value) => update({ unit: value })}
          clearable
          searchable
        />
        <Select
          label={m.products.kind}
          placeholder={t.common.all}
          data={mediaKinds.map((kind) => ({ value: kind, label: m.kinds[kind] }))}
          value={criteria.kind ?? null}
          onChange={(value) => update({ kind: value })}
          clearable
        />
        <Select
          label={m.products.assessment}
          placeholder={t.common.all}
          data={[
            { value: 'assessed:true', label: m.products.assessedYes },
            { value: 'assessed:false', label: m.products.assessedNo },
            { value: 'passed:true', label: m.result.passed },
            { value: 'passed:false', label: m.result.failed },
          ]}
          value={
            criteria.passed !== undefined
              ? `passed:${String(criteria.passed)}`
              : criteria.assessed !== undefined
                ? `assessed:${String(criteria.assessed)}`
                : null
          }
          onChange={(value) => {
            const [key, answer] = value?.split(':') ?? [];
            update({ assessed: key === 'assessed' ? (answer ?? null) : null, passed: key === 'passed' ? (answer ?? null) : null });
          }}
          clearable
        />
      </SimpleGrid>
      {filtered ? (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={clear}>
            {m.products.clearFilters}
          </Button>
        </Group>
      ) : null}

      {products.isPending ? (
        <TableSkeleton />
      ) : products.isError ? (
        <ErrorAlert error={products.error} onRetry={() => void products.refetch()} />
      ) : !result ? null : result.items.length === 0 ? (
        <EmptyResult title={m.products.empty} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-busy={products.isFetching} aria-label={m.products.table}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.products.publishedOn}</Table.Th>
                  <Table.Th>{m.products.unit}</Table.Th>
                  <Table.Th>{m.products.kind}</Table.Th>
                  <Table.Th>{m.products.productTitle}</Table.Th>
                  <Table.Th>{m.products.result}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.items.map((product) => (
                  <Table.Tr key={product.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(product.publishedOn)}</Table.Td>
                    <Table.Td>
                      {product.unitName}
                      {seesManyCommunes ? (
                        <Text size="xs" c="dimmed">
                          {communes.data?.find((c) => c.code === product.communeCode)?.name ?? product.communeCode}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{m.kinds[product.kind]}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={paths.mediaProduct(product.id)} fw={500}>
                        {product.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ResultCell product={product} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={result} label={m.products.table} onPage={(index) => update({ page: pageParam(index) })} />
        </>
      )}
    </Stack>
  );
}
