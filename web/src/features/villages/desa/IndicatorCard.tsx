import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { type AccountabilityIndicatorView, type AccountabilityView, QUARTERS, type Quarter } from './desa.api.ts';
import type { OutboxItem } from './outbox-core.ts';

type QuarterView = AccountabilityIndicatorView['quarters'][number];
type Band = AccountabilityView['bands'][number];

const STATUS_COLOR: Record<string, string> = { draft: 'gray', submitted: 'blue', verified: 'green', returned: 'orange' };

/** A decimal string in the UI locale (`85.5` → `85,5`), kept as text (no float arithmetic). */
export function localDecimal(value: string): string {
  const [whole, fraction] = value.split('.');
  const grouped = Number(whole).toLocaleString(currentLocale());
  const separator = currentLocale() === 'id-ID' ? ',' : '.';
  return fraction ? `${grouped}${separator}${fraction}` : grouped;
}

/** True when the desa may still enter or change this quarter (nothing yet, a draft, or returned by the kecamatan). */
export function isEditable(quarter: QuarterView | undefined): boolean {
  const status = quarter?.realization?.status;
  return !status || status === 'draft' || status === 'returned';
}

function CapaianBadge({ capaian, bands }: { capaian: { value: string; band: string | null } | null; bands: Band[] }) {
  if (!capaian) return null;
  const band = bands.find((b) => b.code === capaian.band);
  return (
    <Badge color={band?.color ?? 'gray'} variant="light">
      {localDecimal(capaian.value)}%{band ? ` · ${band.label}` : ''}
    </Badge>
  );
}

interface QuarterButtonProps {
  quarter: Quarter;
  view: QuarterView | undefined;
  local: OutboxItem | undefined;
  canSubmit: boolean;
  bands: Band[];
  onOpen: () => void;
}

function QuarterButton({ quarter, view, local, canSubmit, bands, onOpen }: QuarterButtonProps) {
  const { t } = useTranslation();
  const status = view?.realization?.status;
  const label = local
    ? t(`villagesDesa.state.${local.state}`)
    : status
      ? t(`villagesDesa.status.${status}`)
      : t('villagesDesa.status.none');
  const color = local ? 'yellow' : status ? STATUS_COLOR[status] : 'gray';
  const value = local?.body.value ?? view?.realization?.value;
  return (
    <Stack gap={4}>
      <Button
        variant="light"
        color={color}
        size="lg"
        h="auto"
        py={8}
        fullWidth
        styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
        onClick={onOpen}
        disabled={!canSubmit || !isEditable(view) || local?.state === 'sending'}
        aria-label={t('villagesDesa.quarterAria', { quarter, status: label })}
      >
        <Stack gap={0} align="center">
          <Text fw={700} size="md" inherit>
            {quarter}
          </Text>
          <Text size="sm" fw={500} lh={1.3}>
            {label}
          </Text>
          {value !== undefined ? (
            <Text size="sm" fw={700} lh={1.3}>
              {localDecimal(value)}
            </Text>
          ) : null}
        </Stack>
      </Button>
      <CapaianBadge capaian={view?.capaian ?? null} bands={bands} />
    </Stack>
  );
}

/** One indicator: target, the year's capaian, four quarter buttons with their status, and returned notes. */
export function IndicatorCard(props: {
  indicator: AccountabilityIndicatorView;
  view: AccountabilityView;
  localOf: (indicatorId: string, quarter: Quarter) => OutboxItem | undefined;
  onOpen: (quarter: Quarter) => void;
}) {
  const { t } = useTranslation();
  const { indicator, view } = props;
  const returned = indicator.quarters.filter((q) => q.realization?.status === 'returned' && q.realization.returnNote);
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={`ind-${indicator.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title id={`ind-${indicator.id}`} order={2} size="h5">
            {indicator.code} · {indicator.name}
          </Title>
          <Badge variant="outline" style={{ flexShrink: 0 }}>
            {t(`villagesDesa.kind.${indicator.kind}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {indicator.target.value !== null
            ? t('villagesDesa.targetLine', { value: localDecimal(indicator.target.value), unit: indicator.unit })
            : t('villagesDesa.noTarget')}
        </Text>
        {indicator.yearCapaian ? (
          <Group gap="xs">
            <Text size="sm">{t('villagesDesa.yearCapaian', { upTo: indicator.yearCapaian.upTo })}</Text>
            <CapaianBadge capaian={indicator.yearCapaian} bands={view.bands} />
          </Group>
        ) : null}
        <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs">
          {QUARTERS.map((q) => (
            <QuarterButton
              key={q}
              quarter={q}
              view={indicator.quarters.find((x) => x.quarter === q)}
              local={props.localOf(indicator.id, q)}
              canSubmit={view.canSubmit}
              bands={view.bands}
              onOpen={() => props.onOpen(q)}
            />
          ))}
        </SimpleGrid>
        {returned.map((q) => (
          <Alert key={q.quarter} color="orange" variant="light" title={t('villagesDesa.returnedIn', { quarter: q.quarter })}>
            {q.realization?.returnNote}
          </Alert>
        ))}
      </Stack>
    </Card>
  );
}
