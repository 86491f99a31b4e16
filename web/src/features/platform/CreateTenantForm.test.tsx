import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { CreateTenantForm } from './CreateTenantForm.tsx';
import type { TenantCreatedView } from './platform.api.ts';

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

const mount = mountPoint();

const codeInput = () => inputByLabel(mount.container, 'Kode Kemendagri kabupaten/kota');

async function submitCode(code: string) {
  await act(async () => typeInto(codeInput(), code));
  await act(async () => mount.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  await settle();
}

describe('CreateTenantForm', () => {
  it('posts the code and shows the counts and the command for the first admin', async () => {
    const server = stubFetch(async () => json(201, KARANGANYAR));
    await renderWithProviders(mount, <CreateTenantForm />);
    await submitCode(' 3313 ');
    const [url, init] = server.mock.calls[0]!;
    expect(url).toBe('/api/platform/tenants');
    expect(JSON.parse(String(init?.body))).toEqual({ code: '3313' });
    const notice = mount.container.querySelector('[data-testid="tenant-created"]');
    expect(notice?.textContent).toContain('Kabupaten Karanganyar dibuat: 17 kecamatan, 162 desa, 15 kelurahan.');
    expect(notice?.textContent).toContain('npx pamong user create --tenant karanganyar');
    expect(codeInput().value).toBe('');
  });

  it('shows the server message of a 409 as an alert and keeps the code', async () => {
    const message = 'Pemda dengan kode 33.13 sudah ada.';
    stubFetch(async () => json(409, { error: { code: 'conflict', message } }));
    await renderWithProviders(mount, <CreateTenantForm />);
    await submitCode('33.13');
    expect(mount.container.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(mount.container.querySelector('[data-testid="tenant-created"]')).toBeNull();
    expect(codeInput().value).toBe('33.13');
  });

  it('shows a 422 field message on the code field', async () => {
    const message = 'Kode wilayah Kemendagri "99.99" tidak dikenal (contoh: 33.13).';
    stubFetch(async () =>
      json(422, { error: { code: 'invalid', message: 'Data tidak valid.', fields: [{ field: 'code', message }] } }),
    );
    await renderWithProviders(mount, <CreateTenantForm />);
    await submitCode('99.99');
    expect(codeInput().getAttribute('aria-invalid')).toBe('true');
    expect(mount.container.textContent).toContain(message);
    expect(mount.container.querySelector('[role="alert"]')).toBeNull();
  });
});
