import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { LetterSearch } from './LetterSearch.tsx';
import type { FoundLetter } from './letter-search.api.ts';

function found(n: number, extra: Partial<FoundLetter> = {}): FoundLetter {
  return {
    id: `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    direction: 'incoming',
    agendaNumber: `AG-${n}`,
    theirNumber: `045/${n}/Prov`,
    hal: `Surat jaringan nomor ${n}`,
    senderName: `Pengirim ${n}`,
    senderOrganisation: 'Pemerintah Provinsi',
    receivedOn: '2026-01-05',
    security: 'biasa',
    urgency: 'biasa',
    status: 'diterima',
    ...extra,
  };
}

const mount = mountPoint();
const rowTexts = () =>
  [...mount.container.querySelectorAll('[data-testid="search-results"] tbody tr')].map((r) => r.textContent ?? '');
const buttonNamed = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent === name);
const searchUrls = (calls: unknown[][]) =>
  calls.map(([url]) => new URL(String(url), 'http://x')).filter((u) => u.pathname === '/api/letters/search');

async function searchFor(words: string) {
  act(() => typeInto(inputByLabel(mount.container, 'Kata yang dicari'), words));
  await act(async () => mount.container.querySelector('form')!.requestSubmit());
  await settle();
}

describe('LetterSearch', () => {
  it('asks nothing until the words are submitted, then sends them trimmed', async () => {
    const server = stubFetch(
      routeFetch([{ match: '/api/letters/search', answer: () => json(200, { items: [found(1)], nextCursor: null }) }]),
    );
    await renderWithProviders(mount, <LetterSearch />, { route: '/e-office?tab=cari' });
    act(() => typeInto(inputByLabel(mount.container, 'Kata yang dicari'), '  jaringan '));
    await settle();
    expect(searchUrls(server.mock.calls)).toHaveLength(0);
    await act(async () => mount.container.querySelector('form')!.requestSubmit());
    await settle();
    const urls = searchUrls(server.mock.calls);
    expect(urls.map((u) => u.searchParams.get('q'))).toEqual(['jaringan']);
    expect(urls[0]!.searchParams.has('cursor')).toBe(false);
  });

  it('shows number, hal as a link, sender, date and the security mark of each letter', async () => {
    const secret = found(1, { security: 'rahasia', urgency: 'segera' });
    stubFetch(
      routeFetch([{ match: '/api/letters/search', answer: () => json(200, { items: [secret, found(2)], nextCursor: null }) }]),
    );
    await renderWithProviders(mount, <LetterSearch />, { route: '/e-office?tab=cari' });
    await searchFor('jaringan');
    const [first, second] = rowTexts();
    for (const part of ['AG-1', '045/1/Prov', 'Pengirim 1', 'Pemerintah Provinsi', '5 Januari 2026', 'Rahasia', 'Segera'])
      expect(first).toContain(part);
    expect(second).not.toContain('Rahasia');
    const link = mount.container.querySelector<HTMLAnchorElement>('[data-testid="search-results"] a');
    expect(link?.textContent).toBe(secret.hal);
    expect(link?.getAttribute('href')).toBe(`/e-office/surat/${secret.id}`);
  });

  it('loads the next page with the cursor of the previous one and appends it', async () => {
    const server = stubFetch(
      routeFetch([
        { match: /^\/api\/letters\/search\?.*cursor=dua/, answer: () => json(200, { items: [found(3)], nextCursor: null }) },
        { match: '/api/letters/search', answer: () => json(200, { items: [found(1), found(2)], nextCursor: 'dua' }) },
      ]),
    );
    await renderWithProviders(mount, <LetterSearch />, { route: '/e-office?tab=cari' });
    await searchFor('jaringan');
    expect(rowTexts()).toHaveLength(2);
    await act(async () => buttonNamed('Muat lagi')!.click());
    await settle();
    const urls = searchUrls(server.mock.calls);
    expect(urls.map((u) => [u.searchParams.get('q'), u.searchParams.get('cursor')])).toEqual([
      ['jaringan', null],
      ['jaringan', 'dua'],
    ]);
    expect(rowTexts()).toHaveLength(3);
    expect(rowTexts()[2]).toContain('Surat jaringan nomor 3');
    expect(buttonNamed('Muat lagi')).toBeUndefined();
  });

  it('says so when nothing matches', async () => {
    stubFetch(routeFetch([{ match: '/api/letters/search', answer: () => json(200, { items: [], nextCursor: null }) }]));
    await renderWithProviders(mount, <LetterSearch />, { route: '/e-office?tab=cari' });
    expect(mount.container.querySelector('[data-testid="search-idle"]')).not.toBeNull();
    await searchFor('tidakada');
    expect(mount.container.textContent).toContain('Tidak ada surat yang cocok dengan "tidakada".');
    expect(mount.container.querySelector('[data-testid="search-idle"]')).toBeNull();
  });

  it('renders a subject holding markup as text', async () => {
    const hal = '<img src=x onerror=alert(1)><b>tebal</b>';
    stubFetch(
      routeFetch([{ match: '/api/letters/search', answer: () => json(200, { items: [found(1, { hal })], nextCursor: null }) }]),
    );
    await renderWithProviders(mount, <LetterSearch />, { route: '/e-office?tab=cari' });
    await searchFor('tebal');
    expect(mount.container.querySelector('[data-testid="search-results"] img, [data-testid="search-results"] b')).toBeNull();
    expect(rowTexts()[0]).toContain(hal);
  });

  it('shows the server error in place of results', async () => {
    stubFetch(
      routeFetch([
        {
          match: '/api/letters/search',
          answer: () => json(400, { error: { code: 'validation', message: 'Kata pencarian tidak sah.' } }),
        },
      ]),
    );
    await renderWithProviders(mount, <LetterSearch />, { route: '/e-office?tab=cari' });
    await searchFor('x');
    expect(mount.container.textContent).toContain('Kata pencarian tidak sah.');
    expect(mount.container.querySelector('[data-testid="search-results"]')).toBeNull();
  });
});
