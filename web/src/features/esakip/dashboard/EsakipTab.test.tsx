/** The "Dasbor" tab is the first tab of the e-SAKIP page, but the page still opens on "Rencana" unless asked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { EsakipPage } from '../EsakipPage.tsx';
import { REGENCY } from './dashboard-fixtures.ts';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

function serve() {
  const calls: string[] = [];
  stubFetch(
    routeFetch([
      {
        match: /^\/api\/performance\/dashboard/,
        answer: ({ url }) => {
          calls.push(url);
          return json(200, { ...REGENCY, units: [] });
        },
      },
      { match: '/api/performance/periods', answer: () => json(200, { items: [] }) },
    ]),
  );
  return calls;
}

const tabs = () => [...mount.container.querySelectorAll('[role="tab"]')];
const selected = () => tabs().find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent;

describe('EsakipPage tabs', () => {
  it('lists Dasbor first and opens Rencana by default', async () => {
    const calls = serve();
    await renderWithProviders(mount, <EsakipPage />, { route: '/e-sakip' });
    await settle();
    expect(tabs()[0]?.textContent).toBe('Dasbor');
    expect(selected()).toBe('Rencana');
    expect(calls).toEqual([]);
  });

  it('opens the dashboard with ?tab=dasbor', async () => {
    const calls = serve();
    await renderWithProviders(mount, <EsakipPage />, { route: '/e-sakip?tab=dasbor' });
    await settle();
    expect(selected()).toBe('Dasbor');
    expect(calls).toEqual(['/api/performance/dashboard']);
  });
});
