import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../test-support/fetch-stub.ts';
import { renderWithProviders } from '../test-support/providers.tsx';
import { NotificationBell } from './NotificationBell.tsx';

const mount = mountPoint();
const ID = '0190f000-0000-7000-8000-00000000b001';
const unreadItem = {
  id: ID,
  kind: 'letter.incoming',
  title: 'Surat masuk dari Dinas Kesehatan',
  body: 'Agenda 0012/AGD/2026',
  link: null,
  createdAt: '2026-11-28T01:00:00Z',
  readAt: null,
};

describe('NotificationBell', () => {
  it('names the unread count for screen readers and marks an item read when it is opened', async () => {
    const server = stubFetch(
      routeFetch([
        { match: /^\/api\/notifications\?limit=10$/, answer: () => json(200, { items: [unreadItem], unread: 1 }) },
        { match: `/api/notifications/${ID}/read`, method: 'POST', answer: () => new Response(null, { status: 204 }) },
      ]),
    );
    await renderWithProviders(mount, <NotificationBell />, { route: '/' });
    await settle();
    const bell = mount.container.querySelector<HTMLButtonElement>('button[aria-label^="Notifikasi"]');
    expect(bell?.getAttribute('aria-label')).toBe('Notifikasi, 1 belum dibaca');
    await act(async () => bell!.click());
    await settle();
    const item = document.body.querySelector<HTMLButtonElement>('[data-testid="notification-list"] button[data-unread="true"]');
    expect(item?.textContent).toContain('Surat masuk dari Dinas Kesehatan');
    await act(async () => item!.click());
    await settle();
    expect(server.mock.calls.some(([url, init]) => url === `/api/notifications/${ID}/read` && init?.method === 'POST')).toBe(
      true,
    );
  });
});
