import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { CaseFileDetail } from './CaseFileDetail.tsx';
import { CaseFilePanel } from './CaseFilePanel.tsx';
import type { CaseFile } from './records.api.ts';

const LETTER = '0190f000-0000-7000-8000-000000000001';

function berkas(n: number, extra: Partial<CaseFile> = {}): CaseFile {
  return {
    id: `0190f000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    number: `B-2026-000${n}`,
    unitId: 'u1',
    unitName: 'Dinas Kominfo',
    kka: '000.1',
    kkaName: 'Ketatausahaan',
    title: `Berkas ${n}`,
    description: null,
    year: 2026,
    status: 'open',
    openedAt: '2026-11-01T00:00:00.000Z',
    closedAt: null,
    letterCount: 0,
    version: 1,
    ...extra,
  };
}

const mount = mountPoint();
const buttonNamed = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent === name);

describe('CaseFilePanel', () => {
  it('files the letter into the chosen open berkas and shows the KKA warning the server gives', async () => {
    const server = stubFetch(
      routeFetch([
        { match: `/api/letters/${LETTER}/case-file`, answer: () => json(200, { caseFile: null, mayFile: true }) },
        { match: /^\/api\/case-files\?/, answer: () => json(200, { items: [berkas(1), berkas(2)], nextCursor: null }) },
        {
          match: /^\/api\/case-files\/([^/]+)\/letters$/,
          method: 'POST',
          answer: ({ params }) =>
            json(201, {
              caseFileId: params[0],
              letterId: LETTER,
              warning: { code: 'kkaOtherClass', message: 'Klasifikasi lain' },
            }),
        },
      ]),
    );
    await renderWithProviders(mount, <CaseFilePanel letterId={LETTER} />, { route: '/' });
    await settle();
    await settle();
    expect(mount.container.textContent).toContain('Surat ini belum dimasukkan ke berkas.');
    const select = mount.container.querySelector('select')!;
    await act(async () => {
      select.value = berkas(2).id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => buttonNamed('Masukkan ke berkas')!.click());
    await settle();
    const post = server.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(String(post?.[0])).toBe(`/api/case-files/${berkas(2).id}/letters`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ letterId: LETTER });
    expect(mount.container.textContent).toContain('Klasifikasi lain');
  });

  it('shows the berkas of a filed letter without a picker to someone who may not file it', async () => {
    stubFetch(
      routeFetch([
        { match: `/api/letters/${LETTER}/case-file`, answer: () => json(200, { caseFile: berkas(3), mayFile: false }) },
      ]),
    );
    await renderWithProviders(mount, <CaseFilePanel letterId={LETTER} />, { route: '/' });
    await settle();
    expect(mount.container.textContent).toContain('B-2026-0003 — Berkas 3');
    expect(mount.container.querySelector('select')).toBeNull();
    expect(buttonNamed('Masukkan ke berkas')).toBeUndefined();
  });
});

describe('CaseFileDetail', () => {
  it('lists the visible letters as text and counts the hidden ones without details', async () => {
    const hal = '<b>Undangan</b> rapat';
    const detail = {
      ...berkas(4, { letterCount: 3 }),
      letters: [
        {
          id: LETTER,
          direction: 'incoming',
          agendaNumber: '12',
          theirNumber: null,
          hal,
          kka: '000.1.5',
          security: 'biasa',
          receivedOn: '2026-11-02',
          addedAt: '2026-11-03T00:00:00.000Z',
        },
      ],
      hiddenLetterCount: 2,
    };
    stubFetch(routeFetch([{ match: `/api/case-files/${detail.id}`, answer: () => json(200, detail) }]));
    await renderWithProviders(mount, <CaseFileDetail id={detail.id} manages={false} />, { route: '/' });
    await settle();
    expect(mount.container.querySelector('[data-testid="hidden-letters"]')?.textContent).toBe('2 naskah terbatas');
    const link = [...mount.container.querySelectorAll('a')].find((a) => a.getAttribute('href') === `/e-office/surat/${LETTER}`);
    expect(link?.textContent).toBe(hal);
    expect(mount.container.querySelector('b')).toBeNull();
    expect(buttonNamed('Tutup berkas')).toBeUndefined();
  });
});
