import type { PdfRect } from './naskah-model.ts';

/** A rectangle in pdfkit's page coordinates: origin at the top-left corner, y growing downwards. */
export interface TopLeftRect {
  readonly x: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Converts a pdfkit top-left rectangle to PDF user space (origin bottom-left) on a page `pageHeight` tall. */
export function toPdfRect(rect: TopLeftRect, pageHeight: number): PdfRect {
  return { x: rect.x, y: pageHeight - rect.top - rect.height, width: rect.width, height: rect.height };
}

/** The width of a label column: the widest label, but never more than `maxWidth`. */
export function labelColumnWidth(labelWidths: readonly number[], maxWidth: number): number {
  return Math.min(Math.max(0, ...labelWidths), maxWidth);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Shares `space` among columns `indices` from their minimum up, in proportion to how much wider each would like to be. */
function shareAboveMinimum(
  indices: readonly number[],
  natural: readonly number[],
  minimum: readonly number[],
  space: number,
): number[] {
  const floors = indices.map((index) => Math.min(minimum[index], natural[index]));
  const floorSum = sum(floors);
  if (floorSum >= space) return floors.map((floor) => (floorSum === 0 ? space / floors.length : (floor / floorSum) * space));
  const wants = indices.map((index, position) => natural[index] - floors[position]);
  const wantSum = sum(wants);
  return floors.map((floor, position) => floor + (wantSum === 0 ? 0 : (wants[position] / wantSum) * (space - floorSum)));
}

/**
 * Column widths of a table `total` wide. `natural` is each column's widest one-line content, `minimum` its
 * longest word (both including padding). Narrow columns that fit within a fair share keep their natural width
 * (so "No." and dates do not wrap); the remaining columns share the rest from their minimum up. When every
 * column fits, the spare width is spread in proportion to the natural widths. Widths always add up to `total`.
 */
export function tableColumnWidths(natural: readonly number[], minimum: readonly number[], total: number): number[] {
  const widths: number[] = natural.map(() => 0);
  let open = natural.map((_, index) => index);
  let space = total;
  for (;;) {
    const fair = space / open.length;
    const fitting = open.filter((index) => natural[index] <= fair);
    if (fitting.length === 0) break;
    for (const index of fitting) widths[index] = natural[index];
    space -= sum(fitting.map((index) => natural[index]));
    open = open.filter((index) => !fitting.includes(index));
    if (open.length === 0) break;
  }
  if (open.length === 0) {
    const naturalSum = sum(natural);
    return natural.map((width) => (naturalSum === 0 ? total / natural.length : (width / naturalSum) * total));
  }
  const shared = shareAboveMinimum(open, natural, minimum, space);
  open.forEach((index, position) => {
    widths[index] = shared[position];
  });
  return widths;
}
