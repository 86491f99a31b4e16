import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { DraftEditor } from './DraftEditor.tsx';
import { packDetail, packSummary, regulationView } from './regulation-fixtures.ts';

const mount = mountPoint();
const buttonNamed = (name: string) => [...document.body.querySelectorAll('button')].find((b) => b.textContent === name);
const calls = (server: { mock: { calls: [RequestInfo | URL, RequestInit?][] } }, method: string) =>
  server.mock.calls.filter(([, init]) => (init?.method ?? 'GET') === method).map(([url]) => String(url));

describe('DraftEditor', () => {
  it('offers to make a new version when there is no draft, and asks the API for one', async () => {
    const draft = packSummary(2, 'draft');
    const server = stubFetch(routeFetch([{ match: '/api/regulation/packs', method: 'POST', answer: () => json(200, draft) }]));
    await renderWithProviders(mount, <DraftEditor regulation={regulationView(null)} />);
    expect(mount.container.textContent).toContain('Versi aktif 1 tidak dapat diubah langsung');
    await act(async () => buttonNamed('Buat versi baru (draf)')!.click());
    await settle();
    expect(calls(server, 'POST')).toEqual(['/api/regulation/packs']);
  });

  it('shows the draft against the active version and activates it only after confirmation', async () => {
    const draft = packSummary(2, 'draft');
    const server = stubFetch(
      routeFetch([
        {
          match: `/api/regulation/packs/${draft.id}/activate`,
          method: 'POST',
          answer: () => json(200, { ...draft, status: 'active' }),
        },
        { match: `/api/regulation/packs/${draft.id}`, answer: () => json(200, packDetail(draft)) },
      ]),
    );
    await renderWithProviders(mount, <DraftEditor regulation={regulationView(draft)} />);
    await settle();
    const banner = mount.container.querySelector('[data-testid="draft-banner"]')?.textContent ?? '';
    expect(banner).toContain('Draf versi 2 (belum berlaku)');
    expect(banner).toContain('Berlaku: versi 1');
    expect(mount.container.querySelector('[data-testid="draft-types-table"]')?.textContent).toContain('Surat Dinas');
    await act(async () => buttonNamed('Aktifkan versi')!.click());
    await settle();
    expect(calls(server, 'POST')).toEqual([]);
    expect(document.body.textContent).toContain('versi 1 dipensiunkan');
    await act(async () => buttonNamed('Ya, aktifkan versi 2')!.click());
    await settle();
    expect(calls(server, 'POST')).toEqual([`/api/regulation/packs/${draft.id}/activate`]);
  });

  it('opens the document type form in a dialog from the row button', async () => {
    const draft = packSummary(2, 'draft');
    stubFetch(routeFetch([{ match: `/api/regulation/packs/${draft.id}`, answer: () => json(200, packDetail(draft)) }]));
    await renderWithProviders(mount, <DraftEditor regulation={regulationView(draft)} />);
    await settle();
    const edit = [...mount.container.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Ubah jenis naskah SD',
    );
    await act(async () => edit!.click());
    await settle();
    const dialog = document.body.querySelector('[role="dialog"]');
    expect(dialog?.textContent).toContain('Ubah jenis naskah SD');
    expect(dialog?.querySelector<HTMLInputElement>('input[value="Surat Dinas"]')).not.toBeNull();
  });
});
