import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { VillageAgreementView } from './agreement.api.ts';
import { VillageAgreementPage } from './VillageAgreementPage.tsx';

const mount = mountPoint();
const YEAR = new Date().getFullYear();
const A = '/api/villages/agreements';

const session = (permissions: string[]) => ({ csrfToken: 't', user: { id: 'u1', permissions } });
function pk(overrides: Partial<VillageAgreementView> = {}): VillageAgreementView {
  return {
    ...{ id: 'pk1', regionId: 'd1', desaName: 'Sukajaya', kecamatanName: 'Sumedang Selatan', year: YEAR, revision: 0 },
    ...{ revisionReason: null, supersedesId: null, status: 'signing', documentNumber: 'PK-DESA/1', verificationCode: 'c' },
    kades: { employeeId: 'e1', name: 'Asep Saepudin', jabatan: 'Kepala Desa Sukajaya', signedAt: null },
    camat: { employeeId: 'e2', name: 'Dedi Kurnia', jabatan: 'Camat Sumedang Selatan', signedAt: null },
    nextSigner: 'kades',
    mySignatureDue: true,
    items: [
      {
        kind: 'mandatory',
        code: 'KEMISKINAN',
        sasaran: 'Penurunan angka kemiskinan',
        indicatorName: 'KK keluar dari DTKS',
        target: '64',
        unit: 'KK',
      },
      { kind: 'mandatory', code: 'IKM', sasaran: 'Pelayanan publik', indicatorName: 'IKM desa', target: '76.61', unit: 'indeks' },
    ],
    createdAt: '2026-01-05T01:00:00Z',
    version: 1,
    ...overrides,
  };
}
const buttonNamed = (text: string) => [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
async function click(element: HTMLElement | undefined) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
}
const postsTo = (mock: ReturnType<typeof stubFetch>, suffix: string) =>
  mock.mock.calls.filter(([url, init]) => String(url).endsWith(suffix) && init?.method === 'POST');

describe('PK Kepala Desa page', () => {
  it('lets the kepala desa generate the year’s PK, read its targets and sign it first', async () => {
    let made = false;
    const fetchMock = stubFetch(
      routeFetch([
        { match: '/api/auth/session', answer: () => json(200, session(['villages.report.submit', 'documents.sign'])) },
        {
          match: '/api/villages/idm',
          answer: () => json(200, { items: [{ regionId: 'd1', name: 'Sukajaya', kecamatanName: 'Sumedang Selatan' }] }),
        },
        {
          match: '/api/villages/desa/d1/agreements',
          method: 'POST',
          answer: () => {
            made = true;
            return json(201, pk());
          },
        },
        { match: `${A}/pk1/sign`, method: 'POST', answer: () => json(200, pk({ nextSigner: 'camat', mySignatureDue: false })) },
        { match: `${A}?year=${YEAR}&regionId=d1`, answer: () => json(200, { year: YEAR, items: made ? [pk()] : [] }) },
        { match: '/api/documents', answer: () => json(200, { items: [], signingProvider: 'local' }) },
      ]),
    );
    await renderWithProviders(mount, <VillageAgreementPage />, { route: '/sakip-desa/pk', session: true });
    await settle();
    await settle();
    expect(mount.container.textContent).toContain(`Perjanjian kinerja tahun ${YEAR} belum dibuat.`);
    await click(buttonNamed(`Buat perjanjian kinerja ${YEAR}`));
    expect(postsTo(fetchMock, '/api/villages/desa/d1/agreements')).toHaveLength(1);
    const card = mount.container.querySelector('[data-testid="pk-card"]')!;
    expect(card.querySelector('[data-status]')?.textContent).toBe('Proses tanda tangan');
    const items = [...card.querySelectorAll('[data-testid="pk-item"]')].map((i) => i.textContent);
    expect(items[0]).toContain('Target: 64 KK');
    expect(items[1]).toContain('Target: 76,61 indeks');
    expect(card.textContent).toContain('Asep Saepudin');
    expect(card.textContent).toContain('Menunggu tanda tangan kepala desa.');
    expect(card.querySelector('a')?.getAttribute('href')).toBe(`${A}/pk1/pdf`);
    await click(buttonNamed('Tanda tangani'));
    expect(document.body.textContent).toContain('pihak pertama (kepala desa): Asep Saepudin, Kepala Desa Sukajaya');
    await click(buttonNamed('Tanda tangani sekarang'));
    const signs = postsTo(fetchMock, `${A}/pk1/sign`);
    expect(signs).toHaveLength(1);
    expect(JSON.parse(String(signs[0]![1]?.body))).toEqual({});
  });

  it('shows the camat the PKs waiting for his signature', async () => {
    stubFetch(
      routeFetch([
        { match: '/api/auth/session', answer: () => json(200, session(['performance.plan.read', 'documents.sign'])) },
        {
          match: `${A}?year=${YEAR}&awaitingMe=true`,
          answer: () =>
            json(200, {
              year: YEAR,
              items: [pk({ nextSigner: 'camat', kades: { ...pk().kades, signedAt: '2026-01-06T02:00:00Z' } })],
            }),
        },
      ]),
    );
    await renderWithProviders(mount, <VillageAgreementPage />, { route: '/sakip-desa/pk', session: true });
    await settle();
    expect(mount.container.textContent).toContain('Menunggu tanda tangan Anda');
    const cards = mount.container.querySelectorAll('[data-testid="pk-card"]');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.textContent).toContain('Menunggu tanda tangan camat.');
    expect(buttonNamed('Tanda tangani')).toBeDefined();
    expect(buttonNamed(`Buat perjanjian kinerja ${YEAR}`)).toBeUndefined();
  });
});
