/** The what-if in plain Indonesian: the current score, the steps to the next predikat and the best single steps. */
import { describe, expect, it } from 'vitest';
import { mountPoint } from '../../../test-support/dom.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { BANDS, EVALUATING, WHAT_IF } from '../evaluation-fixtures.ts';
import { criterionIndex } from '../evaluation-format.ts';
import { WhatIfExplanation } from './WhatIfExplanation.tsx';

const mount = mountPoint();
const places = criterionIndex(EVALUATING.worksheet);
const text = () => mount.container.textContent ?? '';
const items = (testId: string) =>
  [...mount.container.querySelectorAll(`[data-testid="${testId}"] li`)].map((li) => li.textContent);

describe('WhatIfExplanation', () => {
  it('says where the score stands and which steps reach the next predikat', async () => {
    await renderWithProviders(mount, <WhatIfExplanation whatIf={WHAT_IF} places={places} />);
    expect(text()).toContain('Saat ini nilai penetapan evaluator adalah 67,44, predikat B (Baik).');
    expect(text()).toContain('Untuk mencapai predikat BB (Sangat Baik, nilai di atas 70), cukup 2 langkah berikut:');
    expect(items('eval-what-if-plan')).toEqual([
      '2.a.1 Terdapat pedoman teknis pengukuran kinerja: naikkan dari Tidak menjadi Ya, nilai bertambah 2,00 poin.',
      '1.b.2 Dokumen perencanaan dipublikasikan tepat waktu: naikkan dari belum dijawab menjadi D, nilai bertambah 1,50 poin.',
    ]);
    expect(text()).toContain('Dengan langkah-langkah ini nilai menjadi 70,94 dan predikat menjadi BB (Sangat Baik).');
  });

  it('ranks single steps with the new total and warns when a step breaks the kerangka logis', async () => {
    await renderWithProviders(mount, <WhatIfExplanation whatIf={WHAT_IF} places={places} />);
    expect(items('eval-what-if-ranked')).toEqual([
      '2.a.1 Terdapat pedoman teknis pengukuran kinerja: naikkan dari Tidak menjadi Ya, nilai bertambah 2,00 poin. Nilai menjadi 69,44.',
      '2.b.4 Pengukuran kinerja dilakukan secara berkala: naikkan dari C menjadi B, nilai bertambah 1,50 poin. Nilai menjadi 68,94. Perhatian: ini melanggar kerangka logis, naikkan dulu kriteria acuannya.',
    ]);
  });

  it('says AA is the top predikat, and says so when the next predikat cannot be reached', async () => {
    const aa = { ...WHAT_IF, total: '95.00', predikat: BANDS[0]!, nextPredikat: null };
    await renderWithProviders(mount, <WhatIfExplanation whatIf={aa} places={places} />);
    expect(text()).toContain('Predikat AA adalah predikat tertinggi');
    const stuck = { ...WHAT_IF, nextPredikat: null };
    await renderWithProviders(mount, <WhatIfExplanation whatIf={stuck} places={places} />);
    expect(text()).toContain('Predikat berikutnya tidak dapat dicapai');
    expect(text()).not.toContain('tertinggi');
  });
});
