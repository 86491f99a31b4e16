/** Rupiah as printed in official documents: `Rp1.250.000.000,00` (dots for thousands, a comma and two decimals). */
import { Dec } from './capaian/decimal.ts';

/** Formats a money text (a plain decimal string) exactly, rounding half-up to whole sen; never through a float. */
export function formatRupiah(amount: string): string {
  const fixed = new Dec(amount).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
  const negative = fixed.startsWith('-');
  const [whole, sen] = (negative ? fixed.slice(1) : fixed).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}Rp${grouped},${sen}`;
}
