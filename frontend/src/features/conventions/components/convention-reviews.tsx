import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { useConventionsText } from '@/lib/i18n/conventions';
import { useUrlState } from '@/lib/url-state';
import { formatDate } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import { useConventionReviews } from '../api/get-reviews';

import { StandingBadge } from './convention-badges';

export const REVIEWS_PAGE_SIZE = 10;

/** A convention's reviews, newest first, each linking to its page; the page number lives in the address bar. */
export function ConventionReviews({ conventionId }: { conventionId: number }) {
  const w = useConventionsText();
  const { params, update } = useUrlState();
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const reviews = useConventionReviews(conventionId, page, REVIEWS_PAGE_SIZE);
  const result = reviews.data;

  return (
    <Stack gap="xs" component="section" aria-labelledby="convention-reviews-title">
      <Title order={3} fz="lg" id="convention-reviews-title">
        {w.reviews.title}
      </Title>
      {reviews.isError ? (
        <ErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : !result ? (
        <TableSkeleton rows={3} />
      ) : result.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.reviews.empty}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={680}>
            <Table striped verticalSpacing="xs" aria-label={w.reviews.table} aria-busy={reviews.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w.reviews.reviewedOn}</Table.Th>
                  <Table.Th>{w.reviews.reviewers}</Table.Th>
                  <Table.Th>{w.reviews.conclusion}</Table.Th>
                  <Table.Th>{w.reviews.clausesCount}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.items.map((review) => (
                  <Table.Tr key={review.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={paths.conventionReview(conventionId, review.id)} fw={500}>
                        {formatDate(review.reviewedOn)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3}>
                        {review.reviewers}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StandingBadge standing={review.noDiscrimination ? 'NO_DISCRIMINATION' : 'DISCRIMINATION_FOUND'} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatNumber(review.clauses.length)}</Text>
                      {review.clauses.length > 0 ? (
                        <Text size="xs" c="dimmed">
                          {[...new Set(review.clauses.map((clause) => w.categories[clause.category]))].join('; ')}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={result} label={w.reviews.title} onPage={(index) => update({ page: pageParam(index) })} size="sm" />
        </>
      )}
    </Stack>
  );
}
