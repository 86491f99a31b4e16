import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { RealizationRowView } from './realizations.api.ts';
import { TargetRevisionDialog } from './TargetRevisionDialog.tsx';
import { TargetRevisionLedger } from './TargetRevisionLedger.tsx';

const mount = mountPoint();
beforeAll(() => {
  // happy-dom has no FontFaceSet; Mantine's autosize Textarea listens on document.fonts.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const URL = '/api/performance/indicators/i1/target-revisions';
const lock = { state: 'open', startsOn: '2026-01-01', locksOn: '2026-04-16', reopenedUntil: null } as const;
const target = (period: string | null, value: string) =>
  ({ year: 2026, period, kind: 'number', value, min: null, max: null, text: null }) as const;
const ROW: RealizationRowView = {
  ...{ indicatorId: 'i1', code: 'IKU.1', name: 'Indeks layanan digital', unitOfMeasure: 'indeks', frequency: 'quarterly' },
  ...{ polarity: 'maximize', aggregation: 'last', allowNegative: false, numeratorLabel: null, denominatorLabel: null },
  yearTarget: target(null, '80'),
  periods: ['Q1', 'Q2', 'Q3', 'Q4'].map((period) => ({ period, target: target(period, '20'), lock, realization: null })),
};

const dialog = () => {
  const found = document.body.querySelector<HTMLElement>('[role="dialog"]');
  if (!found) throw new Error('the dialog is not open');
  return found;
};
const fill = (label: string, value: string) =>
  act(() => {
    const input = inputByLabel(dialog(), label) as unknown as HTMLInputElement | HTMLTextAreaElement;
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const choosePeriod = (value: string) =>
  act(() => {
    const select = inputByLabel(dialog(), 'Periode target') as unknown as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const click = async (element: HTMLElement | null | undefined) => {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
};
const fillApproval = () => {
  fill('Alasan revisi', 'Penyesuaian Renstra perubahan');
  fill('Nomor SK', '050/123/2026');
  fill('Disetujui oleh', 'Kepala Bappeda');
};
const submit = () => click(dialog().querySelector<HTMLButtonElement>('button[type="submit"]'));
const posted = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([url, init]) => String(url) === URL && init?.method === 'POST');

describe('TargetRevisionDialog', () => {
  it('sends the chosen period, a range target and the approval, then reports the revision', async () => {
    const fetchMock = stubFetch(routeFetch([{ match: URL, method: 'POST', answer: () => json(201, { id: 'r1' }) }]));
    const onRevised = vi.fn();
    const onClose = vi.fn();
    await renderWithProviders(
      mount,
      <TargetRevisionDialog row={ROW} year={2026} opened onClose={onClose} onRevised={onRevised} />,
    );
    await settle();
    expect(dialog().textContent).toContain('Target saat ini: 80');
    choosePeriod('Q2');
    await click(dialog().querySelector<HTMLInputElement>('input[type="radio"][value="range"]'));
    fill('Batas bawah', ' 22 ');
    fill('Batas atas', '25.5');
    fillApproval();
    await submit();
    const calls = posted(fetchMock);
    expect(calls).toHaveLength(1);
    expect(JSON.parse(String(calls[0]?.[1]?.body))).toEqual({
      year: 2026,
      period: 'Q2',
      newTarget: { kind: 'range', min: '22', max: '25.5' },
      reason: 'Penyesuaian Renstra perubahan',
      decreeNumber: '050/123/2026',
      approvedByName: 'Kepala Bappeda',
    });
    expect(onRevised).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the server’s field message under the new target input and keeps the dialog open', async () => {
    const refusal = {
      error: {
        code: 'invalid',
        message: 'Isian tidak valid.',
        fields: [{ field: 'body.newTarget.value', message: 'Bukan angka.' }],
      },
    };
    const fetchMock = stubFetch(routeFetch([{ match: URL, method: 'POST', answer: () => json(400, refusal) }]));
    const onRevised = vi.fn();
    await renderWithProviders(
      mount,
      <TargetRevisionDialog row={ROW} year={2026} opened onClose={() => {}} onRevised={onRevised} />,
    );
    await settle();
    fill('Target baru', 'delapan');
    fillApproval();
    await submit();
    expect(JSON.parse(String(posted(fetchMock)[0]?.[1]?.body))).toMatchObject({
      period: null,
      newTarget: { kind: 'number', value: 'delapan' },
    });
    const input = inputByLabel(dialog(), 'Target baru');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const described = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(described).toContain('Bukan angka.');
    expect(onRevised).not.toHaveBeenCalled();
  });
});

describe('TargetRevisionLedger', () => {
  it('loads the ledger only when opened and shows old → new with the SK and approver', async () => {
    const entry = {
      ...{ id: 'r1', indicatorId: 'i1', year: 2026, period: 'Q2', reason: 'Penyesuaian Renstra perubahan' },
      oldTarget: { kind: 'number', value: '20', min: null, max: null, text: null },
      newTarget: { kind: 'range', value: null, min: '22', max: '25.5', text: null },
      ...{ decreeNumber: '050/123/2026', approvedByName: 'Kepala Bappeda', recordedAt: '2026-05-10T03:00:00.000Z' },
    };
    const fetchMock = stubFetch(routeFetch([{ match: URL, answer: () => json(200, { items: [entry] }) }]));
    await renderWithProviders(mount, <TargetRevisionLedger indicatorId="i1" />);
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
    await click(mount.container.querySelector<HTMLButtonElement>('button'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const text = mount.container.textContent ?? '';
    expect(text).toContain('Triwulan II 2026: 20 → 22–25.5');
    expect(text).toContain('SK 050/123/2026 · disetujui oleh Kepala Bappeda');
    expect(text).toContain('Penyesuaian Renstra perubahan');
  });
});
