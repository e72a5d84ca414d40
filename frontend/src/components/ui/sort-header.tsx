import { Table, UnstyledButton } from '@mantine/core';

/**
 * A column header that sorts the list by its field: a click sorts ascending, a second click descending
 * ("-field"); the current order is announced with aria-sort.
 */
export function SortHeader<F extends string, S extends string>({
  label,
  field,
  sort,
  onSort,
}: {
  label: string;
  field: F;
  sort: S;
  onSort: (sort: S) => void;
}) {
  const ascending = sort === (field as string);
  const descending = sort === `-${field}`;
  return (
    <Table.Th aria-sort={ascending ? 'ascending' : descending ? 'descending' : 'none'}>
      <UnstyledButton
        onClick={() => onSort((ascending ? `-${field}` : field) as unknown as S)}
        fw={700}
        fz="sm"
        style={{ whiteSpace: 'nowrap' }}
      >
        {label} {ascending ? '▲' : descending ? '▼' : '↕'}
      </UnstyledButton>
    </Table.Th>
  );
}
