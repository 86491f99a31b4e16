import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { inputByLabel, typeInto } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { AccountabilityIndicatorView } from './desa.api.ts';
import { emptyDraft } from './entry-model.ts';
import { type EntrySave, QuarterEntryForm } from './QuarterEntryForm.tsx';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const POVERTY: AccountabilityIndicatorView = {
  ...{
    id: '0190a0b0-0000-7000-8000-000000000001',
    kind: 'mandatory',
    code: 'KMS',
    name: 'Penurunan angka kemiskinan',
    unit: 'KK',
  },
  ...{ polarity: 'maximize', aggregation: 'cumulative', evidenceKind: 'households' },
  target: { value: '64', rule: '8% × DTKS', overridden: false },
  quarters: [],
  yearCapaian: null,
};

async function renderForm(onSave: (save: EntrySave) => Promise<boolean>) {
  let n = 0;
  await renderWithProviders(
    mount,
    <QuarterEntryForm
      indicator={POVERTY}
      quarter="Q2"
      slot={{ regionId: 'desa-1', year: 2026, indicatorId: POVERTY.id, quarter: 'Q2', evidenceKind: 'households' }}
      initial={emptyDraft()}
      returnNote="Lampirkan daftar KK."
      newId={() => `id-${++n}`}
      onSave={onSave}
      onCancel={() => {}}
    />,
  );
}

const button = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const submit = async () => {
  await act(async () => mount.container.querySelector('form')!.requestSubmit());
  await settle();
};

describe('QuarterEntryForm', () => {
  it('refuses a No KK that is not 16 digits on the device and saves nothing', async () => {
    const onSave = vi.fn(async () => true);
    await renderForm(onSave);
    expect(mount.container.textContent).toContain('Lampirkan daftar KK.'); // the kecamatan's return note
    act(() => button('Tambah KK').click());
    act(() => typeInto(inputByLabel(mount.container, 'Nilai realisasi (KK)'), '1'));
    typeInto(inputByLabel(mount.container, 'Nomor KK'), '320101234567000'); // 15 digits
    act(() => typeInto(inputByLabel(mount.container, 'Nama'), 'Asep'));
    act(() => typeInto(inputByLabel(mount.container, 'Alasan keluar'), 'Usaha mandiri'));
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(mount.container.textContent).toContain('Nomor KK harus 16 angka.');
    expect(inputByLabel(mount.container, 'Nomor KK').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps only digits, masks a complete No KK once left, and queues the body with a dot decimal', async () => {
    const onSave = vi.fn(async (_save: EntrySave) => true);
    await renderForm(onSave);
    act(() => button('Tambah KK').click());
    const noKk = inputByLabel(mount.container, 'Nomor KK');
    act(() => noKk.focus());
    act(() => typeInto(noKk, '3201-0123-4567-0001'));
    expect(noKk.value).toBe('3201012345670001');
    act(() => noKk.blur());
    expect(inputByLabel(mount.container, 'Nomor KK').value).toBe('3201 •••• •••• 0001');
    act(() => typeInto(inputByLabel(mount.container, 'Nilai realisasi (KK)'), '12,5'));
    act(() => typeInto(inputByLabel(mount.container, 'Nama'), 'Asep'));
    act(() => typeInto(inputByLabel(mount.container, 'Alasan keluar'), 'Usaha mandiri'));
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    const { body } = onSave.mock.calls[0]![0];
    expect(body).toMatchObject({ regionId: 'desa-1', year: 2026, quarter: 'Q2', value: '12.5', submit: true });
    expect(body.evidence?.households).toEqual([
      { clientId: 'id-1', noKk: '3201012345670001', nik: null, name: 'Asep', reason: 'Usaha mandiri' },
    ]);
  });

  it('says so when the same quarter is being sent and the entry could not be queued', async () => {
    await renderForm(async () => false);
    act(() => typeInto(inputByLabel(mount.container, 'Nilai realisasi (KK)'), '3'));
    await submit();
    const alerts = [...mount.container.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts.some((text) => text?.includes('sedang dikirim'))).toBe(true);
  });
});
