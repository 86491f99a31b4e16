import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { type FetchRoute, json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { DocumentList } from './DocumentList.tsx';
import type { DocumentView } from './documents.api.ts';

const DOC_ID = '0190f000-0000-7000-8000-0000000000d1';
const PASSPHRASE = 'rahasia-BSrE-77';

function documentDue(): DocumentView {
  return {
    id: DOC_ID,
    kind: 'surat_dinas',
    title: 'Surat Dinas',
    number: '800/12/2026',
    date: '2026-01-05',
    subject: 'Rapat koordinasi',
    security: 'biasa',
    status: 'signing',
    verificationUrl: 'http://pamong.test/verifikasi/ABCDEFGHJKLMNPQRSTUV',
    sha256: null,
    pageCount: 1,
    signers: [signer(1, 'Sekretaris Dinas', 'signed'), signer(2, 'Kepala Dinas', 'pending')],
    mySignatureDue: true,
    createdAt: '2026-01-05T01:00:00Z',
  };
}

function signer(order: number, jabatan: string, status: 'pending' | 'signed'): DocumentView['signers'][number] {
  return {
    order,
    employeeId: `e${order}`,
    name: `Pegawai ${order}`,
    jabatan,
    capacity: 'definitif',
    status,
    signedAt: status === 'signed' ? '2026-01-05T02:00:00Z' : null,
    provider: null,
  };
}

const mount = mountPoint();

const listRoute = (doc: DocumentView, signingProvider = 'bsre', myCertificate: unknown = null): FetchRoute => ({
  match: /^\/api\/documents$/,
  answer: () => json(200, { items: [doc], signingProvider, myCertificate }),
});

async function openSignDialog() {
  const signButton = [...mount.container.querySelectorAll('button')].find((b) => b.textContent === 'Tandatangani');
  await act(async () => signButton!.click());
  await settle();
  return document.body.querySelector<HTMLElement>('[role="dialog"]')!;
}

async function signWith(dialog: HTMLElement, passphrase: string) {
  await act(async () => typeInto(inputByLabel(dialog, 'Passphrase BSrE'), passphrase));
  await act(async () => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  await settle();
}

describe('DocumentList', () => {
  it('shows signing progress and highlights the documents whose turn is mine', async () => {
    stubFetch(routeFetch([listRoute(documentDue())]));
    await renderWithProviders(mount, <DocumentList />);
    await settle();
    const row = mount.container.querySelector('[data-testid="documents-table"] tbody tr')?.textContent ?? '';
    expect(row).toContain('1/2 ditandatangani');
    expect(row).toContain('Giliran Anda');
    expect(mount.container.querySelector('[data-testid="documents-due"]')?.textContent).toContain('1 naskah');
    const pdf = [...mount.container.querySelectorAll('a')].find((a) => a.textContent === 'Buka PDF');
    expect(pdf?.getAttribute('href')).toBe(`/api/documents/${DOC_ID}/pdf`);
    expect(pdf?.getAttribute('target')).toBe('_blank');
  });

  it('offers no sign action when it is not my turn', async () => {
    stubFetch(routeFetch([listRoute({ ...documentDue(), mySignatureDue: false })]));
    await renderWithProviders(mount, <DocumentList />);
    await settle();
    expect([...mount.container.querySelectorAll('button')].some((b) => b.textContent === 'Tandatangani')).toBe(false);
    expect(mount.container.textContent).not.toContain('Giliran Anda');
  });
});

describe('sign dialog', () => {
  it('sends the passphrase in the sign request and keeps it neither in the field nor in the mutation cache', async () => {
    const signed = { ...documentDue(), mySignatureDue: false, status: 'final' as const };
    const server = stubFetch(
      routeFetch([
        listRoute(documentDue()),
        { match: `/api/documents/${DOC_ID}/sign`, method: 'POST', answer: () => json(200, signed) },
      ]),
    );
    const client = await renderWithProviders(mount, <DocumentList />);
    await settle();
    const dialog = await openSignDialog();
    expect(dialog.querySelector('[data-testid="sign-summary"]')?.textContent).toContain('Kepala Dinas');
    const field = inputByLabel(dialog, 'Passphrase BSrE');
    expect(field.type).toBe('password');
    expect(field.getAttribute('autocomplete')).toBe('off');
    await signWith(dialog, PASSPHRASE);
    const post = server.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[0]).toBe(`/api/documents/${DOC_ID}/sign`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ passphrase: PASSPHRASE });
    expect(field.value).toBe('');
    const cached = client.getMutationCache().getAll();
    expect(cached.length).toBeGreaterThan(0);
    expect(JSON.stringify(cached.map((m) => m.state))).not.toContain(PASSPHRASE);
  });

  it('shows a wrong passphrase on the field and leaves the field empty for a new try', async () => {
    const wrong = {
      error: {
        code: 'validation',
        message: 'Passphrase salah.',
        fields: [{ field: 'passphrase', message: 'Passphrase salah.' }],
      },
    };
    stubFetch(
      routeFetch([
        listRoute(documentDue()),
        { match: `/api/documents/${DOC_ID}/sign`, method: 'POST', answer: () => json(422, wrong) },
      ]),
    );
    await renderWithProviders(mount, <DocumentList />);
    await settle();
    const dialog = await openSignDialog();
    await signWith(dialog, 'salah');
    const field = inputByLabel(dialog, 'Passphrase BSrE');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(dialog.textContent).toContain('Passphrase salah.');
    expect(field.value).toBe('');
  });

  it("asks no passphrase and sends an empty body with Pamong's own certificates", async () => {
    const server = stubFetch(
      routeFetch([
        listRoute(documentDue(), 'local'),
        { match: `/api/documents/${DOC_ID}/sign`, method: 'POST', answer: () => json(200, documentDue()) },
      ]),
    );
    await renderWithProviders(mount, <DocumentList />);
    await settle();
    const dialog = await openSignDialog();
    expect(dialog.querySelector('input[type="password"]')).toBeNull();
    await act(async () => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await settle();
    const post = server.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({});
  });
});

describe('my certificate', () => {
  async function warningFor(certificate: unknown): Promise<string | null> {
    stubFetch(routeFetch([listRoute(documentDue(), 'local', certificate)]));
    await renderWithProviders(mount, <DocumentList />);
    await settle();
    return mount.container.querySelector('[data-testid="my-certificate"]')?.textContent ?? null;
  }

  it('warns before it expires, with the days left and the date', async () => {
    const warning = await warningFor({ status: 'expiring', daysLeft: 12, notAfter: '2026-12-10T00:00:00.000Z' });
    expect(warning).toContain('12 hari');
    expect(warning).toContain('10 Desember 2026');
  });

  it('says when it was revoked', async () => {
    expect(await warningFor({ status: 'revoked', daysLeft: 200, notAfter: '2027-06-01T00:00:00Z' })).toContain('dicabut');
  });

  it('says nothing while it is valid', async () => {
    expect(await warningFor({ status: 'valid', daysLeft: 200, notAfter: '2027-06-01T00:00:00Z' })).toBeNull();
  });
});
