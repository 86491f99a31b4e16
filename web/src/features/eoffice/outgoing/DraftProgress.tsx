import { Badge, Button, Code, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { WIB } from '../../verification/verification-format.ts';
import { type DraftView, fetchDiff, outgoingKeys } from './outgoing.api.ts';
import { versionNumbers } from './outgoing-draft.ts';
import { usePositions } from './positions.tsx';

const STEP_COLOR: Record<string, string> = { pending: 'gray', approved: 'green', returned: 'orange' };

/** The approval steps of the current round: position, role, status, version, note and time. */
export function StepsTable({ draft }: { draft: DraftView }) {
  const { t } = useTranslation();
  const { labelOf } = usePositions();
  const round = Math.max(0, ...draft.steps.map((s) => s.round));
  const steps = draft.steps.filter((s) => s.round === round);
  if (steps.length === 0) return <Text c="dimmed">{t('outgoing.noSteps')}</Text>;
  // Times in WIB like every other e-Office screen, whatever the browser's own time zone.
  const date = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: WIB });
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table data-testid="draft-steps" captionSide="top">
        <Table.Caption>{t('outgoing.round', { round })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('outgoing.columns.position')}</Table.Th>
            <Table.Th>{t('outgoing.columns.role')}</Table.Th>
            <Table.Th>{t('outgoing.columns.status')}</Table.Th>
            <Table.Th>{t('outgoing.columns.note')}</Table.Th>
            <Table.Th>{t('outgoing.columns.time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((s) => (
            <Table.Tr key={s.id} aria-current={s.id === draft.dueStepId ? 'step' : undefined}>
              <Table.Td>{labelOf(s.positionId)}</Table.Td>
              <Table.Td>{t(`outgoing.stepRole.${s.role}`)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Badge color={STEP_COLOR[s.status]} variant="light" style={{ flexShrink: 0 }}>
                    {t(`outgoing.stepStatus.${s.status}`)}
                  </Badge>
                  {s.versionNo ? <Text size="xs">{t('outgoing.versionN', { n: s.versionNo })}</Text> : null}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{s.note ?? ''}</Table.Td>
              <Table.Td>{s.actedAt ? `${date.format(new Date(s.actedAt))} WIB` : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const OP_MARK = { same: ' ', added: '+', removed: '−' } as const;
const OP_COLOR = { same: undefined, added: 'var(--mantine-color-green-light)', removed: 'var(--mantine-color-red-light)' };

/** The list of versions and the line diff between two chosen ones. */
export function VersionsPanel({ draft }: { draft: DraftView }) {
  const { t } = useTranslation();
  const versions = versionNumbers(draft.version);
  const [from, setFrom] = useState(String(Math.max(1, draft.version - 1)));
  const [to, setTo] = useState(String(draft.version));
  const [shown, setShown] = useState<[number, number] | null>(null);
  const diff = useQuery({
    queryKey: outgoingKeys.diff(draft.id, shown?.[0] ?? 0, shown?.[1] ?? 0),
    queryFn: () => fetchDiff(draft.id, shown?.[0] ?? 1, shown?.[1] ?? 1),
    enabled: shown !== null,
  });
  const options = versions.map((v) => ({ value: String(v), label: t('outgoing.versionN', { n: v }) }));
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('outgoing.versions')}
      </Title>
      <Text size="sm">{versions.map((v) => t('outgoing.versionN', { n: v })).join(' · ')}</Text>
      {versions.length > 1 ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select
            label={t('outgoing.diffFrom')}
            data={options}
            value={from}
            onChange={(v) => v && setFrom(v)}
            w={140}
            allowDeselect={false}
          />
          <Select
            label={t('outgoing.diffTo')}
            data={options}
            value={to}
            onChange={(v) => v && setTo(v)}
            w={140}
            allowDeselect={false}
          />
          <Button variant="default" onClick={() => setShown([Number(from), Number(to)])}>
            {t('outgoing.showDiff')}
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={diff.error} />
      {diff.data ? (
        <Code block data-testid="version-diff" aria-label={t('outgoing.diffLabel', { a: diff.data.from, b: diff.data.to })}>
          {diff.data.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: diff lines are positional
            <div key={i} style={{ background: OP_COLOR[line.op] }}>
              {`${OP_MARK[line.op]} ${line.text}`}
            </div>
          ))}
        </Code>
      ) : null}
    </Stack>
  );
}
