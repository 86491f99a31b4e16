/** The village worksheet form: "Dari data Pamong" next to pre-answers only, and the fill-from-data button. */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { VillageEvaluationView } from './village-evaluation.api.ts';
import { EvaluationForm } from './WorksheetForm.tsx';

const mount = mountPoint();
const BAND = { code: 'D', label: 'Kategori D', lo: '0', hi: '55.99', inferred: true, from: '0.00', to: '55.99' };
const yt = 'yt' as const;

function viewWith(answers: VillageEvaluationView['answers'], version = 3): VillageEvaluationView {
  return {
    ...{ id: 'ev1', regionId: 'r1', desaCode: '32.11.01.2001', desaName: 'Sukajaya', kecamatanName: 'Cimalaka' },
    ...{ year: 2025, status: 'draft', answers, band: BAND, final: null, version, canEdit: true },
    template: {
      ...{ code: 'sakip-desa', version: '2026.1', name: 'Lembar Kerja', rules: [] },
      components: [
        {
          ...{ id: '1', name: 'Perencanaan kinerja', weight: '100' },
          subComponents: [
            {
              ...{ id: '1.a', name: 'Dokumen', weight: '100', method: 'mean' },
              criteria: [
                { id: '1.a.1', text: 'RPJMDes telah ditetapkan', answerType: yt },
                { id: '1.a.2', text: 'RKPDes tahun berjalan telah ditetapkan', answerType: yt },
              ],
            },
          ],
        },
      ],
    },
    score: { exactTotal: '50', total: '50.00', components: [], unanswered: [] },
    blockers: { unanswered: [], violations: [] },
  };
}

const badges = () =>
  [...mount.container.querySelectorAll('[data-prefilled]')].map((b) => [b.getAttribute('data-prefilled'), b.textContent]);
const button = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const radio = (code: string, index: number) =>
  mount.container.querySelectorAll<HTMLInputElement>(`input[type="radio"][value="${code}"]`)[index]!;

describe('EvaluationForm (village worksheet)', () => {
  const loaded = viewWith({
    '1.a.1': { answer: 'Y', note: null, prefilledFrom: 'rpjmdes' },
    '1.a.2': { answer: 'T', note: null, prefilledFrom: null },
  });

  it('marks only the pre-answered criterion "Dari data Pamong", with its source read as the description', async () => {
    await renderWithProviders(mount, <EvaluationForm view={loaded} />);
    expect(badges()).toEqual([['1.a.1', 'Dari data Pamong']]);
    const groups = [...mount.container.querySelectorAll('[role="radiogroup"]')];
    const described = groups.map((g) =>
      mount.container.querySelector(`#${CSS.escape(g.getAttribute('aria-describedby') ?? '-')}`),
    );
    expect(described[0]?.textContent).toBe('Dari data Pamong RPJMDes final yang mencakup tahun ini');
    expect(described[1]).toBeNull();
    act(() => radio('T', 0).click());
    await settle();
    expect(badges()).toEqual([]); // changed by a person: no longer the data's answer
  });

  it('fills in from data with the version it was loaded at', async () => {
    const posts: { url: string; body: unknown }[] = [];
    const refreshed = viewWith(
      {
        '1.a.1': { answer: 'Y', note: null, prefilledFrom: 'rpjmdes' },
        '1.a.2': { answer: 'Y', note: null, prefilledFrom: 'rkpdes' },
      },
      4,
    );
    stubFetch(
      routeFetch([
        {
          match: '/api/villages/evaluations/ev1/prefill',
          method: 'POST',
          answer: ({ url, init }) => {
            posts.push({ url, body: JSON.parse(String(init?.body)) });
            return json(200, refreshed);
          },
        },
      ]),
    );
    await renderWithProviders(mount, <EvaluationForm view={viewWith({})} />);
    expect(badges()).toEqual([]);
    act(() => button('Isi dari data Pamong').click());
    await settle();
    expect(posts).toEqual([{ url: '/api/villages/evaluations/ev1/prefill', body: { version: 3 } }]);
  });
});
