import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import type { VillageRealizationView } from './verification.api.ts';

const mount = mountPoint();
const ID = '0190a0b0-0000-7000-8000-0000000000aa';
const REALIZATION: VillageRealizationView = {
  ...{ id: ID, clientId: '0190a0b0-0000-7000-8000-0000000000bb', regionId: 'desa-1', year: 2026 },
  ...{ indicatorId: 'ind-1', indicatorKind: 'mandatory', quarter: 'Q2', value: '12', note: null, status: 'submitted' },
  ...{ returnNote: null, submittedAt: '2026-06-30T03:00:00Z', reviewedAt: null, version: 4 },
  evidence: { households: [], children: [], ikm: null, photos: [] },
};

const button = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const noteBox = () => mount.container.querySelector('textarea')!;
const typeNote = (value: string) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  setter.call(noteBox(), value);
  noteBox().dispatchEvent(new Event('input', { bubbles: true }));
};
const bodyOf = (server: ReturnType<typeof stubFetch>, index: number) =>
  JSON.parse(String(server.mock.calls[index]?.[1]?.body)) as unknown;

describe('ReviewActions', () => {
  it('verifies with the version seen and tells the drawer it is done', async () => {
    const server = stubFetch(
      routeFetch([
        {
          match: `/api/villages/realizations/${ID}/verify`,
          method: 'POST',
          answer: () => json(200, { ...REALIZATION, status: 'verified', version: 5 }),
        },
      ]),
    );
    const onDone = vi.fn();
    await renderWithProviders(mount, <ReviewActions realization={REALIZATION} onDone={onDone} />);
    await act(async () => button('Verifikasi').click());
    await settle();
    expect(String(server.mock.calls[0]?.[0])).toBe(`/api/villages/realizations/${ID}/verify`);
    expect(bodyOf(server, 0)).toEqual({ version: 4, note: null });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('refuses to return without a note and sends nothing', async () => {
    const server = stubFetch(routeFetch([]));
    const onDone = vi.fn();
    await renderWithProviders(mount, <ReviewActions realization={REALIZATION} onDone={onDone} />);
    act(() => typeNote('   '));
    await act(async () => button('Kembalikan').click());
    await settle();
    expect(server).not.toHaveBeenCalled();
    expect(mount.container.textContent).toContain('Tulis apa yang harus diperbaiki desa.');
    expect(noteBox().getAttribute('aria-invalid')).toBe('true');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('returns with the trimmed note and the version seen', async () => {
    const server = stubFetch(
      routeFetch([
        {
          match: `/api/villages/realizations/${ID}/return`,
          method: 'POST',
          answer: () => json(200, { ...REALIZATION, status: 'returned', version: 5 }),
        },
      ]),
    );
    const onDone = vi.fn();
    await renderWithProviders(mount, <ReviewActions realization={REALIZATION} onDone={onDone} />);
    act(() => typeNote('  Lampirkan daftar KK.  '));
    await act(async () => button('Kembalikan').click());
    await settle();
    expect(String(server.mock.calls[0]?.[0])).toBe(`/api/villages/realizations/${ID}/return`);
    expect(bodyOf(server, 0)).toEqual({ version: 4, note: 'Lampirkan daftar KK.' });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('on 409 says the realisasi changed, reloads it, and stays open', async () => {
    stubFetch(
      routeFetch([
        {
          match: `/api/villages/realizations/${ID}/verify`,
          answer: () => json(409, { error: { code: 'conflict', message: 'stale' } }),
        },
      ]),
    );
    const onDone = vi.fn();
    const client = await renderWithProviders(mount, <ReviewActions realization={REALIZATION} onDone={onDone} />);
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    await act(async () => button('Verifikasi').click());
    await settle();
    expect(mount.container.textContent).toContain('baru saja diubah orang lain');
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['villages-verification'] });
    expect(onDone).not.toHaveBeenCalled();
  });
});
