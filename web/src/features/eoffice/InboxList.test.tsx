import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle, settleUntil } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import type { InboxLine } from './eoffice.api.ts';
import { InboxList } from './InboxList.tsx';

function line(n: number, extra: Partial<InboxLine> = {}): InboxLine {
  return {
    id: `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    agendaNumber: `AG-${n}`,
    hal: `Surat nomor ${n}`,
    senderName: `Pengirim ${n}`,
    senderOrganisation: 'Kementerian Dalam Negeri',
    receivedOn: '2026-01-05',
    security: 'biasa',
    urgency: 'biasa',
    status: 'diterima',
    role: 'kepada',
    unread: false,
    ...extra,
  };
}

const CURSOR = 'halaman-dua';

/** The work-queue counters the unread line is taken from (the chips and the navigation badge read them too). */
function counters(incomingUnread: number, tembusanUnread: number) {
  const zero = { toSign: 0, toSignLetters: 0, toSignDocuments: 0, toVerify: 0, dispositionsToAct: 0, overdue: 0 };
  return { match: '/api/work-queues', answer: () => json(200, { ...zero, incomingUnread, tembusanUnread }) };
}
const mount = mountPoint();

const unreadLine = () => mount.container.querySelector('[data-testid="inbox-unread"]')?.textContent;
const buttonNamed = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent === name);
const rowTexts = () =>
  [...mount.container.querySelectorAll('[data-testid="inbox-table"] tbody tr')].map((r) => r.textContent ?? '');

describe('InboxList', () => {
  it('loads the next page with the cursor of the previous one and appends it', async () => {
    const server = stubFetch(
      routeFetch([
        counters(1, 2),
        {
          match: /^\/api\/letters\/inbox\?cursor=halaman-dua/,
          answer: () => json(200, { items: [line(3)], nextCursor: null }),
        },
        {
          match: /^\/api\/letters\/inbox/,
          answer: () =>
            json(200, {
              items: [line(1, { unread: true }), line(2)],
              nextCursor: CURSOR,
            }),
        },
      ]),
    );
    await renderWithProviders(mount, <InboxList />, { route: '/e-office' });
    await settleUntil(() => unreadLine() !== undefined && rowTexts().length > 0);
    expect(rowTexts()).toHaveLength(2);
    expect(mount.container.querySelector('[data-testid="inbox-unread"]')?.textContent).toBe('3 surat belum dibaca');
    await act(async () => buttonNamed('Muat lagi')!.click());
    await settle();
    const urls = server.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/letters/inbox'));
    expect(urls).toHaveLength(2);
    expect(new URL(urls[1]!, 'http://x').searchParams.get('cursor')).toBe(CURSOR);
    expect(new URL(urls[0]!, 'http://x').searchParams.has('cursor')).toBe(false);
    const rows = rowTexts();
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('Surat nomor 3');
    expect(buttonNamed('Muat lagi')).toBeUndefined();
  });

  it('shows unread letters in bold with a badge, and urgency and security marks', async () => {
    const urgent = line(1, { unread: true, urgency: 'sangat_segera', security: 'rahasia' });
    stubFetch(
      routeFetch([
        {
          match: '/api/letters/inbox',
          answer: () => json(200, { items: [urgent, line(2)], nextCursor: null }),
        },
      ]),
    );
    await renderWithProviders(mount, <InboxList />, { route: '/e-office' });
    await settle();
    const links = [...mount.container.querySelectorAll<HTMLAnchorElement>('[data-testid="inbox-table"] a')];
    expect(links.map((a) => a.dataset.unread)).toEqual(['true', 'false']);
    expect(links[0]!.getAttribute('href')).toBe(`/e-office/surat/${urgent.id}`);
    const [first, second] = rowTexts();
    expect(first).toContain('Baru');
    expect(first).toContain('Sangat Segera');
    expect(first).toContain('Rahasia');
    expect(first).toContain('AG-1');
    expect(first).toContain('Pengirim 1');
    expect(first).toContain('5 Januari 2026');
    expect(second).not.toContain('Baru');
  });

  it('says "more than" when a work-queue counter stopped at its cap, never a number that looks exact', async () => {
    stubFetch(
      routeFetch([
        counters(100, 4),
        {
          match: '/api/letters/inbox',
          answer: () => json(200, { items: [line(1)], nextCursor: null }),
        },
      ]),
    );
    await renderWithProviders(mount, <InboxList />, { route: '/e-office' });
    await settleUntil(() => unreadLine() !== undefined);
    const text = mount.container.querySelector('[data-testid="inbox-unread"]')?.textContent;
    expect(text).toBe('Lebih dari 103 surat belum dibaca');
  });

  it('asks the server again with unread=true when "Hanya yang belum dibaca" is switched on', async () => {
    const server = stubFetch(
      routeFetch([
        {
          match: /^\/api\/letters\/inbox/,
          answer: () => json(200, { items: [line(1, { unread: true })], nextCursor: null }),
        },
      ]),
    );
    await renderWithProviders(mount, <InboxList />, { route: '/e-office' });
    await settle();
    const toggle = [...mount.container.querySelectorAll('input[type="checkbox"]')].find((i) =>
      mount.container.querySelector(`label[for="${i.id}"]`)?.textContent?.includes('Hanya yang belum dibaca'),
    ) as HTMLInputElement;
    await act(async () => toggle.click());
    await settle();
    const urls = server.mock.calls.map(([url]) => String(url));
    expect(urls[0]).not.toContain('unread=');
    expect(urls.at(-1)).toContain('unread=true');
  });

  it('says so when every letter has been read', async () => {
    stubFetch(
      routeFetch([
        counters(0, 0),
        { match: '/api/letters/inbox', answer: () => json(200, { items: [line(1)], nextCursor: null }) },
      ]),
    );
    await renderWithProviders(mount, <InboxList />, { route: '/e-office' });
    await settleUntil(() => unreadLine() !== undefined);
    expect(unreadLine()).toBe('Semua surat sudah dibaca');
  });

  it('renders a subject holding markup as text', async () => {
    const hal = '<script>alert(1)</script><i>miring</i>';
    stubFetch(
      routeFetch([
        {
          match: '/api/letters/inbox',
          answer: () => json(200, { items: [line(1, { hal })], nextCursor: null }),
        },
      ]),
    );
    await renderWithProviders(mount, <InboxList />, { route: '/e-office' });
    await settle();
    expect(mount.container.querySelector('[data-testid="inbox-table"] script, [data-testid="inbox-table"] i')).toBeNull();
    expect(rowTexts()[0]).toContain(hal);
  });
});
