import { Box, Card, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';

import { useComparisonText } from '@/lib/i18n/comparison';
import { useIndicatorsText } from '@/lib/i18n/indicators';

import { useBoundaries, type Boundaries, type CommuneRow } from '../api/get-comparison';
import type { IndicatorStatus, TargetNumber } from '../api/types';

import { cellOf, communeDashboardLink, mapColor, MapTitle } from './comparison-page';
import { formatMeasure } from './format';

type Ring = [number, number][];
const WIDTH = 640;

/** Polygons and multipolygons as lists of rings of [longitude, latitude]. */
function rings(geometry: Boundaries['features'][number]['geometry']): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Ring[];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat();
  return [];
}

/**
 * SVG paths of the communes, projected equirectangularly around the province's mean latitude (a
 * province is small enough for it to keep shapes true), scaled to WIDTH.
 */
export function project(boundaries: Boundaries): { height: number; paths: Map<string, string> } {
  const all = boundaries.features.flatMap((f) => rings(f.geometry).flat());
  if (all.length === 0) return { height: 0, paths: new Map() };
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const minLon = Math.min(...lons);
  const maxLat = Math.max(...lats);
  const minLat = Math.min(...lats);
  const k = Math.cos((((maxLat + minLat) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((Math.max(...lons) - minLon) * k || 1);
  const height = Math.ceil((maxLat - minLat) * scale);
  const paths = new Map<string, string>();
  for (const feature of boundaries.features) {
    const d = rings(feature.geometry)
      .map((ring) => `M${ring.map(([lon, lat]) => `${((lon - minLon) * k * scale).toFixed(1)},${((maxLat - lat) * scale).toFixed(1)}`).join('L')}Z`)
      .join('');
    paths.set(feature.properties.code, d);
  }
  return { height, paths };
}

const legendStatuses: IndicatorStatus[] = ['MET', 'ON_TRACK', 'AT_RISK', 'NOT_MET', 'NO_DATA'];

/** The province's communes coloured by one target's status; each commune is a link to its dashboard. */
export default function ComparisonMap({ provinceCode, rows, target, targetTitle, year }: {
  provinceCode: string;
  rows: CommuneRow[];
  target: TargetNumber;
  targetTitle: string;
  year: number;
}) {
  const c = useComparisonText();
  const w = useIndicatorsText();
  const navigate = useNavigate();
  const boundaries = useBoundaries(provinceCode);
  const shapes = useMemo(() => (boundaries.data ? project(boundaries.data) : null), [boundaries.data]);
  const [focused, setFocused] = useState<string | null>(null);
  const byCode = new Map(rows.map((row) => [row.code, row]));

  if (boundaries.isPending) return <Text size="sm">{c.mapLoading}</Text>;
  if (!shapes || shapes.paths.size === 0) return <Text size="sm">{c.mapMissing}</Text>;

  const describe = (row: CommuneRow) => {
    const cell = cellOf(row, target);
    return cell
      ? c.mapCommune(row.name, formatMeasure(cell.value, cell.unit), w.indicatorStatus[cell.status])
      : c.mapCommune(row.name, '—', c.notEnabledStatus);
  };
  const shown = focused ? byCode.get(focused) : undefined;

  return (
    <Card withBorder component="section" aria-labelledby="comparison-map-title">
      <Stack gap="xs">
        <MapTitle target={target} title={targetTitle} />
        <Text size="sm" c="dimmed" id="comparison-map-help">
          {c.mapHelp}
        </Text>
        <Text size="sm" fw={500} aria-live="polite" mih={22}>
          {shown ? describe(shown) : ''}
        </Text>
        <Box style={{ maxWidth: WIDTH }}>
          <svg
            viewBox={`0 0 ${WIDTH} ${shapes.height}`}
            width="100%"
            role="group"
            aria-labelledby="comparison-map-title"
            aria-describedby="comparison-map-help"
          >
            {[...shapes.paths].map(([code, d]) => {
              const row = byCode.get(code);
              if (!row) return null;
              const label = describe(row);
              const open = () => void navigate(communeDashboardLink(code, year));
              return (
                <a
                  key={code}
                  href={communeDashboardLink(code, year)}
                  aria-label={label}
                  onClick={(event) => {
                    event.preventDefault();
                    open();
                  }}
                  onFocus={() => setFocused(code)}
                  onMouseEnter={() => setFocused(code)}
                >
                  <title>{label}</title>
                  <path
                    d={d}
                    fill={mapColor(cellOf(row, target))}
                    stroke={focused === code ? 'var(--mantine-color-dark-9)' : 'var(--mantine-color-gray-7)'}
                    strokeWidth={focused === code ? 2.5 : 0.8}
                    strokeDasharray={row.enabled ? undefined : '3 2'}
                  />
                </a>
              );
            })}
          </svg>
        </Box>
        <Group gap="md" aria-label={c.legend} role="list">
          {legendStatuses.map((status) => (
            <Group key={status} gap={6} role="listitem">
              <Box w={14} h={14} style={{ background: mapColor({ status, target, unit: '', value: null, targetValue: null }), border: '1px solid var(--mantine-color-gray-7)' }} />
              <Text size="xs">{w.indicatorStatus[status]}</Text>
            </Group>
          ))}
          <Group gap={6} role="listitem">
            <Box w={14} h={14} style={{ background: mapColor(undefined), border: '1px dashed var(--mantine-color-gray-7)' }} />
            <Text size="xs">{c.notEnabledStatus}</Text>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
