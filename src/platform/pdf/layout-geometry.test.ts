import { describe, expect, it } from 'vitest';
import { labelColumnWidth, tableColumnWidths, toPdfRect } from './layout-geometry.ts';

describe('toPdfRect', () => {
  it('flips y so the origin is the bottom-left corner of the page', () => {
    expect(toPdfRect({ x: 300, top: 600, width: 200, height: 70 }, 841.89)).toEqual({
      x: 300,
      y: 841.89 - 670,
      width: 200,
      height: 70,
    });
  });

  it('maps a box touching the top edge to y = page height − box height', () => {
    expect(toPdfRect({ x: 0, top: 0, width: 10, height: 20 }, 800).y).toBe(780);
  });
});

describe('labelColumnWidth', () => {
  it('takes the widest label but never more than the cap', () => {
    expect(labelColumnWidth([40, 72, 55], 100)).toBe(72);
    expect(labelColumnWidth([40, 172], 100)).toBe(100);
    expect(labelColumnWidth([], 100)).toBe(0);
  });
});

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('tableColumnWidths', () => {
  it('always fills the table width exactly', () => {
    const cases: [number[], number[]][] = [
      [
        [30, 120, 400, 140],
        [20, 60, 90, 70],
      ],
      [
        [30, 60],
        [20, 30],
      ],
      [
        [300, 300, 300],
        [200, 200, 200],
      ],
    ];
    for (const [natural, minimum] of cases) expect(sum(tableColumnWidths(natural, minimum, 460))).toBeCloseTo(460);
  });

  it('keeps narrow columns (No., dates) on one line and gives the rest to the wide column', () => {
    const widths = tableColumnWidths([30, 120, 400, 140], [20, 60, 90, 70], 460);
    expect(widths[0]).toBeCloseTo(30);
    expect(widths[1]).toBeCloseTo(120);
    expect(widths[3]).toBeCloseTo(140);
    expect(widths[2]).toBeCloseTo(170);
  });

  it('widens every column in proportion when all fit on one line', () => {
    const widths = tableColumnWidths([50, 150], [20, 40], 400);
    expect(widths[1] / widths[0]).toBeCloseTo(3);
  });

  it('never goes below a column’s longest word when the words fit at all', () => {
    const minimum = [150, 150, 100];
    const widths = tableColumnWidths([400, 400, 300], minimum, 460);
    for (const [index, width] of widths.entries()) expect(width).toBeGreaterThanOrEqual(minimum[index] - 1e-9);
  });

  it('shrinks the minimums in proportion when even they do not fit', () => {
    const widths = tableColumnWidths([400, 400], [300, 100], 200);
    expect(widths[0]).toBeCloseTo(150);
    expect(widths[1]).toBeCloseTo(50);
  });
});
