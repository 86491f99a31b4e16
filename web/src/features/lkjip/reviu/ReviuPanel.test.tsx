import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { ReviuPanel } from './ReviuPanel.tsx';
import type { NoteView, ReportReviewView } from './reviu.api.ts';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const ISU = 'bab1.isu_strategis';
const NONE = { edit: false, respond: false, resolve: false, reopen: false };
const note = (over: Partial<NoteView>): NoteView => ({
  ...{ id: 'n1', sectionKey: 'umum', text: 'Lampirkan PK perubahan.', severity: 'low', status: 'open' },
  ...{ response: null, respondedBy: null, respondedAt: null, resolvedBy: null, resolvedAt: null },
  ...{ createdBy: 'u1', createdAt: '2027-02-01T02:00:00.000Z', version: 1, may: NONE },
  ...over,
});
const SECTIONS = [
  { key: 'umum', title: 'Umum (seluruh laporan)' },
  { key: ISU, title: 'Aspek strategis dan permasalahan utama' },
];
function view(
  notes: NoteView[],
  over: Partial<NonNullable<ReportReviewView['review']>> = {},
  evaluator = true,
): ReportReviewView {
  const count = (s: string) => notes.filter((n) => n.status === s).length;
  const keys = [...new Set(notes.map((n) => n.sectionKey))];
  return {
    ...{ reportId: 'rep1', reportStatus: 'draft', sections: evaluator ? SECTIONS : [], may: { start: false } },
    review: {
      ...{ id: 'rv1', reportId: 'rep1', status: 'revisions_requested', reviewerName: 'Inspektur Pembantu' },
      ...{ startedAt: '2027-02-01T02:00:00.000Z', concludedAt: null, concludedByName: null, conclusion: null, version: 3 },
      counts: { open: count('open'), answered: count('answered'), resolved: count('resolved') },
      groups: keys.map((k) => ({
        sectionKey: k,
        title: SECTIONS.find((s) => s.key === k)?.title ?? null,
        notes: notes.filter((n) => n.sectionKey === k),
      })),
      may: { addNote: evaluator, conclude: evaluator },
      ...over,
    },
  };
}
const buttons = () => [...mount.container.querySelectorAll('button')];
const button = (text: string) => buttons().find((b) => b.textContent === text);
function setValue(el: HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
const field = <T extends HTMLElement>(label: string) => inputByLabel(mount.container, label) as unknown as T;
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body));

describe('ReviuPanel for the evaluator', () => {
  it('groups notes by section with badges, adds a note on a chosen section and shows a 409 naming open notes', async () => {
    const answered = note({ id: 'n2', sectionKey: ISU, text: 'Isu belum dikaitkan.', severity: 'high', status: 'answered' });
    const notes = [note({ may: { ...NONE, resolve: true } }), { ...answered, response: 'Sudah dikaitkan.' }];
    const added = note({ id: 'n3', sectionKey: ISU, text: 'Tambahkan data 2025.', severity: 'medium' });
    const fetchMock = stubFetch(
      routeFetch([
        { match: '/api/lkjip/reports/rep1/review', answer: () => json(200, view(notes)) },
        { match: '/api/lkjip/reviews/rv1/notes', method: 'POST', answer: () => json(201, view([...notes, added])) },
        {
          match: '/api/lkjip/reviews/rv1/conclude',
          method: 'POST',
          answer: () =>
            json(409, {
              error: {
                code: 'conflict',
                message: 'Reviu belum dapat diterima.',
                fields: [{ field: 'notes.n1', message: 'Catatan pada bagian "Umum" belum diselesaikan: Lampirkan PK' }],
              },
            }),
        },
      ]),
    );
    await renderWithProviders(mount, <ReviuPanel reportId="rep1" />);
    await settle();
    const text = mount.container.textContent ?? '';
    expect(mount.container.querySelector('[data-reviu-status]')?.textContent).toBe('Perlu perbaikan');
    const headings = [...mount.container.querySelectorAll('h4')].map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Umum (seluruh laporan)', 'Aspek strategis dan permasalahan utama']);
    for (const shown of ['Berat', 'Ditanggapi', 'Terbuka', 'Sudah dikaitkan.', '1 terbuka · 1 ditanggapi · 0 selesai'])
      expect(text).toContain(shown);
    expect(button('Nyatakan selesai')).toBeDefined();
    act(() => setValue(field<HTMLSelectElement>('Bagian laporan'), ISU));
    act(() => setValue(field<HTMLTextAreaElement>('Catatan'), 'Tambahkan data 2025.'));
    await settle();
    act(() => mount.container.querySelector<HTMLFormElement>('form[aria-label="Tambah catatan"]')?.requestSubmit());
    await settle();
    const posted = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/notes'));
    expect(bodyOf(posted?.[1])).toEqual({ sectionKey: ISU, severity: 'medium', text: 'Tambahkan data 2025.' });
    expect(mount.container.textContent).toContain('Tambahkan data 2025.');
    act(() => setValue(field<HTMLTextAreaElement>('Simpulan'), 'LKjIP diterima.'));
    await settle();
    act(() => mount.container.querySelector<HTMLFormElement>('form[aria-label="Simpulkan reviu"]')?.requestSubmit());
    await settle();
    const concluded = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/conclude'));
    expect(bodyOf(concluded?.[1])).toEqual({ outcome: 'accepted', conclusion: 'LKjIP diterima.', version: 3 });
    expect(mount.container.textContent).toContain('Catatan pada bagian "Umum" belum diselesaikan');
  });
});

