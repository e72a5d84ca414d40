import { Anchor, Box, Card, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { formatDate, monthRange, todayIso } from '@/utils/dates';

import { occasionColors, type Campaign } from '../api/types';
import { monthWeeks, overlaps, weekColumns } from '../utils/calendar';

const cellBorder = '1px solid var(--mantine-color-gray-3)';

function CampaignBar({ campaign, first, last, lane }: { campaign: Campaign; first: number; last: number; lane: number }) {
  const color = occasionColors[campaign.occasion];
  return (
    <Anchor
      component={Link}
      to={paths.campaign(campaign.id)}
      title={`${campaign.name} (${formatDate(campaign.startDate)} – ${formatDate(campaign.endDate)})`}
      underline="never"
      fz="xs"
      fw={600}
      px={6}
      style={{
        gridColumn: `${first + 1} / ${last + 2}`,
        gridRow: lane + 2,
        zIndex: 1,
        margin: '1px 2px',
        borderRadius: 4,
        background: `var(--mantine-color-${color}-light)`,
        color: `var(--mantine-color-${color}-light-color)`,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        lineHeight: '20px',
      }}
    >
      {campaign.name}
    </Anchor>
  );
}

/** A month as weeks of seven days (Monday first), each campaign a bar across the days it runs. */
export function MonthCalendar({ year, month, campaigns, label }: { year: number; month: number; campaigns: Campaign[]; label: string }) {
  const { t } = useI18n();
  const today = todayIso();
  const monthPrefix = `${year}-${String(month).padStart(2, '0')}`;
  const weeks = monthWeeks(year, month);
  const sorted = [...campaigns].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name));

  return (
    <Box role="region" aria-label={label} data-testid="month-calendar" style={{ border: cellBorder, borderRadius: 8, overflow: 'hidden' }}>
      <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', background: 'var(--mantine-color-gray-0)' }}>
        {t.campaigns.weekdays.map((day) => (
          <Text key={day} size="xs" fw={700} ta="center" py={4} c="dimmed">
            {day}
          </Text>
        ))}
      </Box>
      {weeks.map((week) => {
        const lanes = sorted
          .map((campaign) => ({ campaign, columns: weekColumns(campaign, week) }))
          .filter((entry): entry is { campaign: Campaign; columns: { first: number; last: number } } => entry.columns !== null);
        return (
          <Box
            key={week[0]}
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
              gridTemplateRows: `24px repeat(${lanes.length}, 22px) minmax(12px, 1fr)`,
              minHeight: 72,
              borderTop: cellBorder,
            }}
          >
            {week.map((day, column) => {
              const inMonth = day.startsWith(monthPrefix);
              const isToday = day === today;
              return (
                <Box
                  key={day}
                  style={{
                    gridColumn: column + 1,
                    gridRow: '1 / -1',
                    borderLeft: column === 0 ? undefined : cellBorder,
                    background: inMonth ? undefined : 'var(--mantine-color-gray-0)',
                  }}
                >
                  <Text
                    size="xs"
                    ta="right"
                    px={6}
                    pt={2}
                    fw={isToday ? 700 : 400}
                    c={isToday ? 'indigo.7' : inMonth ? undefined : 'dimmed'}
                    aria-label={formatDate(day)}
                  >
                    {Number(day.slice(8))}
                  </Text>
                </Box>
              );
            })}
            {lanes.map(({ campaign, columns }, lane) => (
              <CampaignBar key={campaign.id} campaign={campaign} first={columns.first} last={columns.last} lane={lane} />
            ))}
          </Box>
        );
      })}
    </Box>
  );
}

/** Twelve months, each listing the campaigns that run in it; a month's name opens its month view. */
export function YearCalendar({
  year,
  campaigns,
  label,
  onOpenMonth,
}: {
  year: number;
  campaigns: Campaign[];
  label: string;
  onOpenMonth: (month: number) => void;
}) {
  const { t } = useI18n();
  const sorted = [...campaigns].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="sm" role="region" aria-label={label} data-testid="year-calendar">
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
        const [from, to] = monthRange(year, month);
        const inMonth = sorted.filter((campaign) => overlaps(campaign, from, to));
        return (
          <Card key={month} withBorder padding="sm">
            <UnstyledButton onClick={() => onOpenMonth(month)} fw={700} fz="sm" mb={6}>
              {t.campaigns.monthName(month)}
            </UnstyledButton>
            {inMonth.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t.campaigns.noneInMonth}
              </Text>
            ) : (
              <Stack gap={6}>
                {inMonth.map((campaign) => (
                  <Box
                    key={campaign.id}
                    pl={8}
                    style={{ borderLeft: `3px solid var(--mantine-color-${occasionColors[campaign.occasion]}-5)` }}
                  >
                    <Anchor component={Link} to={paths.campaign(campaign.id)} size="sm" fw={500}>
                      {campaign.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDate(campaign.startDate)} – {formatDate(campaign.endDate)}
                    </Text>
                  </Box>
                ))}
              </Stack>
            )}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
