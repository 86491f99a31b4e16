import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { DisposeDialog } from './DisposeDialog.tsx';
import { disposeProblems, draftToDisposeBody, emptyDisposeDraft } from './dispose-draft.ts';
import type { DisposeBody } from './eoffice.api.ts';

const KABID = '0190f000-0000-7000-8000-0000000000p1';
const SEKDIS = '0190f000-0000-7000-8000-0000000000p2';
const TODAY = '2026-03-10';

describe('disposeProblems', () => {
  it('asks for a leading recipient only when there are several', () => {
    const two = { ...emptyDisposeDraft(), positionIds: [KABID, SEKDIS] };
    expect(disposeProblems(two, TODAY).map((p) => p.field)).toEqual(['leading']);
    expect(disposeProblems({ ...two, leadingId: SEKDIS }, TODAY)).toEqual([]);
    expect(disposeProblems({ ...emptyDisposeDraft(), positionIds: [KABID] }, TODAY)).toEqual([]);
    expect(disposeProblems(emptyDisposeDraft(), TODAY).map((p) => p.field)).toEqual(['recipients']);
  });

  it('refuses a deadline before today and marks exactly the chosen recipient as leading', () => {
    const draft = { ...emptyDisposeDraft(), positionIds: [KABID, SEKDIS], leadingId: KABID, deadline: '2026-03-09' };
    expect(disposeProblems(draft, TODAY).map((p) => p.field)).toEqual(['deadline']);
    expect(draftToDisposeBody({ ...draft, deadline: '' }).to).toEqual([
      { positionId: KABID, leading: true },
      { positionId: SEKDIS, leading: false },
    ]);
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
        { id: SEKDIS, code: 'SEKDIS', name: 'Sekretaris Dinas', echelon: 'III.a', isHead: false, holders: [] },
      ],
    },
  ],
};
const REGULATION = { instructions: [{ code: 'tindak_lanjuti', label: 'Selesaikan/TL' }] };

const mount = mountPoint();

beforeAll(() => {
  // happy-dom has no FontFaceSet; Mantine's autosize Textarea listens on document.fonts.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

async function choose(optionText: string) {
  const dialog = document.body.querySelector<HTMLElement>('[role="dialog"]')!;
  const input = inputByLabel(dialog, 'Jabatan tujuan');
  await act(async () => input.click());
  await settle();
  const option = [...document.body.querySelectorAll<HTMLElement>('[role="option"]')].find((o) =>
    o.textContent?.startsWith(optionText),
  );
  if (!option) throw new Error(`no option ${optionText}`);
  await act(async () => option.click());
  await settle();
}

const submit = async () => {
  const button = [...document.body.querySelectorAll<HTMLButtonElement>('[role="dialog"] button[type="submit"]')][0]!;
  await act(async () => button.click());
  await settle();
};

describe('DisposeDialog', () => {
  it('requires a leading recipient when several are chosen, then sends the batch with it', async () => {
    stubFetch(
      routeFetch([
        { match: '/api/org/units', answer: () => json(200, UNITS) },
        { match: '/api/regulation', answer: () => json(200, REGULATION) },
      ]),
    );
    const send = vi.fn(async (_body: DisposeBody) => ({ ids: ['x'] }));
    await renderWithProviders(
      mount,
      <DisposeDialog opened title="Disposisikan surat" onClose={() => {}} send={send} onSent={() => {}} />,
    );
    await settle();
    await choose('Kepala Bidang Aplikasi');
    await choose('Sekretaris Dinas');
    await submit();
    expect(send).not.toHaveBeenCalled();
    const dialog = document.body.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Tandai tepat satu penerima sebagai penanggung jawab.');
    const radio = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.value === SEKDIS)!;
    await act(async () => radio.click());
    await submit();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].to).toEqual([
      { positionId: KABID, leading: false },
      { positionId: SEKDIS, leading: true },
    ]);
  });
});
