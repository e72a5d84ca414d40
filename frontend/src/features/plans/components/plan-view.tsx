import { Alert, Button, Card, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { DetailsTable } from '@/components/ui/details-table';
import { canEditPlanTargets, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { communeOptions, useCommunes } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { formatDate } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import { useCommunePlan } from '../api/get-plan';
import type { Plan } from '../api/types';

import { TargetValuesForm } from './target-values-form';

function DocumentInfo({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const issued = plan.issuedOn ? formatDate(plan.issuedOn) : plan.issuedText;
  const rows: [string, string][] = [
    [t.plan.documentNumber, plan.documentNumber || t.common.none],
    [t.plan.issued, issued || t.common.none],
    [t.plan.signer, [plan.signerTitle, plan.signerName].filter(Boolean).join(' ') || t.common.none],
    [t.plan.period, `${plan.periodStart}–${plan.periodEnd}`],
    [t.plan.startDate, formatDate(plan.startDate)],
    [t.plan.implements, plan.implementsPlan],
  ];
  return (
    <DetailsTable rows={rows} maw={900} />
  );
}

function TargetsTable({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const me = useMe();
  const editable = canEditPlanTargets(me) && me.communeCode === plan.communeCode;
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const editedTarget = plan.targets.find((target) => target.number === editing);
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => plan.periodStart + i);
  const targets = [...plan.targets].sort((a, b) => a.number - b.number);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" aria-label={t.plan.targetsTitle}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t.plan.target}</Table.Th>
              <Table.Th>{t.plan.wording}</Table.Th>
              <Table.Th w={180}>{t.plan.responsible}</Table.Th>
              <Table.Th w={110}>{t.plan.unitOfMeasure}</Table.Th>
              {years.map((year) => (
                <Table.Th key={year} w={70} ta="right">
                  {year}
                </Table.Th>
              ))}
              {editable ? <Table.Th w={90}>{t.common.actions}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.map((target) => (
              <Table.Tr key={target.number}>
                <Table.Td fw={600}>{t.targetNumber(target.number)}</Table.Td>
                <Table.Td>{target.wording}</Table.Td>
                <Table.Td>{target.responsible}</Table.Td>
                <Table.Td>
                  {target.unitOfMeasure}
                  {target.number === 3 ? (
                    <Text size="xs" c="dimmed">
                      {t.plan.changeModeShown(t.plan.changeModes[target.changeMode] ?? target.changeMode)}
                    </Text>
                  ) : null}
                </Table.Td>
                {years.map((year) => {
                  const value = target.yearlyTargets.find((y) => y.year === year)?.value;
                  return (
                    <Table.Td key={year} ta="right">
                      {value === undefined ? t.common.none : formatNumber(value)}
                    </Table.Td>
                  );
                })}
                {editable ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t.plan.editTarget(t.targetNumber(target.number))}
                      onClick={() => {
                        setSaved(false);
                        setEditing(target.number);
                      }}
                    >
                      {t.common.edit}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {saved ? (
        <Alert color="green" role="status">
          {t.plan.saved}
        </Alert>
      ) : null}
      {editedTarget ? (
        <TargetValuesForm
          key={editedTarget.number}
          plan={plan}
          target={editedTarget}
          years={years}
          onDone={(done) => {
            setSaved(done);
            setEditing(null);
          }}
        />
      ) : null}
    </Stack>
  );
}

function PlanContent({ plan, history }: { plan: Plan; history?: (plan: Plan) => ReactNode }) {
  const { t } = useI18n();
  const taskGroups = [...plan.taskGroups].sort((a, b) => a.number - b.number);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {t.plan.documentTitle}
        </Title>
        <Text fw={600}>{plan.title}</Text>
        <DocumentInfo plan={plan} />
      </Stack>

      <Stack gap="xs">
        <Title order={3} fz="lg">
          {t.plan.taskGroupsTitle}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {taskGroups.map((group) => (
            <Card key={group.number} withBorder padding="sm">
              <Text fw={600} size="sm">
                {t.taskGroupNumber(group.number)}. {group.title}
              </Text>
              {group.description ? (
                <Text size="sm" c="dimmed" mt={4}>
                  {group.description}
                </Text>
              ) : null}
            </Card>
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="xs">
        <Title order={3} fz="lg">
          {t.plan.targetsTitle}
        </Title>
        <TargetsTable plan={plan} />
      </Stack>
      {history?.(plan)}
    </Stack>
  );
}

/**
 * The commune's plan as data; province users choose which commune's plan to read. The commune's
 * runners change the yearly targets; `history` renders the plan's change history (the route
 * composes it from the audit feature).
 */
export function PlanView({ history }: { history?: (plan: Plan) => ReactNode } = {}) {
  const { t } = useI18n();
  const me = useMe();
  const { params, replace } = useUrlState();
  const seesManyCommunes = !me.communeCode;
  const communes = useCommunes();
  const chosen = params.get('commune') ?? (seesManyCommunes ? communes.data?.[0]?.code : undefined);
  const waitingForCommune = seesManyCommunes && !chosen;
  const plan = useCommunePlan(seesManyCommunes ? chosen : undefined, !waitingForCommune);

  return (
    <Stack gap="md">
      <PageHeader title={t.plan.title} subtitle={plan.data ? plan.data.communeName : t.plan.subtitle} />
      {seesManyCommunes ? (
        <Select
          label={t.plan.commune}
          data={communeOptions(communes.data)}
          value={chosen ?? null}
          onChange={(value) => replace({ commune: value })}
          allowDeselect={false}
          searchable
          maw={360}
        />
      ) : null}
      {waitingForCommune || plan.isPending ? (
        <TableSkeleton rows={8} />
      ) : plan.isError ? (
        <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      ) : plan.data ? (
        <PlanContent plan={plan.data} history={history} />
      ) : (
        <EmptyResult title={t.plan.none} />
      )}
    </Stack>
  );
}
