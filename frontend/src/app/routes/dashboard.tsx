import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { canRecordSessions, scopeLabel, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

const targetNumbers = [1, 2, 3, 4, 5] as const;

export default function DashboardRoute() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <Stack gap="md">
      <PageHeader title={t.dashboard.welcome(me.displayName || me.username)} subtitle={t.common.programme} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder>
          <Title order={3} fz="md" mb="xs">
            {t.dashboard.scopeLine}
          </Title>
          <Text>{scopeLabel(me, t)}</Text>
          <Title order={3} fz="md" mt="md" mb="xs">
            {t.dashboard.quickLinks}
          </Title>
          <Group gap="md">
            {canRecordSessions(me) ? (
              <Anchor component={Link} to={paths.sessionNew} fw={600}>
                {t.sessions.record}
              </Anchor>
            ) : null}
            <Anchor component={Link} to={paths.sessions}>
              {t.nav.sessions}
            </Anchor>
            <Anchor component={Link} to={paths.campaigns}>
              {t.nav.campaigns}
            </Anchor>
            <Anchor component={Link} to={paths.plan}>
              {t.nav.plan}
            </Anchor>
            <Anchor component={Link} to={paths.units}>
              {t.nav.units}
            </Anchor>
            <Anchor component={Link} to={paths.villages}>
              {t.nav.villages}
            </Anchor>
            <Anchor component={Link} to={paths.account}>
              {t.nav.account}
            </Anchor>
          </Group>
        </Card>
        <Card withBorder>
          <Title order={3} fz="md" mb="xs">
            {t.dashboard.targetsTitle}
          </Title>
          <List size="sm" spacing={4}>
            {targetNumbers.map((n) => (
              <List.Item key={n}>
                <Text span fw={600} size="sm">
                  {t.targetNumber(n)}:
                </Text>{' '}
                {t.targets[n]}
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed" mt="sm">
            {t.dashboard.targetsNote}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
