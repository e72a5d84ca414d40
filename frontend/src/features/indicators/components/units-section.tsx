import { Anchor, Badge, Card, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { formatNumber } from '@/utils/numbers';

import type { UnitRow } from '../api/types';

/** Target 1 unit by unit: sessions, law/policy sessions against the two required, met or not. */
export function UnitsSection({ units }: { units: UnitRow[] }) {
  const { t, language } = useI18n();
  const [descending, setDescending] = useState(false);
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, language) * (descending ? -1 : 1));
  return (
    <Card withBorder component="section" aria-labelledby="units-title">
      <Title order={3} fz="md" id="units-title" mb="xs">
        {t.dashboard.unitsTitle}
      </Title>
      {units.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.dashboard.noUnits}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped highlightOnHover aria-label={t.dashboard.unitsTable}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.dashboard.unitCode}</Table.Th>
                <Table.Th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
                  <UnstyledButton onClick={() => setDescending((d) => !d)} fw={700} fz="sm" aria-label={t.dashboard.sortByName}>
                    {t.dashboard.unitName} {descending ? '▼' : '▲'}
                  </UnstyledButton>
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.dashboard.sessions}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.dashboard.lawSessions}
                </Table.Th>
                <Table.Th scope="col">{t.dashboard.status}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((unit) => (
                <Table.Tr key={unit.unitId}>
                  <Table.Td>{unit.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={paths.unit(unit.unitId)} size="sm">
                      {unit.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(unit.sessions)}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(unit.lawPolicySessions)}/{formatNumber(unit.required)}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={unit.met ? 'green' : 'red'} variant="light">
                      {unit.met ? t.dashboard.met : t.dashboard.notMet}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
