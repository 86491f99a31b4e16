import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint } from '../../../test-support/dom.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { OutboxItem } from './outbox-core.ts';
import { PendingPanel } from './PendingPanel.tsx';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const entry = (clientId: string, quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4', overrides: Partial<OutboxItem> = {}): OutboxItem => ({
  clientId,
  userId: 'me',
  body: { regionId: 'r1', year: 2026, indicatorId: 'i1', quarter, value: '7', note: null, submit: true },
  photos: [],
  label: { desaName: 'Sukajaya', indicatorCode: 'KMS', indicatorName: 'Penurunan angka kemiskinan' },
  state: 'waiting',
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  fieldErrors: [],
  createdAt: 1,
  updatedAt: 1,
  ...overrides,
});

const ITEMS = [
  entry('w', 'Q1', { lastError: 'network', attempts: 1 }),
  entry('c', 'Q2', { state: 'conflict', lastError: 'conflict' }),
  entry('r', 'Q3', {
    state: 'rejected',
    lastError: 'invalid',
    fieldErrors: [{ field: 'evidence.households.0.noKk', message: 'Nomor KK sudah dipakai.' }],
  }),
  entry('s', 'Q4', { state: 'sent' }),
];

const buttonsNamed = (name: string) =>
  [...mount.container.querySelectorAll('button')].filter((b) => b.textContent?.trim() === name);

describe('PendingPanel', () => {
  it('counts entries not yet accepted, shows each state and the server’s field message on its field', async () => {
    await renderWithProviders(
      mount,
      <PendingPanel
        items={ITEMS}
        userId="me"
        online={false}
        onSendNow={() => {}}
        onDiscard={() => {}}
        onResendAsNew={() => {}}
        onEdit={() => {}}
      />,
    );
    expect(mount.container.querySelector('[role="status"]')?.textContent).toBe('Menunggu dikirim: 3');
    const text = mount.container.textContent ?? '';
    expect(text).toContain('Luring');
    for (const state of ['Menunggu dikirim', 'Konflik', 'Ditolak', 'Terkirim']) expect(text).toContain(state);
    expect(text).toContain('Belum ada sambungan; dicoba lagi otomatis.');
    expect(text).toContain('KK 1 · Nomor KK: Nomor KK sudah dipakai.');
  });

  it('offers "Kirim sekarang", "Kirim versi saya" only for the conflict and "Perbaiki" only for the refused entry', async () => {
    const actions = { onSendNow: vi.fn(), onDiscard: vi.fn(), onResendAsNew: vi.fn(), onEdit: vi.fn() };
    await renderWithProviders(mount, <PendingPanel items={ITEMS} userId="me" online {...actions} />);
    act(() => buttonsNamed('Kirim sekarang')[0]!.click());
    expect(actions.onSendNow).toHaveBeenCalledTimes(1);
    expect(buttonsNamed('Kirim versi saya')).toHaveLength(1);
    act(() => buttonsNamed('Kirim versi saya')[0]!.click());
    expect(actions.onResendAsNew).toHaveBeenCalledWith('c');
    act(() => buttonsNamed('Perbaiki')[0]!.click());
    expect(actions.onEdit).toHaveBeenCalledWith(expect.objectContaining({ clientId: 'r' }));
    expect(buttonsNamed('Buang')).toHaveLength(3); // never for a sent entry
  });

  it('shows another account’s entry without actions, and nothing to send when only it waits', async () => {
    const theirs = entry('t', 'Q1', { userId: 'someone-else' });
    await renderWithProviders(
      mount,
      <PendingPanel
        items={[theirs]}
        userId="me"
        online
        onSendNow={() => {}}
        onDiscard={() => {}}
        onResendAsNew={() => {}}
        onEdit={() => {}}
      />,
    );
    expect(mount.container.textContent).toContain('Milik akun lain di perangkat ini');
    expect(buttonsNamed('Buang')).toHaveLength(0);
    expect(buttonsNamed('Kirim sekarang')[0]!.disabled).toBe(true);
  });
});