describe('ReviuPanel for the OPD', () => {
  it('answers a note with its version and offers no evaluator controls', async () => {
    const open = note({ sectionKey: ISU, may: { ...NONE, respond: true } });
    const fetchMock = stubFetch(
      routeFetch([
        { match: '/api/lkjip/reports/rep1/review', answer: () => json(200, view([open], {}, false)) },
        {
          match: '/api/lkjip/review-notes/n1/response',
          method: 'POST',
          answer: () => json(200, view([{ ...open, status: 'answered', response: 'Sudah dilampirkan.', may: NONE }], {}, false)),
        },
      ]),
    );
    await renderWithProviders(mount, <ReviuPanel reportId="rep1" />);
    await settle();
    expect(button('Simpan catatan')).toBeUndefined();
    expect(button('Simpan simpulan')).toBeUndefined();
    act(() => setValue(field<HTMLTextAreaElement>('Tanggapan perangkat daerah'), 'Sudah dilampirkan.'));
    await settle();
    act(() => mount.container.querySelector<HTMLFormElement>('form[aria-label="Tanggapi catatan"]')?.requestSubmit());
    await settle();
    const posted = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/response'));
    expect(bodyOf(posted?.[1])).toEqual({ response: 'Sudah dilampirkan.', version: 1 });
    expect(mount.container.querySelector('[data-note-status]')?.getAttribute('data-note-status')).toBe('answered');
    expect(mount.container.textContent).toContain('Sudah dilampirkan.');
  });
});

describe('ReviuPanel before a review', () => {
  it('says the report is not reviewed and lets the evaluator start one', async () => {
    let started = false;
    const empty: ReportReviewView = {
      reportId: 'rep1',
      reportStatus: 'draft',
      review: null,
      sections: SECTIONS,
      may: { start: true },
    };
    stubFetch(
      routeFetch([
        { match: '/api/lkjip/reports/rep1/review', method: 'GET', answer: () => json(200, empty) },
        {
          match: '/api/lkjip/reports/rep1/review',
          method: 'POST',
          answer: () => {
            started = true;
            return json(201, view([], { status: 'in_review', version: 1 }));
          },
        },
      ]),
    );
    await renderWithProviders(mount, <ReviuPanel reportId="rep1" />);
    await settle();
    expect(mount.container.textContent).toContain('Laporan ini belum direviu oleh Inspektorat.');
    expect(mount.container.querySelector('[data-reviu-status]')?.textContent).toBe('Belum direviu');
    act(() => button('Mulai reviu')?.click());
    await settle();
    expect(started).toBe(true);
    expect(mount.container.querySelector('[data-reviu-status]')?.textContent).toBe('Sedang direviu');
    expect(mount.container.textContent).toContain('Belum ada catatan reviu.');
  });
});
