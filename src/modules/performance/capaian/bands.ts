/**
 * Band tables (§3.2: merah/kuning/hijau, "predikat capaian"): a per-tenant list of half-open
 * intervals. By default a band is [min, max); with `max_inclusive` it is (min, max], the convention
 * of the predikat rules (§3.4). An absent min/max is open below/above. Validation reports every
 * problem: empty table, bad numbers or colours, duplicate codes, empty intervals, order, gaps, overlaps.
 */
import type { Decimal } from 'decimal.js';
import type { BandBoundary, BandDefinition, BilingualMessage } from './capaian.types.ts';
import { parseDecimal } from './decimal.ts';
import type { EngineNumber } from './numeric.ts';

/** A problem in a band table; `index` is the row (0-based) it concerns. */
export interface BandTableProblem {
  readonly code:
    | 'empty'
    | 'missing_code'
    | 'duplicate_code'
    | 'invalid_number'
    | 'invalid_color'
    | 'empty_interval'
    | 'not_ordered'
    | 'open_bound_inside'
    | 'gap'
    | 'overlap';
  readonly index: number;
  readonly message: BilingualMessage;
}

/** A band with parsed bounds (null = open). */
export interface ParsedBand<N = Decimal> {
  readonly band: BandDefinition;
  readonly min: N | null;
  readonly max: N | null;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Builds one problem. */
function problem(code: BandTableProblem['code'], index: number, id: string, en: string): BandTableProblem {
  return { code, index, message: { id, en } };
}

/** Parses a bound: absent → null (open), a decimal, or 'invalid'. */
function parseBound(text: string | null | undefined): Decimal | null | 'invalid' {
  if (text === undefined || text === null) return null;
  return parseDecimal(text) ?? 'invalid';
}

/** Checks one row on its own: code, colour, numbers and a non-empty interval. */
function rowProblems(band: BandDefinition, index: number, seen: Set<string>): BandTableProblem[] {
  const problems: BandTableProblem[] = [];
  if (!band.code?.trim())
    problems.push(problem('missing_code', index, 'Kode kategori wajib diisi.', 'The band code is required.'));
  else if (seen.has(band.code))
    problems.push(
      problem('duplicate_code', index, `Kode ${band.code} dipakai lebih dari sekali.`, `Code ${band.code} is used twice.`),
    );
  seen.add(band.code);
  if (!COLOR.test(band.color ?? ''))
    problems.push(problem('invalid_color', index, 'Warna harus berbentuk #rrggbb.', 'The colour must look like #rrggbb.'));
  const min = parseBound(band.min);
  const max = parseBound(band.max);
  if (min === 'invalid' || max === 'invalid')
    problems.push(
      problem('invalid_number', index, 'Batas kategori harus berupa angka desimal.', 'Band bounds must be decimals.'),
    );
  else if (min && max && !min.lt(max))
    problems.push(
      problem(
        'empty_interval',
        index,
        'Batas bawah kategori harus lebih kecil daripada batas atasnya.',
        'A band’s min must be below its max.',
      ),
    );
  return problems;
}

/** Checks how row `index` joins the previous row: open bounds in the middle, order, gap or overlap. */
function joinProblems(previous: ParsedBand, current: ParsedBand, index: number): BandTableProblem[] {
  if (previous.max === null || current.min === null)
    return [
      problem(
        'open_bound_inside',
        index,
        'Hanya kategori pertama/terakhir yang boleh tanpa batas bawah/atas.',
        'Only the first/last band may be open below/above.',
      ),
    ];
  if (previous.min && current.min.lte(previous.min))
    return [problem('not_ordered', index, 'Kategori harus urut dari nilai terendah.', 'Bands must be ordered from the lowest.')];
  if (previous.max.lt(current.min))
    return [problem('gap', index, `Ada celah sebelum kategori ke-${index + 1}.`, `There is a gap before band ${index + 1}.`)];
  if (previous.max.gt(current.min))
    return [
      problem('overlap', index, `Kategori ke-${index + 1} tumpang tindih.`, `Band ${index + 1} overlaps the previous one.`),
    ];
  return [];
}

/** Validates a band table; an empty list means it is usable (ordered, no gap, no overlap). */
export function validateBandTable(bands: readonly BandDefinition[]): BandTableProblem[] {
  if (bands.length === 0) return [problem('empty', 0, 'Tabel kategori capaian belum diisi.', 'The band table is empty.')];
  const seen = new Set<string>();
  const problems = bands.flatMap((band, index) => rowProblems(band, index, seen));
  if (problems.length > 0) return problems;
  const parsed = parseBands(bands);
  for (let index = 1; index < parsed.length; index++) problems.push(...joinProblems(parsed[index - 1], parsed[index], index));
  return problems;
}

/** Parses the bounds of a table already validated (invalid bounds count as open). */
export function parseBands(bands: readonly BandDefinition[]): ParsedBand[] {
  return bands.map((band) => {
    const min = parseBound(band.min);
    const max = parseBound(band.max);
    return { band, min: min === 'invalid' ? null : min, max: max === 'invalid' ? null : max };
  });
}

/** True when `value` lies in the band under the boundary convention. */
function contains<N extends EngineNumber<N>>(parsed: ParsedBand<N>, value: N, boundary: BandBoundary): boolean {
  if (boundary === 'max_inclusive')
    return (parsed.min === null || value.gt(parsed.min)) && (parsed.max === null || value.lte(parsed.max));
  return (parsed.min === null || value.gte(parsed.min)) && (parsed.max === null || value.lt(parsed.max));
}

/** The band holding a value among parsed bands, or null when none covers it. */
export function findParsedBand<N extends EngineNumber<N>>(
  parsed: readonly ParsedBand<N>[],
  value: N,
  boundary: BandBoundary,
): BandDefinition | null {
  return parsed.find((row) => contains(row, value, boundary))?.band ?? null;
}

/** The band holding a capaian (decimal string), or null when none covers it or the value is not a decimal. */
export function findBand(
  bands: readonly BandDefinition[],
  value: string,
  boundary: BandBoundary = 'min_inclusive',
): BandDefinition | null {
  const number = parseDecimal(value);
  return number ? findParsedBand(parseBands(bands), number, boundary) : null;
}
