import { Alert, Box, Button, Card, FileInput, Group, List, Modal, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField } from '@/components/form';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';
import { useAdminText, type AdminDictionary } from '@/lib/i18n/admin';
import { newUuid } from '@/utils/ids';
import { formatDate, todayIso } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import { checkUnitFile, useApplyAdministrativeUnits, useCheckAdministrativeUnits } from '../api/import-administrative-units';
import type { AreaChange, AreaChangeKind, AreaImport } from '../api/types';

/** How many changes of one kind are listed; the rest are counted (a new list may close hundreds of communes). */
export const CHANGES_SHOWN = 200;

const KINDS: readonly AreaChangeKind[] = ['ADDED', 'RENAMED', 'MOVED', 'CLOSED', 'REOPENED'];
const LINE_COLUMN = /^line (\d+), column (.+)$/;
const NAMES_POSITION = /^(Dòng|Line) \d+/i;

type Words = AdminDictionary['unitImport'];

/** A file the server checked, kept as sent: applying sends these bytes with this date and one key for its retries. */
interface Checked {
  fileName: string;
  bytes: ArrayBuffer;
  effectiveFrom: string;
  outcome: AreaImport;
  idempotencyKey: string;
}

/** The server's problems, each naming its line and column ("line 12, column commune_code" in errors[].field). */
function problemLines(error: ApiError, w: Words): string[] {
  return error.errors.map(({ field, message }) => {
    const at = LINE_COLUMN.exec(field);
    return at && !NAMES_POSITION.test(message) ? `${w.problemAt(at[1]!, at[2]!)}: ${message}` : message;
  });
}

