import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { OverdueFollowupsCard } from './OverdueFollowupsCard.tsx';
import { RecommendationsPanel } from './RecommendationsPanel.tsx';
import type { OverdueListView, RecommendationListView, RecommendationView } from './recommendations.api.ts';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const NO = { edit: false, remove: false, followUp: false, confirm: false, reopen: false, sendNotice: false };
const rec = (over: Partial<RecommendationView>): RecommendationView => ({
  ...{ id: 'r1', evaluationId: 'ev1', componentId: '2', criterionId: '2.a.1', text: 'Susun pedoman pengukuran' },
  personInCharge: { kind: 'position', id: 'p1', name: 'Kepala Dinas', unitName: 'Diskominfo' },
  ...{ deadline: '2027-01-31', status: 'open', progress: 0, overdue: false, daysLate: 0, doneAt: null, confirmedAt: null },
  ...{ version: 1, followups: [], noticeDraftId: null, may: NO },
  ...over,
});
const LIST = (items: RecommendationView[], may = { add: false, lhe: true }): RecommendationListView => ({
  ...{ evaluationId: 'ev1', evaluationStatus: 'final', today: '2027-02-10', may, items },
});

describe('RecommendationsPanel', () => {
  it('marks an overdue deadline red, shows progress and LHE downloads, and sends a follow-up as multipart', async () => {
    const late = rec({ overdue: true, daysLate: 10, progress: 40, status: 'in_progress', may: { ...NO, followUp: true } });
    const done = rec({ id: 'r2', text: 'Reviu IKU', status: 'done', progress: 100, deadline: '2027-03-31' });
    const fetchMock = stubFetch(
      routeFetch([
        { match: '/api/evaluation/evaluations/ev1/recommendations', answer: () => json(200, LIST([late, done])) },
        {
          match: '/api/evaluation/recommendations/r1/followups',
          method: 'POST',
          answer: () =>
            json(422, {
              error: {
                code: 'invalid',
                message: 'Tidak valid',
                fields: [{ field: 'body.date', message: 'Tanggal setelah hari ini.' }],
              },
            }),
        },
      ]),
    );
    await renderWithProviders(mount, <RecommendationsPanel evaluationId="ev1" />);
    await settle();
    const text = mount.container.textContent ?? '';
    expect(text).toContain('Terlambat 10 hari');
    expect(text).toContain('Dalam proses');
    expect(text).toContain('Selesai');
    const overdue = mount.container.querySelectorAll('[data-overdue]');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.textContent).toContain('Terlambat');
    expect(mount.container.querySelector('[aria-label="Progres 40%"]')).not.toBeNull();
    const links = [...mount.container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining(['/api/evaluation/evaluations/ev1/lhe.pdf', '/api/evaluation/evaluations/ev1/lhe.docx']),
    );
    const open = [...mount.container.querySelectorAll('button')].find((b) => b.textContent === 'Catat tindak lanjut');
    act(() => open?.click());
    await settle();
    typeInto(inputByLabel(mount.container, 'Progres (%)'), '60');
    const note = inputByLabel(mount.container, 'Uraian tindak lanjut') as unknown as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(note, 'Draf disusun');
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    act(() => mount.container.querySelector<HTMLFormElement>('form[aria-label="Catat tindak lanjut"]')?.requestSubmit());
    await settle();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    const form = post?.[1]?.body as FormData;
    expect([form.get('progress'), form.get('note'), form.get('date'), form.get('version')]).toEqual([
      '60',
      'Draf disusun',
      '2027-02-10',
      '1',
    ]);
    expect(mount.container.textContent).toContain('Tanggal setelah hari ini.');
  });

  it('offers adding only to evaluators and says when the LHE is not available', async () => {
    stubFetch(
      routeFetch([
        {
          match: '/api/evaluation/evaluations/ev1/recommendations',
          answer: () => json(200, LIST([], { add: true, lhe: false })),
        },
      ]),
    );
    await renderWithProviders(mount, <RecommendationsPanel evaluationId="ev1" />);
    await settle();
    const text = mount.container.textContent ?? '';
    expect(text).toContain('Belum ada rekomendasi.');
    expect(text).toContain('LHE tersedia setelah evaluasi final.');
    expect([...mount.container.querySelectorAll('button')].map((b) => b.textContent)).toContain('Tambah rekomendasi');
    expect(mount.container.querySelector('a[href$="lhe.pdf"]')).toBeNull();
  });
});

describe('sending a recommendation as a nota dinas', () => {
  it('posts once for the evaluator, then links the draft in e-Office instead of the button', async () => {
    let sent = false;
    const toSend = rec({ may: { ...NO, sendNotice: true } });
    const fetchMock = stubFetch(
      routeFetch([
        {
          match: '/api/evaluation/evaluations/ev1/recommendations',
          answer: () => json(200, LIST([sent ? { ...toSend, noticeDraftId: 'd9', may: NO } : toSend])),
        },
        {
          match: '/api/evaluation/recommendations/r1/notice',
          method: 'POST',
          answer: () => {
            sent = true;
            return json(201, { draftId: 'd9' });
          },
        },
      ]),
    );
    await renderWithProviders(mount, <RecommendationsPanel evaluationId="ev1" />, { route: '/evaluasi-sakip/ev1' });
    await settle();
    const button = [...mount.container.querySelectorAll('button')].find((b) => b.textContent === 'Kirim sebagai nota dinas');
    act(() => button?.click());
    await settle();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/notice'))).toHaveLength(1);
    expect(mount.container.querySelector('a[href="/e-office/konsep/d9"]')?.textContent).toBe('Buka konsep di e-Office');
    expect([...mount.container.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Kirim sebagai nota dinas');
  });
});

describe('OverdueFollowupsCard', () => {
  it('shows the count and the late items with OPD and days late', async () => {
    const overdue: OverdueListView = {
      today: '2027-02-10',
      count: 1,
      items: [
        {
          ...{ recommendationId: 'r1', evaluationId: 'ev1', unitId: 'u1', unitName: 'Diskominfo', year: 2026 },
          ...{ text: 'Susun pedoman', deadline: '2027-01-31', daysLate: 10, progress: 40, status: 'in_progress' },
          personInCharge: { kind: 'position', id: 'p1', name: 'Kepala Dinas', unitName: null },
        },
      ],
    };
    stubFetch(routeFetch([{ match: '/api/evaluation/recommendations/overdue', answer: () => json(200, overdue) }]));
    await renderWithProviders(mount, <OverdueFollowupsCard />);
    await settle();
    const text = mount.container.textContent ?? '';
    expect(text).toContain('1 rekomendasi melewati batas waktu');
    expect(text).toContain('Diskominfo (2026) · terlambat 10 hari');
    expect(text).toContain('Susun pedoman');
  });
});
