import type { Schemas } from '@/lib/api';

// The server sends every field of these records (the document leaves the nested ones all-optional).
export type Dashboard = Schemas['DashboardView'];
export type Indicator = Schemas['IndicatorValue'];
export type IndicatorStatus = Schemas['IndicatorStatus'];
export type IndicatorDetail = Schemas['Detail'];
export type TrendPoint = Schemas['TrendPoint'];
export type UnitRow = Schemas['UnitRow'];
export type Participation = Schemas['Participation'];
export type DashboardWarning = Schemas['Warning'];
export type DrillDownItem = Schemas['DrillDownItem'];

export const targetNumbers = [1, 2, 3, 4, 5] as const;
export type TargetNumber = (typeof targetNumbers)[number];

export const statusColors: Record<IndicatorStatus, string> = {
  MET: 'green',
  ON_TRACK: 'teal',
  AT_RISK: 'orange',
  NOT_MET: 'red',
  NO_DATA: 'gray',
  NOT_STARTED: 'blue',
};

/** "1"…"5" → the target's number; anything else → undefined. */
export function parseTarget(value: string | undefined): TargetNumber | undefined {
  return targetNumbers.find((n) => String(n) === value);
}
