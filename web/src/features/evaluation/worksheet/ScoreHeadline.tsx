import { Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import type { EvaluationView, PredikatBandView } from '../evaluation.api.ts';
import { drawNumber, formatScore, predikatHex } from '../evaluation-format.ts';
import { PredikatBadge } from '../PredikatBadge.tsx';

/** The bands 0–100 as one coloured bar (lowest left) with a marker at the total; an image with a text alternative. */
export function BandBar({ bands, total, label }: { bands: readonly PredikatBandView[]; total: string; label: string }) {
  const ascending = [...bands].sort((a, b) => Number(a.lo) - Number(b.lo));
  const at = Math.min(100, Math.max(0, drawNumber(total) ?? 0));
  return (
    <Box role="img" aria-label={label} pos="relative" pt={14}>
      <Box
        aria-hidden
        pos="absolute"
        top={0}
        style={{
          left: `calc(${at}% - 6px)`,
          width: 0,
          height: 0,
          borderLeft: '6px solid transparent',
          borderRight: '6px solid transparent',
          borderTop: '10px solid var(--mantine-color-text)',
        }}
      />
      <Group gap={0} wrap="nowrap" h={22} style={{ borderRadius: 4, overflow: 'hidden' }}>
        {ascending.map((b) => (
          <Box
            key={b.code}
            h="100%"
            style={{
              width: `${Number(b.hi) - Number(b.lo)}%`,
              background: predikatHex(b.code, bands),
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            <Text span size="xs" c="white" fw={700} aria-hidden>
              {b.code}
            </Text>
          </Box>
        ))}
      </Group>
    </Box>
  );
}

/** The total, predikat and its interpretation of the shown basis, prominently; the other basis and the final result below. */
export function ScoreHeadline({ view, bands }: { view: EvaluationView; bands: readonly PredikatBandView[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const final = view.finalResult;
  const basis = view.status === 'self_assessment' ? 'self' : 'final';
  const total = final?.total ?? view[basis].score.total;
  const predikat = final?.predikat ?? view[basis].predikat;
  const heading = final ? t('evaluation.headline.final') : t(`evaluation.headline.${basis}`);
  const shown = formatScore(total, locale);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="eval-headline-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="eval-headline-title">
          {heading}
        </Title>
        <Group gap="md" align="center" wrap="wrap">
          <Text fz={44} fw={800} lh={1} data-testid="eval-total">
            {shown}
          </Text>
          <PredikatBadge code={predikat.code} label={predikat.label} bands={bands} size="xl" />
        </Group>
        {predikat.interpretation ? (
          <Text size="sm" data-testid="eval-interpretation">
            {predikat.interpretation}
          </Text>
        ) : null}
        {bands.length > 0 ? (
          <BandBar
            bands={bands}
            total={total}
            label={t('evaluation.headline.bandBar', {
              total: shown,
              code: predikat.code,
              lo: formatScore(predikat.lo, locale),
              hi: formatScore(predikat.hi, locale),
            })}
          />
        ) : null}
        {basis === 'final' && !final ? (
          <Text size="sm" c="dimmed">
            {t('evaluation.headline.selfWas', {
              total: formatScore(view.self.score.total, locale),
              code: view.self.predikat.code,
            })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
