import { Select, TextInput, type MantineSize } from '@mantine/core';

import { useI18n } from '@/lib/i18n';
import type { UnitOption } from '@/lib/reference-data';

interface UnitFieldProps {
  label: string;
  /** The chosen unit's id, as the form keeps it ('' for none). */
  value: string;
  onChange: (unitId: string) => void;
  /** The commune's units; undefined while they load. */
  units: UnitOption[] | undefined;
  error?: string;
  /**
   * Fixed (a unit reporter's own unit, or a record whose unit cannot change): shown as read-only text with
   * `lockedName` (or the unit's name from `units`) and, if given, a hint saying why.
   */
  locked?: boolean;
  lockedName?: string | null;
  lockedHint?: string;
  size?: MantineSize;
}

/**
 * The unit a record belongs to: a searchable choice of the commune's active units (plus the record's own
 * unit if it is no longer active, so its name still shows), or the fixed unit as read-only text.
 */
export function UnitField({ label, value, onChange, units, error, locked, lockedName, lockedHint, size }: UnitFieldProps) {
  const { t } = useI18n();
  if (locked) {
    const name = lockedName ?? units?.find((unit) => String(unit.id) === value)?.name ?? '';
    return <TextInput label={label} value={name} readOnly variant="filled" size={size} description={lockedHint} error={error} />;
  }
  const options = (units ?? [])
    .filter((unit) => unit.active || String(unit.id) === value)
    .map((unit) => ({ value: String(unit.id), label: unit.name }));
  return (
    <Select
      label={label}
      data={options}
      value={value || null}
      onChange={(chosen) => onChange(chosen ?? '')}
      error={error}
      withAsterisk
      searchable
      placeholder={t.common.choose}
      size={size}
    />
  );
}
