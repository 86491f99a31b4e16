/** The evidence picker: picking a PK and a naskah adds them to the criterion's unsaved evidence and to the saved body. */
import { act } from 'react';
import { Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { EVALUATING, TEMPLATES } from '../evaluation-fixtures.ts';
import { WorksheetPage } from './WorksheetPage.tsx';

const mount = mountPoint();

// jsdom has no `document.fonts`; Mantine's autosize textarea listens on it once its (opened) panel shows.
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});
const ONE = `/api/evaluation/evaluations/${EVALUATING.id}`;
const PK_ID = '01900000-0000-7000-8000-00000000a001';
const DOC_ID = '01900000-0000-7000-8000-00000000d001';
const byText = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

const agreement = { id: PK_ID, year: 2026, unitName: 'Dinas Komunikasi dan Informatika', revision: 1 };
const documentRow = (id: string, number: string, subject: string, status = 'final') => ({
  id,
  number,
  title: 'Surat',
  subject,
  status,
});

/** A fake server holding the evaluation, one PK and two naskah; records the PUT bodies and the agreement queries. */
function server() {
  const bodies: unknown[] = [];
  const agreementQueries: string[] = [];
  stubFetch(
    routeFetch([
      { match: '/api/evaluation/templates', answer: () => json(200, { items: TEMPLATES }) },
      {
        match: '/api/performance/agreements',
        answer: ({ url }) => {
          agreementQueries.push(url);
          return json(200, { items: [agreement] });
        },
      },
      {
        match: '/api/documents',
        answer: () =>
          json(200, {
            items: [
              documentRow(DOC_ID, '800/12/2026', 'SK Tim SAKIP'),
              documentRow('01900000-0000-7000-8000-00000000d002', '800/13/2026', 'Surat ditarik', 'withdrawn'),
            ],
            signingProvider: 'local',
          }),
      },
      {
        match: `${ONE}/final-answers`,
        method: 'PUT',
        answer: ({ init }) => {
          bodies.push(JSON.parse(String(init?.body)));
          return json(200, { ...EVALUATING, version: 8 });
        },
      },
      { match: ONE, method: 'GET', answer: () => json(200, EVALUATING) },
    ]),
  );
  return { bodies, agreementQueries };
}

/** Sets a native select's value the way a user would. */
function choose(select: HTMLSelectElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('EvidencePicker', () => {
  it('adds the picked PK and naskah to the criterion and saves them with its answer', async () => {
    const { bodies, agreementQueries } = server();
    await renderWithProviders(
      mount,
      <Routes>
        <Route path="/evaluasi-sakip/:evaluationId" element={<WorksheetPage />} />
      </Routes>,
      { route: `/evaluasi-sakip/${EVALUATING.id}` },
    );
    await settle();
    const stored = EVALUATING.worksheet[0]!.subComponents[1]!.criteria.find((c) => c.id === '1.b.1')!;
    // The sub-component's panel is opened first, as a user would (a closed panel defers its effects).
    const control = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('1.b '))!;
    if (control.getAttribute('aria-expanded') !== 'true') await act(async () => control.click());
    await settle();
    await act(async () => document.querySelector<HTMLButtonElement>('[data-add-evidence="1.b.1"]')!.click());
    await settle();
    expect(agreementQueries.some((u) => u.includes('unitId=u-kom') && u.includes('year=2026'))).toBe(true);
    expect([...document.querySelectorAll('[role="dialog"] [role="tab"]')].map((tab) => tab.textContent)).toEqual([
      'Pilih data Pamong',
      'Unggah berkas',
    ]);
    const pk = document.querySelector<HTMLInputElement>(
      `[data-evidence-option="${PK_ID}"] input, input[data-evidence-option="${PK_ID}"]`,
    )!;
    expect(pk.closest('[role="group"]')?.getAttribute('aria-label')).toBe('Perjanjian Kinerja');
    act(() => pk.click());
    const kind = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent?.includes('Jenis bukti'))!;
    act(() => choose(kind, 'document'));
    await settle();
    expect(document.body.textContent).not.toContain('Surat ditarik');
    act(() => document.querySelector<HTMLInputElement>(`input[data-evidence-option="${DOC_ID}"]`)!.click());
    act(() => byText('Selesai').click());
    await settle();
    const chips = document.querySelector('[data-criterion="1.b.1"]')!.textContent ?? '';
    expect(chips).toContain('Perjanjian Kinerja: PK 2026 Dinas Komunikasi dan Informatika (rev. 1)');
    expect(chips).toContain('Naskah: 800/12/2026: SK Tim SAKIP');
    act(() => byText('Simpan').click());
    await settle();
    expect(bodies).toEqual([
      {
        version: 7,
        answers: [
          {
            criterionId: '1.b.1',
            answer: stored.finalAnswer,
            evidence: [
              ...stored.evidence,
              { kind: 'agreement', id: PK_ID, label: 'PK 2026 Dinas Komunikasi dan Informatika (rev. 1)' },
              { kind: 'document', id: DOC_ID, label: '800/12/2026: SK Tim SAKIP' },
            ],
          },
        ],
      },
    ]);
  });
});
