import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { formatLongDate, formatWib } from '../verification/verification-format.ts';
import type { DispositionView } from './eoffice.api.ts';
import { DispositionStatusBadge } from './LetterBadges.tsx';
import { buildTrackingTree, type TrackingNode } from './tracking-tree.ts';

const plain = { textTransform: 'none', minWidth: 'max-content' } as const;

function ReadLine({ d }: { d: DispositionView }) {
  const { t } = useTranslation();
  if (!d.readAt) return <Text size="sm">{t('eoffice.tracking.unread')}</Text>;
  const time = formatWib(d.readAt, currentLocale());
  return (
    <Text size="sm">
      {d.readByName ? t('eoffice.tracking.readBy', { time, name: d.readByName }) : t('eoffice.tracking.read', { time })}
    </Text>
  );
}

function NodeFacts({ d }: { d: DispositionView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap="md" wrap="wrap">
        <Text size="sm">{t('eoffice.tracking.age', { count: d.ageDays })}</Text>
        {d.deadline ? (
          <Text size="sm" c={d.overdue ? 'red.8' : undefined} fw={d.overdue ? 700 : undefined}>
            {t('eoffice.tracking.deadline', { date: formatLongDate(d.deadline, currentLocale()) })}
            {d.overdue ? ` — ${t('eoffice.tracking.overdue')}` : ''}
          </Text>
        ) : null}
        <ReadLine d={d} />
      </Group>
      {d.instructions.length > 0 ? <Text size="sm">{d.instructions.map((i) => i.label).join(', ')}</Text> : null}
      {d.note ? <Text size="sm">{t('eoffice.tracking.note', { note: d.note })}</Text> : null}
      {d.completionNote ? <Text size="sm">{t('eoffice.tracking.completion', { note: d.completionNote })}</Text> : null}
      {d.hasCompletionFile ? (
        <Text size="sm" c="dimmed">
          {t('eoffice.tracking.completionFile')}
        </Text>
      ) : null}
      {d.rejectionReason ? (
        <Text size="sm" c="red.8">
          {t('eoffice.tracking.rejection', { reason: d.rejectionReason })}
        </Text>
      ) : null}
    </Stack>
  );
}

interface TreeProps {
  /** Action buttons for a node (the ones the user may take), or nothing. */
  actionsFor?: (d: DispositionView) => ReactNode;
  /** Ids of dispositions addressed to me, marked "Untuk Anda". */
  mine?: ReadonlySet<string>;
}

function NodeItem({ node, actionsFor, mine }: TreeProps & { node: TrackingNode }) {
  const { t } = useTranslation();
  const d = node.disposition;
  return (
    <li data-testid="tracking-node" data-status={d.status} data-depth={d.depth}>
      <Paper withBorder p="sm" mb="xs" style={d.overdue ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
        <Stack gap={6}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{t('eoffice.tracking.fromTo', { from: d.fromPosition.name, to: d.toPosition.name })}</Text>
            <DispositionStatusBadge status={d.status} />
            {d.leading ? (
              <Badge color="violet" variant="outline" style={plain}>
                {t('eoffice.tracking.leading')}
              </Badge>
            ) : null}
            {mine?.has(d.id) ? (
              <Badge color="orange" variant="filled" style={plain}>
                {t('eoffice.tracking.mineTag')}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {t('eoffice.tracking.by', { name: d.fromName })} · {formatWib(d.createdAt, currentLocale())}
          </Text>
          <NodeFacts d={d} />
          {actionsFor?.(d)}
        </Stack>
      </Paper>
      {node.children.length > 0 ? <NodeList nodes={node.children} actionsFor={actionsFor} mine={mine} /> : null}
    </li>
  );
}

function NodeList({ nodes, label, ...rest }: TreeProps & { nodes: TrackingNode[]; label?: string }) {
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, paddingLeft: label ? 0 : 'var(--mantine-spacing-lg)' }}>
      {nodes.map((node) => (
        <NodeItem key={node.disposition.id} node={node} {...rest} />
      ))}
    </ul>
  );
}

/** The letter's disposition tree as nested lists: who sent what to whom, status, ageing, read time, notes, deadline. */
export function TrackingTree({ dispositions, ...rest }: TreeProps & { dispositions: DispositionView[] }) {
  const { t } = useTranslation();
  if (dispositions.length === 0) return <Text c="dimmed">{t('eoffice.tracking.empty')}</Text>;
  return (
    <section data-testid="tracking-tree">
      <NodeList nodes={buildTrackingTree(dispositions)} label={t('eoffice.tracking.treeLabel')} {...rest} />
    </section>
  );
}
