/** The worksheet page: answers and blockers of a loaded evaluation, saving with the version, 409s from the server. */
import { act } from 'react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { EvaluationView } from '../evaluation.api.ts';
import { EVALUATING, TEMPLATES } from '../evaluation-fixtures.ts';
import { WorksheetPage } from './WorksheetPage.tsx';

const mount = mountPoint();
const ONE = `/api/evaluation/evaluations/${EVALUATING.id}`;
const q = <T extends Element = HTMLElement>(selector: string) => mount.container.querySelector<T>(selector);
const text = (selector: string) => q(selector)?.textContent ?? '';
const card = (id: string) => q(`[data-criterion="${id}"]`)!;
const radio = (id: string, code: string) => card(id).querySelector<HTMLInputElement>(`input[type="radio"][value="${code}"]`)!;

/** Sets a textarea's value the way a user would, so React's onChange fires. */
function typeIntoTextarea(area: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value);
  area.dispatchEvent(new Event('input', { bubbles: true }));
}
const button = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

/** A fake server holding one evaluation; `put` and `post` answer the writes. */
function server(
  view: EvaluationView,
  writes: { put?: (body: unknown) => Response; post?: (url: string) => Response } = {},
  files: readonly object[] = [],
) {
  const state = { view, gets: 0 };
  const mock = stubFetch(
    routeFetch([
      { match: '/api/evaluation/templates', answer: () => json(200, { items: TEMPLATES }) },
      { match: `${ONE}/evidence-files`, method: 'GET', answer: () => json(200, { items: files }) },
      { match: `${ONE}/final-answers`, method: 'PUT', answer: ({ init }) => writes.put!(JSON.parse(String(init?.body))) },
      { match: ONE, method: 'POST', answer: ({ url }) => writes.post!(url) },
      {
        match: ONE,
        method: 'GET',
        answer: () => {
          state.gets += 1;
          return json(200, state.view);
        },
      },
    ]),
  );
  return { state, mock };
}

async function open() {
  await renderWithProviders(
    mount,
    <Routes>
      <Route path="/evaluasi-sakip/:evaluationId" element={<WorksheetPage />} />
    </Routes>,
    { route: `/evaluasi-sakip/${EVALUATING.id}` },
  );
  await settle();
}

describe('WorksheetPage', () => {
  it('shows both answers side by side, the pre-answer with its evidence, the score and the blockers', async () => {
    server(EVALUATING);
    await open();
    expect(text('h1')).toBe('Evaluasi SAKIP Dinas Komunikasi dan Informatika 2026');
    expect(text('[data-testid="eval-total"]')).toBe('67,44');
    expect(text('[data-predikat="B"]')).toBe('B — Baik');
    expect(text('[data-testid="eval-interpretation"]')).toBe('Interpretasi B');
    // The OPD's answer is read-only text for the evaluator; the evaluator's is a checked radio.
    expect(text('[data-answer="self-1.a.5"]')).toBe('Ya');
    expect(card('1.a.5').textContent).toContain('Ada Renja 2026');
    expect(radio('1.a.5', 'T').checked).toBe(true);
    expect(radio('1.a.5', 'Y').checked).toBe(false);
    expect(radio('1.b.1', 'B').checked).toBe(true);
    expect(text('[data-prefilled="1.a.4"]')).toBe(
      'Terisi otomatis dari data: Perjanjian Kinerja tahun ini yang sudah ditandatangani',
    );
    expect(card('1.a.4').textContent).toContain('Perjanjian Kinerja: PK 2026 Diskominfo');
    // Blockers at the top and next to their criteria.
    expect(text('[data-violation="2.b.4"]')).toContain('Pengukuran berkala tidak dapat bernilai lebih');
    expect(text('[data-testid="eval-unanswered"]')).toBe('1.b.2');
    expect(text('[data-problem="2.b.4"]')).toContain('Melanggar kerangka logis');
    expect(q('[data-unanswered="1.b.2"]')).not.toBeNull();
    expect(q('[data-unanswered="1.b.1"]')).toBeNull();
    expect(text('[data-sub-score="1.a"]')).toContain('= 5,14');
    expect(text('[data-component-score="1"]')).toBe('Nilai 21,04 dari 30');
    expect(button('Finalisasi')).toBeDefined();
    expect(button('Kirim ke evaluator')).toBeUndefined();
  });

  it('saves only the changed criteria, with the answer, the note and the version it was loaded at', async () => {
    const bodies: unknown[] = [];
    const saved = { ...EVALUATING, version: 8 };
    server(EVALUATING, {
      put: (body) => {
        bodies.push(body);
        return json(200, saved);
      },
    });
    await open();
    act(() => radio('1.b.1', 'A').click());
    act(() => typeIntoTextarea(card('1.b.1').querySelector('textarea')!, '  SK Bupati 2026  '));
    await settle();
    expect(button('Finalisasi').disabled).toBe(true);
    act(() => button('Simpan').click());
    await settle();
    expect(bodies).toEqual([{ version: 7, answers: [{ criterionId: '1.b.1', answer: 'A', note: 'SK Bupati 2026' }] }]);
    expect(button('Simpan')).toBeUndefined();
    expect(button('Finalisasi').disabled).toBe(false);
  });

  it('on a stale version says so, reloads the evaluation and keeps the unsaved answer', async () => {
    const { state } = server(EVALUATING, {
      put: () => json(409, { error: { code: 'conflict', message: 'Evaluasi ini telah diubah orang lain.' } }),
    });
    await open();
    const before = state.gets;
    act(() => radio('2.a.1', 'Y').click());
    act(() => button('Simpan').click());
    await settle();
    expect(text('[data-testid="eval-stale"]')).toContain('telah diubah orang lain');
    expect(state.gets).toBeGreaterThan(before);
    expect(radio('2.a.1', 'Y').checked).toBe(true);
  });

  it('shows the server’s messages of a refused finalisation at the top and next to each criterion', async () => {
    const message = 'Kriteria 1.b.2 belum dijawab evaluator.';
    server(EVALUATING, {
      post: () =>
        json(409, {
          error: { code: 'conflict', message: 'Belum dapat difinalkan', fields: [{ field: 'criteria.1.b.2', message }] },
        }),
    });
    await open();
    act(() => button('Finalisasi').click());
    await settle();
    expect(text('[role="alert"]')).toContain(message);
    expect(text('[data-problem="1.b.2"]')).toBe(message);
  });

  it('lists the files uploaded as evidence of a criterion as download links, under that criterion only', async () => {
    const upload = {
      ...{ id: 'f1', evaluationId: EVALUATING.id, criterionId: '1.a.5', fileName: 'renja-2026.pdf' },
      ...{ contentType: 'application/pdf', size: 1234, sha256: 'ab', uploadedBy: 'Perencana', basis: 'self' },
      ...{ uploadedAt: '2026-11-29T01:00:00Z', downloadUrl: '/api/evaluation/evidence-files/f1', mayRemove: false },
    };
    server(EVALUATING, {}, [upload]);
    await open();
    await settle();
    const link = card('1.a.5').querySelector<HTMLAnchorElement>('a[href="/api/evaluation/evidence-files/f1"]');
    expect(link?.textContent).toBe('renja-2026.pdf');
    expect(card('1.b.1').querySelector('a[href^="/api/evaluation/evidence-files/"]')).toBeNull();
  });
});
