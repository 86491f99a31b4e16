import { Badge, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { DateTime } from '../../../ui/DateTime.tsx';
import { SimpleTable } from '../../../ui/SimpleTable.tsx';
import { formatDecimal } from '../agreements/agreement-format.ts';
import { BandChip, NoWrap } from './BandChip.tsx';
import type { IndicatorDashboardView } from './dashboard.api.ts';
import { formatPercent, periodName } from './dashboard-format.ts';

type View = IndicatorDashboardView;
type Result = View['results'][number];
type Target = View['targets'][number];
type Realisasi = View['realisasi'][number];

/** A titled section around one table. */
function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Computed, or not computable with the engine's reason under it. */
function StateCell({ result }: { result: Result }) {
  const { t } = useTranslation();
  if (result.state === 'computed') return t('esakipDashboard.indicator.computed');
  return (
    <Stack gap={2}>
      <Text size="sm">{t('esakipDashboard.indicator.notComputable')}</Text>
      <Text size="xs" c="dimmed">
        {result.reasonMessage ?? result.reason}
      </Text>
    </Stack>
  );
}

/** The engine version and the short hash of the settings that produced the result. */
function EngineCell({ result }: { result: Result }) {
  return (
    <Stack gap={2} align="flex-start">
      <Code>{result.engineVersion}</Code>
      {result.settingsHash ? <Code title={result.settingsHash}>{result.settingsHash.slice(0, 10)}</Code> : null}
    </Stack>
  );
}

/** When the result was computed, and whether it is still current (same engine and settings). */
function ComputedCell({ result }: { result: Result }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">
        <DateTime iso={result.computedAt} />
      </Text>
      {result.current ? (
        <Badge color="green" variant="light" size="sm">
          {t('esakipDashboard.indicator.currentYes')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light" size="sm" title={t('esakipDashboard.indicator.currentHint')}>
          {t('esakipDashboard.indicator.currentNo')}
        </Badge>
      )}
    </Stack>
  );
}

/** Every stored capaian of the year: state, value and band, the not-computable reason, engine version and settings. */
export function ResultsTable({ view }: { view: View }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const k = (key: string) => t(`esakipDashboard.indicator.${key}`);
  const dec = (v: string | null) => (v === null ? t('esakipDashboard.none') : formatDecimal(v, locale));
  return (
    <Section id="dash-results-title" title={k('resultsTitle')}>
      <SimpleTable<Result>
        caption={t('esakipDashboard.indicator.resultsCaption', { year: view.year })}
        testId="dash-results-table"
        minWidth={820}
        rows={view.results}
        rowKey={(r) => `${r.period}-${r.computedAt}-${r.engineVersion}`}
        emptyText={k('resultsEmpty')}
        columns={[
          {
            key: 'period',
            header: t('esakipDashboard.unit.period'),
            rowHeader: true,
            render: (r) => <NoWrap>{periodName(r.period, locale, t)}</NoWrap>,
          },
          { key: 'state', header: k('state'), render: (r) => <StateCell result={r} /> },
          { key: 'value', header: k('capaian'), render: (r) => <NoWrap>{formatPercent(r.value, locale, t)}</NoWrap> },
          {
            key: 'band',
            header: t('esakipDashboard.unit.category'),
            render: (r) => (r.state === 'computed' ? <BandChip bands={view.bands} code={r.band} /> : t('esakipDashboard.none')),
          },
          {
            key: 'realisasi',
            header: k('realisasiTarget'),
            render: (r) =>
              r.realisasi === null && r.targetUsed === null
                ? t('esakipDashboard.none')
                : `${dec(r.realisasi)} / ${dec(r.targetUsed)}`,
          },
          { key: 'formula', header: k('formula'), render: (r) => r.formula ?? t('esakipDashboard.none') },
          { key: 'engine', header: k('engine'), render: (r) => <EngineCell result={r} /> },
          { key: 'at', header: k('computedAt'), render: (r) => <ComputedCell result={r} /> },
        ]}
      />
    </Section>
  );
}

/** The target as read: a number, a range or a text, with the unit of measure. */
function targetText(target: Target, unit: string, locale: string): string {
  const suffix = unit ? ` ${unit}` : '';
  if (target.kind === 'range') return `${formatDecimal(target.min, locale)}–${formatDecimal(target.max, locale)}${suffix}`;
  if (target.kind === 'text') return target.text ?? '';
  return `${formatDecimal(target.value, locale)}${suffix}`;
}

/** The indicator's targets of the year (annual and per period). */
export function TargetsTable({ view }: { view: View }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="dash-targets-title" title={t('esakipDashboard.indicator.targetsTitle')}>
      <SimpleTable<Target>
        caption={t('esakipDashboard.indicator.targetsCaption', { year: view.year })}
        testId="dash-targets-table"
        minWidth={320}
        rows={view.targets}
        rowKey={(r) => r.period ?? 'Y'}
        emptyText={t('esakipDashboard.indicator.targetsEmpty')}
        columns={[
          {
            key: 'period',
            header: t('esakipDashboard.unit.period'),
            rowHeader: true,
            render: (r) => periodName(r.period, locale, t),
          },
          {
            key: 'kind',
            header: t('esakipDashboard.indicator.kind.title'),
            render: (r) => t(`esakipDashboard.indicator.kind.${r.kind}`),
          },
          {
            key: 'target',
            header: t('esakipDashboard.indicator.target'),
            render: (r) => targetText(r, view.indicator.unitOfMeasure, locale),
          },
        ]}
      />
    </Section>
  );
}

/** The realisasi value, with its numerator and denominator when it was entered as a ratio. */
function realisasiText(r: Realisasi, dec: (v: string | null) => string): string {
  if (r.numerator === null && r.denominator === null) return dec(r.value);
  return `${dec(r.value)} (${dec(r.numerator)} / ${dec(r.denominator)})`;
}

/** Every realisasi of the year with its review status (draft and returned ones do not count for capaian). */
export function RealisasiTable({ view }: { view: View }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const dec = (v: string | null) => (v === null ? t('esakipDashboard.none') : formatDecimal(v, locale));
  const statusColor = { draft: 'gray', submitted: 'blue', verified: 'green', returned: 'orange' } as const;
  return (
    <Section id="dash-realisasi-title" title={t('esakipDashboard.indicator.realisasiTitle')}>
      <SimpleTable<Realisasi>
        caption={t('esakipDashboard.indicator.realisasiCaption', { year: view.year })}
        testId="dash-realisasi-table"
        minWidth={320}
        rows={view.realisasi}
        rowKey={(r) => r.period}
        emptyText={t('esakipDashboard.indicator.realisasiEmpty')}
        columns={[
          {
            key: 'period',
            header: t('esakipDashboard.unit.period'),
            rowHeader: true,
            render: (r) => periodName(r.period, locale, t),
          },
          { key: 'value', header: t('esakipDashboard.indicator.value'), render: (r) => realisasiText(r, dec) },
          {
            key: 'status',
            header: t('esakipDashboard.indicator.status'),
            render: (r) => (
              <Badge color={statusColor[r.status]} variant="light" size="sm">
                {t(`esakipDashboard.indicator.statusName.${r.status}`)}
              </Badge>
            ),
          },
        ]}
      />
    </Section>
  );
}
