import { describe, expect, it } from 'vitest';
import { dispositionsOption, lettersOption, responseOption, valueLabel } from './stats-charts.ts';

const unit = {
  unitId: 'u',
  unitCode: 'DIS-A',
  unitName: 'Dinas A',
  open: 3,
  overdue: 1,
  completed: 2,
  medianResponseHours: 30,
  responseCount: 2,
};
const month = (m: number, incoming: number, outgoing: number) => ({ month: m, incoming, outgoing });

describe('stats chart labels', () => {
  it('prints the number on a bar and nothing on an empty one', () => {
    const { formatter } = valueLabel('top');
    expect(formatter({ value: 7 })).toBe('7');
    expect(formatter({ value: 0 })).toBe('');
  });

  it('labels every bar series of the three charts', () => {
    const series = [
      ...lettersOption([month(1, 2, 0)], ['Jan'], { incoming: 'Masuk', outgoing: 'Keluar' }).series,
      ...dispositionsOption([unit], { onTime: 'Terbuka', overdue: 'Terlambat' }).series,
      ...responseOption([unit], 'Median').series,
    ];
    expect(series).toHaveLength(5);
    for (const s of series) expect(s.label.show).toBe(true);
  });
});
