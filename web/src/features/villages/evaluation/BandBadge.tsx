import { Badge } from '@mantine/core';
import { bandColor } from './village-evaluation.api.ts';

/** A desa's category band as a coloured badge with its label (never colour alone). */
export function BandBadge({ bands, code, label }: { bands: readonly { code: string }[]; code: string; label: string }) {
  return (
    <Badge color={bandColor(bands, code)} variant="light" radius="sm" data-band={code}>
      {label}
    </Badge>
  );
}
