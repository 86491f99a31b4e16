import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../test-support/fetch-stub.ts';
import { renderWithProviders } from '../test-support/providers.tsx';
import { NavLinks } from './NavLinks.tsx';
import { NAV_ITEMS } from './nav.ts';

const mount = mountPoint();
const counts = {
  toSign: 2,
  toSignLetters: 1,
  toSignDocuments: 1,
  toVerify: 1,
  incomingUnread: 3,
  tembusanUnread: 4,
  dispositionsToAct: 1,
  overdue: 1,
};

describe('NavLinks', () => {
  it('shows the waiting work as badges named in the link label (e-Office sums its queues, Naskah counts documents)', async () => {
    const server = stubFetch(routeFetch([{ match: '/api/work-queues', answer: () => json(200, counts) }]));
    const items = NAV_ITEMS.filter((item) => ['/', '/e-office', '/naskah'].includes(item.to));
    await renderWithProviders(mount, <NavLinks items={items} pathname="/" onNavigate={() => {}} />, { route: '/' });
    await settle();
    expect(server.mock.calls.some(([url]) => url === '/api/work-queues')).toBe(true);
    const link = (to: string) => mount.container.querySelector<HTMLAnchorElement>(`a[href="${to}"]`);
    // 3 unread + 1 disposition + 1 to verify + 2 to sign; tembusan and overdue are not added again.
    expect(link('/e-office')?.getAttribute('aria-label')).toBe('e-Office, 7 menunggu');
    expect(link('/e-office')?.textContent).toContain('7');
    expect(link('/naskah')?.getAttribute('aria-label')).toMatch(/, 1 menunggu$/);
    expect(link('/')?.hasAttribute('aria-label')).toBe(false);
  });

  it('shows no badge and a plain label when nothing waits', async () => {
    const zero = Object.fromEntries(Object.keys(counts).map((k) => [k, 0]));
    stubFetch(routeFetch([{ match: '/api/work-queues', answer: () => json(200, zero) }]));
    const items = NAV_ITEMS.filter((item) => item.to === '/e-office');
    await renderWithProviders(mount, <NavLinks items={items} pathname="/" onNavigate={() => {}} />, { route: '/' });
    await settle();
    const link = mount.container.querySelector<HTMLAnchorElement>('a[href="/e-office"]');
    expect(link?.hasAttribute('aria-label')).toBe(false);
    expect(link?.textContent).toBe('e-Office');
  });

  it('shows 99+ (badge and label) from 100 waiting on, the server counting each queue up to 100', async () => {
    const many = { ...counts, incomingUnread: 100, dispositionsToAct: 0, toVerify: 0, toSign: 0 };
    stubFetch(routeFetch([{ match: '/api/work-queues', answer: () => json(200, many) }]));
    const items = NAV_ITEMS.filter((item) => item.to === '/e-office');
    await renderWithProviders(mount, <NavLinks items={items} pathname="/" onNavigate={() => {}} />, { route: '/' });
    await settle();
    const link = mount.container.querySelector<HTMLAnchorElement>('a[href="/e-office"]');
    expect(link?.getAttribute('aria-label')).toBe('e-Office, 99+ menunggu');
    expect(link?.textContent).toBe('e-Office99+');
  });

  it('shows 99 as it is', async () => {
    stubFetch(routeFetch([{ match: '/api/work-queues', answer: () => json(200, { ...counts, incomingUnread: 93 }) }]));
    const items = NAV_ITEMS.filter((item) => item.to === '/e-office');
    await renderWithProviders(mount, <NavLinks items={items} pathname="/" onNavigate={() => {}} />, { route: '/' });
    await settle();
    const link = mount.container.querySelector<HTMLAnchorElement>('a[href="/e-office"]');
    // 93 unread + 1 disposition + 1 to verify + 2 to sign.
    expect(link?.getAttribute('aria-label')).toBe('e-Office, 97 menunggu');
  });
});
