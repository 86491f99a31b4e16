import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { dateInWib } from '../verification/verification-format.ts';
import { RegisterLetterForm } from './RegisterLetterForm.tsx';
import {
  draftToRegisterInput,
  emptyRegisterDraft,
  MAX_TEMBUSAN,
  type RegisterDraft,
  registerProblems,
  serverFieldOf,
} from './register-draft.ts';

const TODAY = '2026-03-10';
const pdf = () => new File(['%PDF-1.7'], 'surat.pdf', { type: 'application/pdf' });

function filledDraft(extra: Partial<RegisterDraft> = {}): RegisterDraft {
  return {
    ...emptyRegisterDraft(TODAY),
    senderName: 'Sekretariat Jenderal',
    theirNumber: '005/123/SJ',
    theirDate: '2026-03-09',
    hal: 'Undangan rapat',
    kka: '000.1.2',
    unitId: '0190f000-0000-7000-8000-0000000000u1',
    ...extra,
  };
}

describe('registerProblems', () => {
  it('refuses a received date after today and accepts today', () => {
    expect(registerProblems(filledDraft({ receivedDate: '2026-03-11' }), pdf(), TODAY).receivedDate?.key).toBe(
      'eoffice.register.futureDate',
    );
    expect(registerProblems(filledDraft({ receivedDate: TODAY }), pdf(), TODAY)).toEqual({});
  });

  it('asks for the required fields and a PDF file', () => {
    const problems = registerProblems(emptyRegisterDraft(TODAY), null, TODAY);
    expect(Object.keys(problems).sort()).toEqual(['file', 'hal', 'kka', 'senderName', 'theirDate', 'theirNumber', 'unitId']);
    const word = new File(['x'], 'surat.docx', { type: 'application/msword' });
    expect(registerProblems(filledDraft(), word, TODAY).file?.key).toBe('eoffice.register.notPdf');
  });

  it('sends optional sender fields only when filled, and names server fields like the API', () => {
    const input = draftToRegisterInput(filledDraft({ senderOrganisation: '  Kemendagri ', summary: '   ' }));
    expect(input.sender).toEqual({
      name: 'Sekretariat Jenderal',
      organisation: 'Kemendagri',
      address: undefined,
      email: undefined,
    });
    expect(input.summary).toBeUndefined();
    expect(serverFieldOf('senderName')).toBe('metadata.sender.name');
    expect(serverFieldOf('receivedDate')).toBe('metadata.receivedDate');
    expect(serverFieldOf('file')).toBe('file');
  });
});

const KABID = '0190f000-0000-7000-8000-0000000000p1';
const SEKDIS = '0190f000-0000-7000-8000-0000000000p2';

describe('tembusan in the register draft', () => {
  it('sends the chosen positions once each, and leaves the field out when none is chosen', () => {
    expect(draftToRegisterInput(filledDraft({ tembusan: [KABID, SEKDIS, KABID] })).tembusan).toEqual([KABID, SEKDIS]);
    expect(draftToRegisterInput(filledDraft()).tembusan).toBeUndefined();
    expect(serverFieldOf('tembusan')).toBe('metadata.tembusan');
  });

  it('refuses more positions than the server accepts', () => {
    const many = Array.from({ length: MAX_TEMBUSAN + 1 }, (_, i) => `0190f000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    expect(registerProblems(filledDraft({ tembusan: many }), pdf(), TODAY).tembusan?.key).toBe(
      'eoffice.register.tooManyTembusan',
    );
    expect(registerProblems(filledDraft({ tembusan: many.slice(0, MAX_TEMBUSAN) }), pdf(), TODAY)).toEqual({});
  });
});

const UNITS = {
  units: [
    {
      id: 'u1',
      parentId: null,
      code: 'DISKOMINFO',
      name: 'Dinas Komunikasi dan Informatika',
      kind: 'dinas',
      positions: [
        { id: KABID, code: 'KABID', name: 'Kepala Bidang Aplikasi', echelon: 'III.b', isHead: false, holders: [] },
        {
          id: SEKDIS,
          code: 'SEKDIS',
          name: 'Sekretaris Dinas',
          echelon: 'III.a',
          isHead: false,
          holders: [{ name: 'Rina' }],
        },
      ],
    },
  ],
};

const mount = mountPoint();

beforeAll(() => {
  // happy-dom has no FontFaceSet; Mantine's autosize Textarea listens on document.fonts.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

describe('RegisterLetterForm', () => {
  it('refuses a future received date in the form without sending anything', async () => {
    const server = stubFetch(routeFetch([{ match: '/api/org/units', answer: () => json(200, { units: [] }) }]));
    await renderWithProviders(mount, <RegisterLetterForm />, { route: '/e-office?tab=catat' });
    await settle();
    const received = inputByLabel(mount.container, 'Tanggal diterima');
    const today = dateInWib(new Date());
    expect(received.value).toBe(today);
    expect(received.max).toBe(today);
    const tomorrow = new Date(`${today}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    await act(async () => typeInto(received, tomorrow.toISOString().slice(0, 10)));
    await act(async () => mount.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await settle();
    expect(received.getAttribute('aria-invalid')).toBe('true');
    expect(mount.container.textContent).toContain(`Tanggal diterima tidak boleh setelah hari ini (${today})`);
    expect(server.mock.calls.some(([url, init]) => String(url).includes('/api/letters') || init?.method === 'POST')).toBe(false);
  });
});

describe('RegisterLetterForm tembusan picker', () => {
  it('offers the positions of the organisation with their holders and keeps the chosen ones', async () => {
    stubFetch(routeFetch([{ match: '/api/org/units', answer: () => json(200, UNITS) }]));
    await renderWithProviders(mount, <RegisterLetterForm />, { route: '/e-office?tab=catat' });
    await settle();
    const input = inputByLabel(mount.container, 'Tembusan');
    await act(async () => input.click());
    await settle();
    const options = [...document.body.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['Kepala Bidang Aplikasi (kosong)', 'Sekretaris Dinas (Rina)']));
    const option = [...document.body.querySelectorAll<HTMLElement>('[role="option"]')].find((o) =>
      o.textContent?.startsWith('Sekretaris Dinas'),
    );
    await act(async () => option!.click());
    await settle();
    expect(mount.container.textContent).toContain('Sekretaris Dinas (Rina)');
  });
});
