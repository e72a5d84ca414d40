import { Alert, Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';

import type { DashboardWarning } from '../api/types';

const kindOrder = ['LAW_SESSIONS', 'ACTION_PLAN_MISSING', 'CONVENTION_NOT_REVIEWED', 'TARGET_AT_RISK'];

/** The early warnings, grouped by what they are about. */
export function WarningsSection({ warnings }: { warnings: DashboardWarning[] }) {
  const { language } = useI18n();
  const w = useIndicatorsText();
  const kinds = [...new Set(warnings.map((w) => w.kind))].sort((a, b) => rank(a) - rank(b));
  // Warnings from several communes (a province's) each name their commune.
  const severalCommunes = new Set(warnings.map((w) => w.communeCode).filter(Boolean)).size > 1;
  return (
    <Card withBorder component="section" aria-labelledby="warnings-title">
      <Title order={3} fz="md" id="warnings-title" mb="xs">
        {w.dashboard.warningsTitle} ({warnings.length})
      </Title>
      {warnings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.dashboard.noWarnings}
        </Text>
      ) : (
        <Stack gap="sm">
          {kinds.map((kind) => {
            const items = warnings.filter((w) => w.kind === kind);
            return (
              <Alert key={kind} color="orange" variant="light" title={`${w.dashboard.warningKinds[kind] ?? w.dashboard.otherWarnings} (${items.length})`} data-testid="warning-group">
                <List size="sm" spacing={4}>
                  {items.map((w, index) => (
                    <List.Item key={`${w.subjectType}-${w.subjectId ?? index}-${w.target}`}>
                      {w.subjectType === 'UNIT' && w.subjectId !== null ? (
                        <Anchor component={Link} to={paths.unit(w.subjectId)} size="sm" fw={600}>
                          {w.subjectName}
                        </Anchor>
                      ) : (
                        <Text span fw={600} size="sm">
                          {w.subjectName}
                        </Text>
                      )}
                      {severalCommunes && w.communeName ? (
                        <Text span size="sm" c="dimmed">
                          {' '}
                          ({w.communeName})
                        </Text>
                      ) : null}
                      : {language === 'vi' ? w.messageVi : w.messageEn}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

function rank(kind: string): number {
  const index = kindOrder.indexOf(kind);
  return index === -1 ? kindOrder.length : index;
}
