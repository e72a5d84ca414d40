import { Anchor, Badge, Card, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { formatNumber } from '@/utils/numbers';

import type { UnitRow } from '../api/types';

/** Target 1 unit by unit: sessions, law/policy sessions against the two required, met or not. */
export function UnitsSection({ units }: { units: UnitRow[] }) {
  const { language } = useI18n();
  const w = useIndicatorsText();
  const [descending, setDescending] = useState(false);
  // A province's units come from several communes: each row names its commune.
  const severalCommunes = new Set(units.map((u) => u.communeCode)).size > 1;
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, language) * (descending ? -1 : 1));
  return (
    <Card withBorder component="section" aria-labelledby="units-title">
      <Title order={3} fz="md" id="units-title" mb="xs">
        {w.dashboard.unitsTitle}
      </Title>
      {units.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.dashboard.noUnits}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped highlightOnHover aria-label={w.dashboard.unitsTable}>
            <Table.Thead>
              <Table.Tr>
                {severalCommunes ? <Table.Th scope="col">{w.dashboard.unitCommune}</Table.Th> : null}
                <Table.Th scope="col">{w.dashboard.unitCode}</Table.Th>
                <Table.Th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
                  <UnstyledButton onClick={() => setDescending((d) => !d)} fw={700} fz="sm" aria-label={w.dashboard.sortByName}>
                    {w.dashboard.unitName} {descending ? '▼' : '▲'}
                  </UnstyledButton>
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {w.dashboard.sessions}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {w.dashboard.lawSessions}
                </Table.Th>
                <Table.Th scope="col">{w.dashboard.status}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((unit) => (
                <Table.Tr key={unit.unitId}>
                  {severalCommunes ? <Table.Td>{unit.communeName}</Table.Td> : null}
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
                      {unit.met ? w.dashboard.met : w.dashboard.notMet}
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
