import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../app/i18n/index.ts';
import { CreateTenantForm } from './CreateTenantForm.tsx';
import type { TenantCreatedView } from './platform.api.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const KARANGANYAR: TenantCreatedView = {
  tenant: {
    id: '0190f000-0000-7000-8000-000000000002',
    code: '33.13',
    slug: 'karanganyar',
    name: 'Kabupaten Karanganyar',
    kind: 'kabupaten',
    provinceName: 'Jawa Tengah',
  },
  counts: { kecamatan: 17, desa: 162, kelurahan: 15 },
};

let container: HTMLDivElement;
let root: Root;

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 50)));

async function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => {
    root.render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          <CreateTenantForm />
        </QueryClientProvider>
      </MantineProvider>,
    );
  });
}

function typeInto(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const inputByLabel = (text: string) => {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.replace('*', '').trim() === text);
  return container.querySelector<HTMLInputElement>(`#${CSS.escape(label!.htmlFor)}`)!;
};

async function submitCode(code: string) {
  await act(async () => typeInto(inputByLabel('Kode Kemendagri kabupaten/kota'), code));
  await act(async () => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  await settle();
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

describe('CreateTenantForm', () => {
  it('posts the code and shows the counts and the command for the first admin', async () => {
    const server = vi.fn<typeof fetch>(async () => json(201, KARANGANYAR));
    vi.stubGlobal('fetch', server);
    await renderForm();
    await submitCode(' 3313 ');
    const [url, init] = server.mock.calls[0]!;
    expect(url).toBe('/api/platform/tenants');
    expect(JSON.parse(String(init?.body))).toEqual({ code: '3313' });
    const notice = container.querySelector('[data-testid="tenant-created"]');
    expect(notice?.textContent).toContain('Kabupaten Karanganyar dibuat: 17 kecamatan, 162 desa, 15 kelurahan.');
    expect(notice?.textContent).toContain('npx pamong user create --tenant karanganyar');
    expect(inputByLabel('Kode Kemendagri kabupaten/kota').value).toBe('');
  });

  it('shows the server message of a 409 as an alert and keeps the code', async () => {
    const message = 'Pemda dengan kode 33.13 sudah ada.';
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => json(409, { error: { code: 'conflict', message } })),
    );
    await renderForm();
    await submitCode('33.13');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(container.querySelector('[data-testid="tenant-created"]')).toBeNull();
    expect(inputByLabel('Kode Kemendagri kabupaten/kota').value).toBe('33.13');
  });

  it('shows a 422 field message on the code field', async () => {
    const message = 'Kode wilayah Kemendagri "99.99" tidak dikenal (contoh: 33.13).';
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () =>
        json(422, { error: { code: 'invalid', message: 'Data tidak valid.', fields: [{ field: 'code', message }] } }),
      ),
    );
    await renderForm();
    await submitCode('99.99');
    const input = inputByLabel('Kode Kemendagri kabupaten/kota');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain(message);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
