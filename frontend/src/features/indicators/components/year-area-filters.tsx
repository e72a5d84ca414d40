import { Group, Select } from '@mantine/core';

import { useMe } from '@/lib/auth';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { communeOptions, useCommunes } from '@/lib/reference-data';

/** The year, and for a province user the whole province or one commune. */
export function YearAreaFilters({
  year,
  years,
  communeCode,
  onChange,
}: {
  year: number;
  /** The plan's baseline year to its last year. */
  years: readonly number[];
  communeCode: string | undefined;
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const w = useIndicatorsText();
  const me = useMe();
  const province = !me.communeCode;
  const communes = useCommunes();
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label={w.dashboard.year}
        w={110}
        data={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(value) => onChange({ year: value, page: null })}
        allowDeselect={false}
      />
      {province ? (
        <Select
          label={w.dashboard.area}
          w={240}
          data={[
            { value: '', label: w.dashboard.wholeProvince },
            ...communeOptions(communes.data),
          ]}
          value={communeCode ?? ''}
          onChange={(value) => onChange({ commune: value, page: null })}
          allowDeselect={false}
          searchable
        />
      ) : null}
    </Group>
  );
}
