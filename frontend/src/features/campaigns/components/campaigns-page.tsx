import { Anchor, Button, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { canWriteCampaigns, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { communeOptions, useCommunes, useProgrammePeriod } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { formatDate, monthRange, todayIso } from '@/utils/dates';

import { useCampaigns, type CampaignsFilter } from '../api/get-campaigns';
import type { Campaign } from '../api/types';
import { formatMonth, monthWeeks, parseMonth, shiftMonth } from '../utils/calendar';

import { CampaignStatusBadge } from './campaign-badges';
import { MonthCalendar, YearCalendar } from './campaign-calendar';

const LIST_PAGE_SIZE = 20;
// A month or a year holds a handful of campaigns; one request of this size shows them all.
const CALENDAR_SIZE = 100;

type View = 'month' | 'year' | 'list';

/** The page's state lives in the address bar: back/forward and shared links keep it. */
function useCampaignsView() {
  const { params, update } = useUrlState();
  const today = todayIso();
  const view = (['month', 'year', 'list'].includes(params.get('view') ?? '') ? params.get('view') : 'month') as View;
  const month = parseMonth(params.get('month')) ?? { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam > 2000 ? yearParam : month.year;
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const communeCode = params.get('commune') ?? undefined;
  return { view, month, year, page, communeCode, update };
}

function CampaignsInView({ campaigns }: { campaigns: Campaign[] }) {
  const { t } = useI18n();
  const me = useMe();
  const communes = useCommunes();
  const communeName = (code: string) => communes.data?.find((c) => c.code === code)?.name ?? code;
  if (campaigns.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t.campaigns.noneInView}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" striped aria-label={t.campaigns.inView}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.campaigns.name}</Table.Th>
            <Table.Th>{t.campaigns.occasion}</Table.Th>
            <Table.Th>{t.campaigns.dates}</Table.Th>
            {!me.communeCode ? <Table.Th>{t.campaigns.commune}</Table.Th> : null}
            <Table.Th>{t.campaigns.status}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((campaign) => (
            <Table.Tr key={campaign.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.campaign(campaign.id)} fw={500}>
                  {campaign.name}
                </Anchor>
                {campaign.leadUnitName ? (
                  <Text size="xs" c="dimmed">
                    {t.campaigns.leadUnit}: {campaign.leadUnitName}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{t.occasions[campaign.occasion]}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(campaign.startDate)} – {formatDate(campaign.endDate)}
              </Table.Td>
              {!me.communeCode ? <Table.Td>{communeName(campaign.communeCode)}</Table.Td> : null}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <CampaignStatusBadge status={campaign.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CalendarNavigation({ title, onPrevious, onNext, onToday, previousLabel, nextLabel, todayLabel }: {
  title: string;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
  previousLabel: string;
  nextLabel: string;
  todayLabel: string;
}) {
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Title order={3} fz="lg" aria-live="polite">
        {title}
      </Title>
      <Group gap={6}>
        <Button variant="default" size="sm" onClick={onPrevious} aria-label={previousLabel}>
          ‹
        </Button>
        <Button variant="default" size="sm" onClick={onToday}>
          {todayLabel}
        </Button>
        <Button variant="default" size="sm" onClick={onNext} aria-label={nextLabel}>
          ›
        </Button>
      </Group>
    </Group>
  );
}

function MonthView({ year, month, communeCode, onMove }: {
  year: number;
  month: number;
  communeCode?: string;
  onMove: (month: string) => void;
}) {
  const { t } = useI18n();
  const weeks = monthWeeks(year, month);
  const filter: CampaignsFilter = {
    from: weeks[0]![0],
    to: weeks.at(-1)![6],
    communeCode,
    page: 0,
    size: CALENDAR_SIZE,
    sort: 'startDate',
  };
  const campaigns = useCampaigns(filter);
  const title = t.campaigns.monthTitle(month, year);
  const move = (by: number) => {
    const next = shiftMonth(year, month, by);
    onMove(formatMonth(next.year, next.month));
  };
  const [first, last] = monthRange(year, month);
  const inMonth = (campaigns.data?.items ?? []).filter((c) => c.startDate <= last && c.endDate >= first);

  return (
    <Stack gap="sm">
      <CalendarNavigation
        title={title}
        onPrevious={() => move(-1)}
        onNext={() => move(1)}
        onToday={() => onMove(todayIso().slice(0, 7))}
        previousLabel={t.campaigns.previousMonth}
        nextLabel={t.campaigns.nextMonth}
        todayLabel={t.campaigns.thisMonth}
      />
      {campaigns.isPending ? (
        <TableSkeleton rows={6} />
      ) : campaigns.isError ? (
        <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : (
        <>
          <MonthCalendar year={year} month={month} campaigns={campaigns.data.items} label={t.campaigns.calendarLabel(title)} />
          <Title order={4} fz="md" mt="sm">
            {t.campaigns.inView}
          </Title>
          <CampaignsInView campaigns={inMonth} />
        </>
      )}
    </Stack>
  );
}

function YearView({ year, communeCode, onMove, onOpenMonth }: {
  year: number;
  communeCode?: string;
  onMove: (year: number) => void;
  onOpenMonth: (month: number) => void;
}) {
  const { t } = useI18n();
  const campaigns = useCampaigns({
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    communeCode,
    page: 0,
    size: CALENDAR_SIZE,
    sort: 'startDate',
  });
  const title = t.campaigns.yearTitle(year);
  return (
    <Stack gap="sm">
      <CalendarNavigation
        title={title}
        onPrevious={() => onMove(year - 1)}
        onNext={() => onMove(year + 1)}
        onToday={() => onMove(Number(todayIso().slice(0, 4)))}
        previousLabel={t.campaigns.previousYear}
        nextLabel={t.campaigns.nextYear}
        todayLabel={t.campaigns.thisYear}
      />
      {campaigns.isPending ? (
        <TableSkeleton rows={6} />
      ) : campaigns.isError ? (
        <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : (
        <YearCalendar year={year} campaigns={campaigns.data.items} label={t.campaigns.calendarLabel(title)} onOpenMonth={onOpenMonth} />
      )}
    </Stack>
  );
}

function ListView({ year, page, communeCode, onYear, onPage }: {
  year: number;
  page: number;
  communeCode?: string;
  onYear: (year: string | null) => void;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const campaigns = useCampaigns({ year, communeCode, page, size: LIST_PAGE_SIZE, sort: 'startDate' });
  // The plan's years (the chosen commune's), and the year shown even when outside them.
  const planYears = useProgrammePeriod(communeCode)?.years ?? [];
  const years = planYears.includes(year) ? planYears : [...planYears, year].sort();
  return (
    <Stack gap="sm">
      <Select
        label={t.campaigns.year}
        data={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={onYear}
        allowDeselect={false}
        maw={160}
      />
      {campaigns.isPending ? (
        <TableSkeleton />
      ) : campaigns.isError ? (
        <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : campaigns.data.items.length === 0 ? (
        <EmptyResult title={t.campaigns.empty} />
      ) : (
        <>
          <CampaignsInView campaigns={campaigns.data.items} />
          <ListFooter page={campaigns.data} label={t.campaigns.title} onPage={onPage} />
        </>
      )}
    </Stack>
  );
}

/** Campaigns as a month calendar, a year calendar or a list; writers create them or confirm the yearly peaks. */
export function CampaignsPage() {
  const { t } = useI18n();
  const me = useMe();
  const communes = useCommunes();
  const { view, month, year, page, communeCode, update } = useCampaignsView();
  const canWrite = canWriteCampaigns(me);

  return (
    <Stack gap="md">
      <PageHeader
        title={t.campaigns.title}
        subtitle={t.campaigns.subtitle}
        actions={
          canWrite ? (
            <>
              <Button variant="light" component={Link} to={`${paths.campaignProposals}?year=${year}`}>
                {t.campaigns.proposals}
              </Button>
              <Button component={Link} to={paths.campaignNew}>
                {t.campaigns.create}
              </Button>
            </>
          ) : null
        }
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t.campaigns.viewLabel}
          value={view}
          onChange={(value) => update({ view: value === 'month' ? null : value })}
          data={[
            { value: 'month', label: t.campaigns.viewMonth },
            { value: 'year', label: t.campaigns.viewYear },
            { value: 'list', label: t.campaigns.viewList },
          ]}
        />
        {!me.communeCode ? (
          <Select
            label={t.campaigns.commune}
            placeholder={t.common.all}
            data={communeOptions(communes.data)}
            value={communeCode ?? null}
            onChange={(value) => update({ commune: value })}
            clearable
            searchable
            style={{ flex: '0 1 16rem' }}
          />
        ) : null}
      </Group>

      {view === 'month' ? (
        <MonthView
          year={month.year}
          month={month.month}
          communeCode={communeCode}
          onMove={(next) => update({ month: next, year: next.slice(0, 4) })}
        />
      ) : view === 'year' ? (
        <YearView
          year={year}
          communeCode={communeCode}
          onMove={(next) => update({ year: String(next) })}
          onOpenMonth={(m) => update({ view: null, month: formatMonth(year, m), year: String(year) })}
        />
      ) : (
        <ListView
          year={year}
          page={page}
          communeCode={communeCode}
          onYear={(value) => update({ year: value })}
          onPage={(next) => update({ page: next > 0 ? String(next + 1) : null })}
        />
      )}
    </Stack>
  );
}
