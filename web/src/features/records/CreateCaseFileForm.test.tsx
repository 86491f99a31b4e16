import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { CreateCaseFileForm } from './CreateCaseFileForm.tsx';

const mount = mountPoint();
const UNIT = '0190f000-0000-7000-8000-000000000009';

describe('CreateCaseFileForm', () => {
  it('sends the draft with the first unit and shows the server’s field message under the KKA', async () => {
    const message = 'Kode klasifikasi arsip 000.99 tidak ada pada paket regulasi yang berlaku.';
    const server = stubFetch(
      routeFetch([
        {
          match: '/api/org/units',
          answer: () => json(200, { units: [{ id: UNIT, name: 'Dinas Kominfo', code: 'DISKOMINFO' }] }),
        },
        {
          match: '/api/case-files',
          method: 'POST',
          answer: () =>
            json(422, {
              error: { code: 'invalid', message: 'Data tidak memenuhi aturan.', fields: [{ field: 'body.kka', message }] },
            }),
        },
      ]),
    );
    await renderWithProviders(mount, <CreateCaseFileForm onCreated={() => {}} />, { route: '/' });
    await settle();
    await act(async () => typeInto(inputByLabel(mount.container, 'Kode klasifikasi arsip (KKA)'), '000.99'));
    await act(async () => typeInto(inputByLabel(mount.container, 'Judul berkas'), 'Rapat <b>koordinasi</b>'));
    await act(async () => mount.container.querySelector('form')!.requestSubmit());
    await settle();
    const post = server.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ unitId: UNIT, kka: '000.99', title: 'Rapat <b>koordinasi</b>' });
    expect(mount.container.textContent).toContain(message);
  });
});
