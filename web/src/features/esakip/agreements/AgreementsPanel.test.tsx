import { useQueryClient } from '@tanstack/react-query';
import { act, type ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_KEY } from '../../../app/session.tsx';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { AgreementActions, availableActions } from './AgreementActions.tsx';
import { AgreementDetail } from './AgreementDetail.tsx';
import { AgreementsPanel } from './AgreementsPanel.tsx';
import { agreement, ORG_UNITS, summary } from './agreements-fixtures.ts';

const mount = mountPoint();
beforeAll(() => {
  // happy-dom has no FontFaceSet; Mantine's autosize Textarea listens on document.fonts.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const PERIODS = [
  { id: 'p1', title: 'RPJMD 2025-2029', startYear: 2025, endYear: 2029, status: 'active', legalBasis: null, version: 1 },
] as never;
const A = '/api/performance/agreements';
const buttons = (root: ParentNode = document.body) => [...root.querySelectorAll('button')];
const buttonNamed = (text: string, root: ParentNode = document.body) => buttons(root).find((b) => b.textContent?.trim() === text);
const click = async (element: HTMLElement | undefined) => {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
};
const changeSelect = (label: string, value: string) =>
  act(() => {
    const select = inputByLabel(mount.container, label) as unknown as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
/** Puts a signed-in session with these permissions in the query cache before its children render. */
function WithSession({ permissions, children }: { permissions: string[]; children: ReactNode }) {
  useQueryClient().setQueryData(SESSION_KEY, { user: { permissions }, csrfToken: 'x' });
  return children;
}
const orgRoute = { match: '/api/org/units', answer: () => json(200, ORG_UNITS) };

describe('the PK list', () => {
  it('asks for the chosen year and OPD, lists the PKs with parties and status, and opens one', async () => {
    const fetchMock = stubFetch(
      routeFetch([
        orgRoute,
        {
          match: /\/api\/performance\/agreements\?(.*)$/,
          answer: ({ params }) =>
            json(200, {
              items:
                new URLSearchParams(params[0]).get('year') === '2027' ? [summary('pk1', 'signing'), summary('pk2', 'draft')] : [],
            }),
        },
        { match: `${A}/pk1`, answer: () => json(200, agreement('pk1', 'signing')) },
      ]),
    );
    await renderWithProviders(mount, <AgreementsPanel periods={PERIODS} />);
    await settle();
    await changeSelect('Tahun', '2027');
    await settle();
    const table = mount.container.querySelector('[data-testid="agreement-list"]')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Dinas Komunikasi dan Informatika');
    expect(rows[0]!.textContent).toContain('Agus Salim');
    expect(rows[0]!.textContent).toContain('Bupati Karanganyar');
    expect(rows.map((r) => r.querySelector('[data-status]')?.textContent)).toEqual(['Proses tanda tangan', 'Draf']);
    await changeSelect('Perangkat daerah', 'u-kominfo');
    await settle();
    const listUrls = fetchMock.mock.calls.map(([url]) => String(url)).filter((u) => u.startsWith(`${A}?`));
    expect(listUrls).toContain(`${A}?year=2027&unitId=u-kominfo`);
    const fresh = mount.container.querySelector('[data-testid="agreement-list"] tbody tr button');
    await click((fresh as HTMLButtonElement | null) ?? undefined);
    expect(mount.container.querySelector('[data-testid="agreement-detail"] h2')?.textContent).toBe(
      'Perjanjian Kinerja 2027 — Dinas Komunikasi dan Informatika',
    );
    expect(mount.container.querySelector('[data-testid="budget-total"]')?.textContent).toBe('Rp1.575.000.000,50');
  });
});

describe('which lifecycle buttons show', () => {
  it.each([
    ['draft', false, true, { generate: true, sign: false, viewPdf: false, revise: false, delete: true }],
    ['draft', false, false, { generate: false, sign: false, viewPdf: false, revise: false, delete: false }],
    ['signing', false, true, { generate: false, sign: false, viewPdf: true, revise: false, delete: false }],
    ['signing', true, true, { generate: false, sign: true, viewPdf: true, revise: false, delete: false }],
    ['signing', true, false, { generate: false, sign: true, viewPdf: true, revise: false, delete: false }],
    ['signed', false, true, { generate: false, sign: false, viewPdf: true, revise: true, delete: false }],
    ['signed', false, false, { generate: false, sign: false, viewPdf: true, revise: false, delete: false }],
    ['superseded', false, true, { generate: false, sign: false, viewPdf: true, revise: false, delete: false }],
  ] as const)('%s, my signature due = %s, preparer = %s', (status, due, preparer, expected) => {
    const pk = agreement('pk1', status, { mySignatureDue: due });
    expect(availableActions(pk, preparer)).toEqual(expected);
  });

  it('shows no sign button when it is not my turn, and names whose signature is awaited', async () => {
    stubFetch(routeFetch([orgRoute]));
    await renderWithProviders(
      mount,
      <AgreementActions
        agreement={agreement('pk1', 'signing', { mySignatureDue: false })}
        onOpen={() => {}}
        onDeleted={() => {}}
      />,
    );
    expect(buttonNamed('Tandatangani', mount.container)).toBeUndefined();
    expect(mount.container.querySelector('a[href$="/pdf"]')?.getAttribute('href')).toBe(`${A}/pk1/pdf`);
  });
});

describe('signing from the PK page', () => {
  it('lets a signer who does not prepare PKs sign with the BSrE passphrase, without editing buttons', async () => {
    let current = agreement('pk1', 'signing', { mySignatureDue: true, nextSigner: 'first' });
    const fetchMock = stubFetch(
      routeFetch([
        orgRoute,
        { match: '/api/documents', answer: () => json(200, { items: [], signingProvider: 'bsre' }) },
        {
          match: `${A}/pk1/sign`,
          method: 'POST',
          answer: () => {
            current = agreement('pk1', 'signed', { mySignatureDue: false, nextSigner: null, version: 5 });
            return json(200, current);
          },
        },
        { match: `${A}/pk1`, answer: () => json(200, current) },
      ]),
    );
    await renderWithProviders(
      mount,
      <WithSession permissions={['performance.plan.read', 'documents.sign']}>
        <AgreementDetail agreementId="pk1" onOpen={() => {}} onDeleted={() => {}} />
      </WithSession>,
    );
    await settle();
    expect(buttonNamed('Tambah rencana aksi', mount.container)).toBeUndefined();
    expect(mount.container.querySelector('[data-testid="waiting-for"]')?.textContent).toBe('Menunggu tanda tangan pihak pertama');
    await click(buttonNamed('Tandatangani', mount.container));
    const dialog = document.body.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Kepala Dinas Komunikasi dan Informatika');
    act(() => typeInto(inputByLabel(dialog, 'Passphrase BSrE'), 'rahasia-bsre'));
    await click(buttonNamed('Tandatangani sekarang', dialog));
    await settle();
    const signCall = fetchMock.mock.calls.find(([url, init]) => String(url) === `${A}/pk1/sign` && init?.method === 'POST');
    expect(JSON.parse(String(signCall?.[1]?.body))).toEqual({ passphrase: 'rahasia-bsre' });
    expect(mount.container.querySelector('[data-testid="agreement-detail"] [data-status]')?.textContent).toBe('Ditandatangani');
    expect(buttonNamed('Tandatangani', mount.container)).toBeUndefined();
    expect(buttonNamed('Buat PK perubahan', mount.container)).toBeUndefined();
    expect(mount.container.querySelector('[data-testid="agreement-actions"] a')?.textContent).toBe('Lihat PDF');
  });
});

describe('field errors from the API', () => {
  it('shows the pagu message under the pagu field of the budget form', async () => {
    const message = 'Isi dengan angka rupiah tanpa pemisah ribuan.';
    stubFetch(
      routeFetch([
        orgRoute,
        {
          match: `${A}/pk1/budgets`,
          method: 'POST',
          answer: () =>
            json(400, { error: { code: 'validation', message: 'Data tidak valid.', fields: [{ field: 'body.pagu', message }] } }),
        },
        { match: `${A}/pk1`, answer: () => json(200, agreement('pk1', 'draft')) },
      ]),
    );
    await renderWithProviders(mount, <AgreementDetail agreementId="pk1" onOpen={() => {}} onDeleted={() => {}} />);
    await settle();
    await click(buttonNamed('Tambah anggaran', mount.container));
    const dialog = document.body.querySelector<HTMLElement>('[role="dialog"]')!;
    act(() => typeInto(inputByLabel(dialog, 'Kode program'), '2.16.02'));
    act(() => typeInto(inputByLabel(dialog, 'Nama program'), 'Program Aplikasi'));
    act(() => typeInto(inputByLabel(dialog, 'Pagu (Rp)'), '1.500.000'));
    await click(buttonNamed('Simpan', dialog));
    const pagu = inputByLabel(dialog, 'Pagu (Rp)');
    expect(pagu.getAttribute('aria-invalid')).toBe('true');
    expect(dialog.textContent).toContain(message);
  });
});
