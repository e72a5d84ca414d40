import { useQuery } from '@tanstack/react-query';
import { Select, TextInput } from '@mantine/core';

import { hasRole, isProvinceAdmin, useMe } from '@/lib/auth';
import type { FieldErrors } from '@/lib/form';
import { useI18n, type Dictionary } from '@/lib/i18n';
import { communeLabel, communesQueryOptions, unitOptionsQueryOptions } from '@/lib/reference-data';

import { scopeFieldsFor, type PersonFormField, type PersonFormValues } from '../api/person-form-schema';
import { useAdminText } from '@/lib/i18n/admin';

type Placement = Pick<PersonFormValues, 'role' | 'provinceCode' | 'communeCode' | 'unitCode'>;

export function roleLabel(role: string, t: Dictionary): string {
  return (t.roles as Record<string, string>)[role] ?? role;
}

/** The role (among those the caller may grant) and the scope it needs: province, commune or unit. */
export function PlacementFields({
  values,
  roles,
  errors,
  onChange,
  callerIsNational,
}: {
  values: Placement;
  roles: string[];
  errors: FieldErrors<PersonFormField>;
  onChange: <K extends keyof Placement>(field: K, value: Placement[K]) => void;
  callerIsNational: boolean;
}) {
  const { t } = useI18n();
  const a = useAdminText();
  const me = useMe();
  const w = a.people;
  const needs = scopeFieldsFor(values.role, callerIsNational);
  // Communes of the caller's province (a province admin's) and units of the caller's commune (a commune admin's).
  const communes = useQuery({ ...communesQueryOptions(), enabled: isProvinceAdmin(me) });
  const units = useQuery({ ...unitOptionsQueryOptions(me.communeCode ?? undefined), enabled: Boolean(me.communeCode) && hasRole(me, 'commune-admin') });
  const communeChoices = (communes.data ?? [])
    .filter((c) => !c.validTo || c.code === values.communeCode)
    .map((c) => ({ value: c.code, label: `${communeLabel(c)} (${c.code})` }));
  const unitChoices = (units.data ?? [])
    .filter((u) => u.active || u.code === values.unitCode)
    .map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));

  return (
    <>
      <Select
        label={w.role}
        data={roles.map((role) => ({ value: role, label: roleLabel(role, t) }))}
        value={values.role || null}
        onChange={(value) => onChange('role', value ?? '')}
        error={errors.role}
        withAsterisk
        placeholder={t.common.choose}
        allowDeselect={false}
      />
      {needs.province ? (
        <TextInput
          label={w.province}
          description={w.provinceHint}
          value={values.provinceCode}
          inputMode="numeric"
          maxLength={2}
          onChange={(event) => onChange('provinceCode', event.currentTarget.value)}
          error={errors.provinceCode}
          withAsterisk
        />
      ) : null}
      {needs.commune ? (
        <Select
          label={w.commune}
          data={communeChoices}
          value={values.communeCode || null}
          onChange={(value) => onChange('communeCode', value ?? '')}
          error={errors.communeCode}
          withAsterisk
          searchable
          placeholder={t.common.choose}
          nothingFoundMessage={t.common.noData}
        />
      ) : null}
      {needs.unit ? (
        <Select
          label={w.unit}
          description={w.unitHint}
          data={unitChoices}
          value={values.unitCode || null}
          onChange={(value) => onChange('unitCode', value ?? '')}
          error={errors.unitCode}
          withAsterisk
          searchable
          placeholder={t.common.choose}
          nothingFoundMessage={t.common.noData}
        />
      ) : null}
    </>
  );
}
