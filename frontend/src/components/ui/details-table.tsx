import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export type DetailRow = [label: string, value: ReactNode];

/** A record's fields as label → value rows (each label a row header), as every details page shows them. */
export function DetailsTable({ rows, maw = 860, label }: { rows: DetailRow[]; maw?: number; label?: string }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder maw={maw} aria-label={label}>
      <Table.Tbody>
        {rows.map(([rowLabel, value]) => (
          <Table.Tr key={rowLabel}>
            <Table.Th scope="row" w={{ base: 130, sm: 210 }}>
              {rowLabel}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
