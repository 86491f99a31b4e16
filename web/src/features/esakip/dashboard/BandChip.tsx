import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BandView } from './dashboard.api.ts';
import { bandOf, NO_BAND_COLOR } from './dashboard-format.ts';

/** A small colour dot; decorative (the label next to it carries the meaning). */
function Dot({ color }: { color: string }) {
  return (
    <Box
      component="span"
      aria-hidden
      style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 6, background: color, flex: 'none' }}
    />
  );
}

/** The band of a value as a colour dot and its label (never colour alone); "no band" when there is none. */
export function BandChip({ bands, code }: { bands: readonly BandView[]; code: string | null | undefined }) {
  const { t } = useTranslation();
  const band = bandOf(bands, code);
  return (
    <Group gap={6} wrap="nowrap" component="span" data-band={band?.code ?? ''}>
      <Dot color={band?.color ?? NO_BAND_COLOR} />
      <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
        {band?.label ?? (code || t('esakipDashboard.band.none'))}
      </Text>
    </Group>
  );
}

/** Text kept on one line (period names and percents in narrow table columns). */
export function NoWrap({ children }: { children: React.ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}

/** The band table as a legend: each band's colour and label, in the table's order. */
export function BandLegend({ bands }: { bands: readonly BandView[] }) {
  const { t } = useTranslation();
  return (
    <Group
      gap="md"
      component="ul"
      aria-label={t('esakipDashboard.band.legend')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {bands.map((band) => (
        <Group key={band.code} gap={6} wrap="nowrap" component="li">
          <Dot color={band.color} />
          <Text span size="sm">
            {band.label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
