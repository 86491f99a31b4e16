import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../app/i18n/index.ts';
import { SimpleTable } from '../../../ui/SimpleTable.tsx';
import { useIsPhone } from '../../esakip/agreements/use-phone.ts';
import type { EvaluationSummary, PredikatBandView } from '../evaluation.api.ts';
import { formatScore } from '../evaluation-format.ts';
import { PredikatBadge } from '../PredikatBadge.tsx';
import { EvaluationStatusBadge } from '../StatusBadge.tsx';

interface ListProps {
  year: number;
  rows: EvaluationSummary[];
  bands: readonly PredikatBandView[];
  onTrend: (unitId: string) => void;
}

const worksheetPath = (id: string) => `/evaluasi-sakip/${encodeURIComponent(id)}`;

/** One evaluation as a card (phone). */
function EvaluationCard({ row, bands, onTrend }: { row: EvaluationSummary } & Omit<ListProps, 'rows' | 'year'>) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Anchor component={Link} to={worksheetPath(row.id)} fw={600}>
          {row.unitName}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <EvaluationStatusBadge status={row.status} />
          <PredikatBadge code={row.predikat} label={row.predikatLabel} bands={bands} size="sm" />
        </Group>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('evaluation.list.totalIs', { total: formatScore(row.total, currentLocale()) })}</Text>
          <Button variant="subtle" size="compact-sm" onClick={() => onTrend(row.unitId)}>
            {t('evaluation.list.trend')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The year's evaluations: a table on a wide screen, cards on a phone; each opens its worksheet. */
export function EvaluationList({ year, rows, bands, onTrend }: ListProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const locale = currentLocale();
  if (phone)
    return rows.length === 0 ? (
      <Text c="dimmed">{t('evaluation.list.empty', { year })}</Text>
    ) : (
      <Stack
        gap="xs"
        component="ul"
        aria-label={t('evaluation.list.caption', { year })}
        style={{ listStyle: 'none', padding: 0 }}
      >
        {rows.map((row) => (
          <EvaluationCard key={row.id} row={row} bands={bands} onTrend={onTrend} />
        ))}
      </Stack>
    );
  return (
    <SimpleTable<EvaluationSummary>
      caption={t('evaluation.list.caption', { year })}
      testId="evaluation-list"
      minWidth={560}
      rows={rows}
      rowKey={(r) => r.id}
      emptyText={t('evaluation.list.empty', { year })}
      columns={[
        {
          key: 'unit',
          header: t('evaluation.list.unit'),
          rowHeader: true,
          render: (r) => (
            <Anchor component={Link} to={worksheetPath(r.id)} fz="sm">
              {r.unitName}
            </Anchor>
          ),
        },
        { key: 'status', header: t('evaluation.list.status'), render: (r) => <EvaluationStatusBadge status={r.status} /> },
        { key: 'total', header: t('evaluation.list.total'), render: (r) => formatScore(r.total, locale) },
        {
          key: 'predikat',
          header: t('evaluation.list.predikat'),
          render: (r) => <PredikatBadge code={r.predikat} label={r.predikatLabel} bands={bands} size="sm" />,
        },
        {
          key: 'trend',
          header: t('evaluation.list.trendHeader'),
          render: (r) => (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => onTrend(r.unitId)}
              aria-label={t('evaluation.list.trendOf', { name: r.unitName })}
            >
              {t('evaluation.list.trend')}
            </Button>
          ),
        },
      ]}
    />
  );
}