function Refusal({ error, title }: { error: unknown; title: string }) {
  const { t } = useI18n();
  const w = useAdminText().unitImport;
  if (!(error instanceof ApiError) || error.errors.length === 0) {
    return (
      <Alert color="red" title={title} role="alert">
        {errorMessage(error, t)}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs">
        {error.detail ? <Text size="sm">{error.detail}</Text> : null}
        <Text size="sm" fw={600} id="unit-import-problems">
          {w.problemsTitle}
        </Text>
        <List size="sm" spacing={4} aria-labelledby="unit-import-problems" data-testid="unit-import-problems">
          {problemLines(error, w).map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}

function ExpectedFile() {
  const w = useAdminText().unitImport;
  return (
    <Stack gap="xs">
      <Text size="sm">{w.intro}</Text>
      <Text size="sm" fw={600}>
        {w.fileNeeds}
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>{w.fileFormat}</List.Item>
        <List.Item>{w.fileHeader}</List.Item>
        <List.Item>{w.fileRows}</List.Item>
      </List>
      <Text size="sm" fw={600}>
        {w.example}
      </Text>
      <Box
        component="pre"
        m={0}
        p="xs"
        fz="sm"
        style={{ background: 'var(--mantine-color-gray-0)', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, overflowX: 'auto' }}
      >
        {'province_code,province_name,commune_code,commune_name\n12,Tỉnh Lai Châu,03390,Xã Bình Lư\n12,,03391,Xã Sin Suối Hồ'}
      </Box>
    </Stack>
  );
}

function Counts({ outcome }: { outcome: AreaImport }) {
  const w = useAdminText().unitImport;
  const c = outcome.counts;
  const rows: [string, number][] = [
    [w.provincesAdded, c.provincesAdded],
    [w.communesAdded, c.communesAdded],
    [w.renamed, c.renamed],
    [w.moved, c.moved],
    [w.closed, c.closed],
    [w.reopened, c.reopened],
  ];
  return (
    <Table verticalSpacing={4} fz="sm" maw={420} aria-label={w.countsTitle} data-testid="unit-import-counts">
      <Table.Tbody>
        {rows.map(([label, count]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={500}>
              {label}
            </Table.Th>
            <Table.Td ta="right">{formatNumber(count)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">{w.total}</Table.Th>
          <Table.Td ta="right" fw={700}>
            {formatNumber(c.total)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

function ChangeRows({ kind, changes }: { kind: AreaChangeKind; changes: AreaChange[] }) {
  const w = useAdminText().unitImport;
  const shown = changes.slice(0, CHANGES_SHOWN);
  return (
    <Stack gap="xs" pt="xs">
      <Table.ScrollContainer minWidth={480}>
        <Table striped verticalSpacing={4} fz="sm" aria-label={w.kind[kind]} data-testid={`unit-changes-${kind}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{w.level}</Table.Th>
              <Table.Th>{w.code}</Table.Th>
              <Table.Th>{w.name}</Table.Th>
              <Table.Th>{w.provinceColumn}</Table.Th>
              <Table.Th ta="right">{kind === 'CLOSED' ? w.kind.CLOSED : w.line}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((change) => (
              <Table.Tr key={`${change.level}-${change.code}`}>
                <Table.Td>{change.level === 'PROVINCE' ? w.province : w.commune}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {change.code}
                  </Text>
                </Table.Td>
                <Table.Td>{kind === 'RENAMED' && change.previousName ? `${change.previousName} → ${change.name}` : change.name}</Table.Td>
                <Table.Td>
                  {kind === 'MOVED' && change.previousProvinceCode
                    ? `${change.previousProvinceCode} → ${change.provinceCode ?? ''}`
                    : (change.provinceCode ?? '')}
                </Table.Td>
                <Table.Td ta="right">{kind === 'CLOSED' ? formatDate(change.validTo) : (change.line ?? '')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {changes.length > shown.length ? (
        <Text size="xs" c="dimmed">
          {w.capped(formatNumber(shown.length), formatNumber(changes.length))}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The changes grouped by kind (new, renamed, moved, closed, reopened), one tab each. */
function Changes({ changes }: { changes: AreaChange[] }) {
  const w = useAdminText().unitImport;
  const groups = KINDS.map((kind) => ({ kind, changes: changes.filter((change) => change.kind === kind) })).filter(
    (group) => group.changes.length > 0,
  );
  const [tab, setTab] = useState<string | null>(groups[0]?.kind ?? null);
  if (groups.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={4} fz="md">
        {w.changesTitle}
      </Title>
      <Tabs value={groups.some((group) => group.kind === tab) ? tab : groups[0]!.kind} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          {groups.map((group) => (
            <Tabs.Tab key={group.kind} value={group.kind}>
              {w.kindTab(w.kind[group.kind], formatNumber(group.changes.length))}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {groups.map((group) => (
          <Tabs.Panel key={group.kind} value={group.kind}>
            <ChangeRows kind={group.kind} changes={group.changes} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function Outcome({ title, outcome, note }: { title: string; outcome: AreaImport; note?: string }) {
  const w = useAdminText().unitImport;
  return (
    <Stack gap="sm">
      <Alert color={outcome.dryRun ? 'blue' : 'teal'} title={title} role="status">
        <Stack gap={2}>
          {note ? <Text size="sm">{note}</Text> : null}
          <Text size="sm">{w.inFile(formatNumber(outcome.provincesInFile), formatNumber(outcome.communesInFile))}</Text>
          <Text size="sm">{w.effectiveOn(formatDate(outcome.effectiveFrom))}</Text>
          {outcome.counts.total === 0 ? <Text size="sm">{outcome.dryRun ? w.noChanges : w.appliedNothing}</Text> : null}
        </Stack>
      </Alert>
      {outcome.counts.total > 0 ? (
        <>
          <Counts outcome={outcome} />
          <Changes changes={outcome.changes} />
        </>
      ) : null}
    </Stack>
  );
}

/**
 * "Nhập danh mục mới" (national-admin): a CSV of the whole official list and its effective date are checked by
 * a dry run (nothing written), whose counts, changes and problems are shown; only a dry run without problems
 * and with changes offers "Áp dụng", which after a confirmation sends the same bytes and date with dryRun=false.
 */
export default function AdministrativeUnitImport() {
  const { t } = useI18n();
  const w = useAdminText().unitImport;
  const check = useCheckAdministrativeUnits();
  const apply = useApplyAdministrativeUnits();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(todayIso);
  const [dateError, setDateError] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [applied, setApplied] = useState<AreaImport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reading, setReading] = useState(false);

  const problemText = { type: w.fileType, size: w.fileTooLarge, empty: w.fileEmpty } as const;

  // Another file or date is another import: the dry run shown no longer speaks for it.
  const forget = () => {
    check.reset();
    apply.reset();
    setChecked(null);
    setApplied(null);
  };

  const choose = (next: File | null) => {
    setFile(next);
    forget();
    const problem = next ? checkUnitFile(next) : null;
    setFileError(problem ? problemText[problem] : null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = file ? checkUnitFile(file) : null;
    if (!file || problem) setFileError(problem ? problemText[problem] : t.validation.required);
    if (!effectiveFrom) setDateError(t.validation.required);
    if (!file || problem || !effectiveFrom) return;
    forget();
    setReading(true);
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      setFileError(t.common.loadFailed);
      return;
    } finally {
      setReading(false);
    }
    const fileName = file.name;
    const date = effectiveFrom;
    check.mutate(
      { bytes, effectiveFrom: date },
      {
        onSuccess: (outcome) => setChecked({ fileName, bytes, effectiveFrom: date, outcome, idempotencyKey: newUuid() }),
        // A date that would close a unit before it began is the date's problem: say so at the field too.
        onError: (error) => {
          const dated = error instanceof ApiError ? error.errors.find((item) => item.field === 'effectiveFrom') : undefined;
          if (dated) setDateError(dated.message);
        },
      },
    );
  };

  const confirmApply = () => {
    if (!checked) return;
    apply.mutate(
      { bytes: checked.bytes, effectiveFrom: checked.effectiveFrom, idempotencyKey: checked.idempotencyKey },
      {
        onSuccess: (outcome) => {
          setConfirming(false);
          setChecked(null);
          setApplied(outcome);
          setFile(null);
        },
      },
    );
  };

  const closing = checked?.outcome.changes.filter((change) => change.kind === 'CLOSED') ?? [];
  const communesClosed = closing.filter((change) => change.level === 'COMMUNE').length;
  const provincesClosed = closing.length - communesClosed;
  const canApply = checked !== null && checked.outcome.counts.total > 0;

  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="unit-import-file-title" padding="md">
        <Stack gap="sm">
          <Title order={3} fz="lg" id="unit-import-file-title">
            {w.title}
          </Title>
          <Text size="sm" c="dimmed">
            {w.subtitle}
          </Text>
          <ExpectedFile />
          <form onSubmit={(event) => void submit(event)} noValidate aria-label={w.title}>
            <Stack gap="sm" maw={480}>
              <FileInput
                label={w.file}
                placeholder={w.filePlaceholder}
                accept=".csv,text/csv"
                value={file}
                onChange={choose}
                error={fileError}
                clearable
                withAsterisk
              />
              <DateField
                label={w.effectiveFrom}
                description={w.effectiveFromHint}
                value={effectiveFrom}
                onChange={(iso) => {
                  setEffectiveFrom(iso);
                  setDateError(null);
                  forget();
                }}
                error={dateError}
                withAsterisk
              />
              <Group>
                <Button type="submit" loading={reading || check.isPending} disabled={Boolean(fileError) || apply.isPending}>
                  {w.check}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      </Card>

      {check.isError ? <Refusal error={check.error} title={w.checkFailed} /> : null}

      {checked ? (
        <Card withBorder component="section" aria-labelledby="unit-import-check-title" padding="md">
          <Stack gap="sm">
            <Title order={3} fz="lg" id="unit-import-check-title">
              {w.checkedTitle(checked.fileName)}
            </Title>
            <Outcome title={w.checkedNote} outcome={checked.outcome} />
            {canApply ? (
              <Group>
                <Button color="orange" onClick={() => setConfirming(true)}>
                  {w.apply}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Card>
      ) : null}

      {applied ? (
        <Card withBorder component="section" aria-labelledby="unit-import-applied-title" padding="md">
          <Stack gap="sm">
            <Title order={3} fz="lg" id="unit-import-applied-title">
              {w.appliedTitle}
            </Title>
            <Outcome
              title={w.applied(formatNumber(applied.counts.total), formatDate(applied.effectiveFrom))}
              note={applied.importId === null ? undefined : w.importNumber(String(applied.importId))}
              outcome={applied}
            />
          </Stack>
        </Card>
      ) : null}

      {confirming && checked ? (
        <Modal opened onClose={() => !apply.isPending && setConfirming(false)} title={w.applyTitle} centered>
          <Stack gap="md">
            <Text size="sm" fw={600}>
              {w.applyCommunesClosed(formatNumber(communesClosed), formatDate(checked.effectiveFrom))}
            </Text>
            {provincesClosed > 0 ? <Text size="sm">{w.applyProvincesClosed(formatNumber(provincesClosed))}</Text> : null}
            <Text size="sm">{w.applyTotal(formatNumber(checked.outcome.counts.total))}</Text>
            <Text size="sm">{w.applyKept}</Text>
            {apply.isError ? <Refusal error={apply.error} title={w.applyFailed} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(false)} disabled={apply.isPending}>
                {t.common.cancel}
              </Button>
              <Button color="orange" loading={apply.isPending} onClick={confirmApply}>
                {w.applyConfirm}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Stack>
  );
}
