export { communeLabel, communeOptions, communesQueryOptions, getCommunes, useCommunes, type Area } from './communes';
export {
  getReferenceItems,
  referenceItemsQueryOptions,
  referenceKinds,
  referenceLabel,
  useReferenceItems,
  type ReferenceItem,
  type ReferenceKind,
} from './reference-items';
export { getUnitOptions, unitOptionsQueryOptions, useUnitOptions, type UnitOption } from './unit-options';
export { getVillageOptions, useVillageOptions, villageOptionsQueryOptions, type VillageOption } from './village-options';
export {
  FALLBACK_YEARS_AROUND_TODAY,
  getPlanPeriods,
  planPeriodsQueryOptions,
  programmePeriod,
  useProgrammePeriod,
  type ProgrammePeriod,
} from './programme-period';
