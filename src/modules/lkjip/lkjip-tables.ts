/** Budget tables of the LKjIP (Bab III B), pure. */
import type { LkjipProgramme } from '../performance/index.ts';
import { percentId, ratioPercent, rupiahId, sumOf } from './lkjip-format.ts';
import type { LkjipBlock } from './lkjip-model.ts';

/** Pagu, realisasi and serapan summed over programmes; null when there is no budget. */
export function totalMoney(programmes: readonly LkjipProgramme[]) {
  if (programmes.length === 0) return null;
  const pagu = sumOf(programmes.map((p) => p.pagu));
  const realisasi = sumOf(programmes.map((p) => p.realisasi));
  return { pagu, realisasi, serapan: ratioPercent(realisasi, pagu) };
}

/** No | Kode | Program | Pagu | Realisasi | Serapan (%), with a total row. */
export function programmeTable(programmes: readonly LkjipProgramme[]): LkjipBlock {
  const rows = programmes.map((p, n) => [
    String(n + 1),
    p.code,
    p.name || '-',
    rupiahId(p.pagu),
    rupiahId(p.realisasi),
    p.serapan === null ? '-' : percentId(p.serapan),
  ]);
  const total = totalMoney(programmes);
  const totalRow = total
    ? [['', '', 'Jumlah', rupiahId(total.pagu), rupiahId(total.realisasi), total.serapan ? percentId(total.serapan) : '-']]
    : [];
  return { kind: 'table', header: ['No.', 'Kode', 'Program', 'Pagu', 'Realisasi', 'Serapan (%)'], rows: [...rows, ...totalRow] };
}
