/** The template editor: a new version copied from a template is sent as JSON; the server's field errors show by the fields. */
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { TemplateView } from '../evaluation.api.ts';
import { TemplatesPage } from './TemplatesPage.tsx';
import { BANDS_FOR_TEST } from './templates-fixtures.ts';

const mount = mountPoint();

// jsdom has no `document.fonts`; Mantine's autosize textarea listens on it.
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});
const TENANT_ID = '01900000-0000-7000-8000-0000000000f1';
const SOURCE: TemplateView = {
  ...{ id: TENANT_ID, builtIn: false, code: 'lke-pemda', version: '2025', name: 'LKE Pemda', status: 'active', rowVersion: 3 },
  predikat: BANDS_FOR_TEST,
  template: {
    ...{ code: 'lke-pemda', version: '2025', name: 'LKE Pemda', rules: [] },
    components: [
      {
        ...{ id: '1', name: 'Perencanaan', weight: '30' },
        subComponents: [
          {
            ...{ id: '1.a', name: 'Keberadaan', weight: '6', method: 'mean' },
            criteria: [{ id: '1.a.1', text: 'Renstra telah disusun', answerType: 'yt' }],
          },
        ],
      },
    ],
  },
};

const buttonNamed = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const inputLabelled = (label: string, nth = 0) =>
  [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].filter(
    (i) => i.labels?.[0]?.textContent?.replace('*', '').trim() === label,
  )[nth]!;

/** Sets an input's or select's value the way a user would, so React's onChange fires. */
function typeInto(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** A fake server with one template; the POST answers with `answer`; requests are recorded. */
function server(answer: () => Response) {
  const posts: { url: string; body: unknown }[] = [];
  stubFetch(
    routeFetch([
      {
        match: '/api/evaluation/templates',
        method: 'POST',
        answer: ({ url, init }) => {
          posts.push({ url, body: JSON.parse(String(init?.body)) });
          return url.endsWith('/status') ? json(200, { ...SOURCE, status: 'retired', rowVersion: 4 }) : answer();
        },
      },
      { match: '/api/evaluation/templates', method: 'GET', answer: () => json(200, { items: [SOURCE] }) },
    ]),
  );
  return posts;
}

describe('TemplatesPage', () => {
  it('sends the copied and edited template as JSON and shows the server’s field message next to the field', async () => {
    const message = 'Bobot harus berupa angka desimal.';
    const posts = server(() =>
      json(422, {
        error: {
          code: 'validation',
          message: 'Data tidak valid',
          fields: [{ field: 'body.template.components.0.weight', message }],
        },
      }),
    );
    await renderWithProviders(mount, <TemplatesPage />, { route: '/evaluasi-sakip/templat' });
    await settle();
    await act(async () => buttonNamed('Buat versi baru dari LKE Pemda 2025').click());
    act(() => typeInto(inputLabelled('Label versi'), '2026'));
    act(() => typeInto(inputLabelled('Bobot', 0), '3x'));
    act(() => typeInto(inputLabelled('Jenis jawaban'), 'abcde'));
    await act(async () => buttonNamed('Simpan sebagai draf').click());
    await settle();
    const component = SOURCE.template.components[0]!;
    const sub = component.subComponents[0]!;
    expect(posts).toEqual([
      {
        url: '/api/evaluation/templates',
        body: {
          template: {
            ...SOURCE.template,
            version: '2026',
            components: [
              {
                ...component,
                weight: '3x',
                subComponents: [{ ...sub, criteria: [{ ...sub.criteria[0], answerType: 'abcde' }] }],
              },
            ],
          },
          predikat: BANDS_FOR_TEST,
        },
      },
    ]);
    const weight = inputLabelled('Bobot', 0);
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    const describedBy = weight.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain(message);
    expect(inputLabelled('Bobot', 1).getAttribute('aria-invalid')).not.toBe('true');
  });

  it('retires an active tenant template with the row version it was listed at', async () => {
    const posts = server(() => json(500, {}));
    await renderWithProviders(mount, <TemplatesPage />, { route: '/evaluasi-sakip/templat' });
    await settle();
    await act(async () => buttonNamed('Pensiunkan').click());
    await settle();
    expect(posts).toEqual([
      { url: `/api/evaluation/templates/${TENANT_ID}/status`, body: { status: 'retired', version: SOURCE.rowVersion } },
    ]);
  });
});
