/**
 * The kerangka logis rule editor (and the custom option sets) of the template editor: rules and options are sent in
 * the template body, and the server's rule messages show at the rule's own fields.
 */
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { TemplateView } from '../evaluation.api.ts';
import { TemplatesPage } from './TemplatesPage.tsx';
import { BANDS_FOR_TEST } from './templates-fixtures.ts';

const mount = mountPoint();

beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});
const criterion = (id: string, text: string) => ({ id, text, answerType: 'yt' as const });
const SOURCE: TemplateView = {
  ...{ id: '01900000-0000-7000-8000-0000000000f2', builtIn: false, code: 'lke-opd', version: '2025', name: 'LKE OPD' },
  ...{ status: 'active', rowVersion: 1, predikat: BANDS_FOR_TEST },
  template: {
    ...{ code: 'lke-opd', version: '2025', name: 'LKE OPD' },
    rules: [{ criterionId: '1.a.2', kind: 'not_above', comparedTo: '9.z.9', message: 'Lama' }],
    components: [
      {
        ...{ id: '1', name: 'Perencanaan', weight: '100' },
        subComponents: [
          {
            ...{ id: '1.a', name: 'Keberadaan', weight: '100', method: 'mean' },
            criteria: [criterion('1.a.1', 'Pedoman ada'), criterion('1.a.2', 'Renstra ada'), criterion('1.a.3', 'Renja ada')],
          },
        ],
      },
    ],
  },
};

const buttonNamed = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const labelled = (label: string, nth = 0) =>
  [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].filter(
    (i) => i.labels?.[0]?.textContent?.replace('*', '').trim() === label,
  )[nth]!;
function typeInto(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
const messagesOf = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

// biome-ignore lint/suspicious/noExplicitAny: request bodies are read loosely in these tests
type Json = Record<string, any>;

function server(answer: () => Response) {
  const posts: Json[] = [];
  stubFetch(
    routeFetch([
      {
        match: '/api/evaluation/templates',
        method: 'POST',
        answer: ({ init }) => {
          posts.push(JSON.parse(String(init?.body)));
          return answer();
        },
      },
      { match: '/api/evaluation/templates', method: 'GET', answer: () => json(200, { items: [SOURCE] }) },
    ]),
  );
  return posts;
}

async function openCopy() {
  await renderWithProviders(mount, <TemplatesPage />, { route: '/evaluasi-sakip/templat' });
  await settle();
  await act(async () => buttonNamed('Buat versi baru dari LKE OPD 2025').click());
  act(() => typeInto(labelled('Label versi'), '2026'));
}

describe('the kerangka logis rule editor', () => {
  it('edits a rule with two compared criteria and a custom option set, sends them, and shows rule messages by the fields', async () => {
    const selfMessage = 'Kriteria 1.a.3 tidak dapat dibatasi oleh dirinya sendiri.';
    const cycleMessage = 'Aturan ini membentuk lingkaran dengan aturan lain: 1.a.3 → 1.a.1 → 1.a.3.';
    const fields = [
      { field: 'body.template.rules.1.comparedTo', message: selfMessage },
      { field: 'body.template.rules.1', message: cycleMessage },
    ];
    const posts = server(() => json(422, { error: { code: 'validation', message: 'Data tidak valid', fields } }));
    await openCopy();
    expect(labelled('Tidak boleh melebihi kriteria').value).toBe('9.z.9');
    expect(labelled('Tidak boleh melebihi kriteria').textContent).toContain('9.z.9 (tidak ada di struktur)');
    act(() => typeInto(labelled('Tidak boleh melebihi kriteria'), '1.a.1'));
    act(() => buttonNamed('Tambah aturan').click());
    act(() => typeInto(labelled('Kriteria yang dibatasi', 1), '1.a.3'));
    const added = document.querySelector('[data-rule="1"]')!;
    act(() => [...added.querySelectorAll('button')].find((b) => b.textContent === 'Tambah pembanding')!.click());
    act(() => typeInto(labelled('Pembanding 2'), '1.a.3'));
    act(() => typeInto(labelled('Pesan bila dilanggar', 1), 'Renja tidak melebihi pedoman dan Renstra'));
    act(() => typeInto(labelled('Jenis jawaban', 2), 'custom'));
    act(() => typeInto(labelled('Sebutan 1'), 'Lengkap'));
    await act(async () => buttonNamed('Simpan sebagai draf').click());
    await settle();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.template.rules).toEqual([
      { criterionId: '1.a.2', kind: 'not_above', comparedTo: '1.a.1', message: 'Lama' },
      {
        criterionId: '1.a.3',
        kind: 'not_above',
        comparedTo: ['1.a.1', '1.a.3'],
        message: 'Renja tidak melebihi pedoman dan Renstra',
      },
    ]);
    expect(posts[0]!.template.components[0].subComponents[0].criteria[2].answerType).toEqual({
      options: [
        { code: 'Y', label: 'Lengkap', value: '1' },
        { code: 'T', label: 'Tidak', value: '0' },
      ],
    });
    const lastCompared = labelled('Pembanding 2');
    expect(lastCompared.getAttribute('aria-invalid')).toBe('true');
    expect(messagesOf(lastCompared)).toContain(selfMessage);
    expect(document.querySelector('[data-rule-error="1"]')?.textContent).toBe(cycleMessage);
    expect(document.querySelector('[data-rule-error="0"]')).toBeNull();
    expect(document.body.textContent).not.toContain(`Data tidak valid ${selfMessage}`);
  });

  it('keeps one compared criterion as a single id, and removes rules', async () => {
    const posts = server(() => json(201, { ...SOURCE, id: 'new', status: 'draft' }));
    await openCopy();
    act(() => buttonNamed('Tambah pembanding').click());
    act(() => typeInto(labelled('Pembanding 2'), '1.a.3'));
    act(() => document.querySelector<HTMLButtonElement>('[aria-label="Hapus pembanding 1"]')!.click());
    expect(labelled('Tidak boleh melebihi kriteria').value).toBe('1.a.3');
    act(() => buttonNamed('Tambah aturan').click());
    act(() => buttonNamed('Hapus aturan 1').click());
    await act(async () => buttonNamed('Simpan sebagai draf').click());
    await settle();
    expect(posts[0]!.template.rules).toEqual([{ criterionId: '1.a.2', kind: 'not_above', comparedTo: '1.a.1', message: '' }]);
  });
});
