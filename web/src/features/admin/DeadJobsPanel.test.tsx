import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import type { DeadJobView } from '../jobs/jobs.api.ts';
import { DeadJobsPanel } from './DeadJobsPanel.tsx';

const DEAD: DeadJobView = {
  id: '0190f000-0000-7000-8000-000000000001',
  name: 'organization.import',
  status: 'dead',
  progress: null,
  result: null,
  error: 'SqliteError: database is locked',
  createdAt: '2026-01-05T01:58:00Z',
  finishedAt: '2026-01-05T02:03:10Z',
  attempts: 3,
};

const mount = mountPoint();

/** Answers `GET /api/jobs/dead` from a mutable list; a retry takes the job off it and answers 204. */
function jobsServer(jobs: DeadJobView[]) {
  return routeFetch([
    { match: /^\/api\/jobs\/dead$/, answer: () => json(200, { jobs }) },
    {
      match: /^\/api\/jobs\/([^/]+)\/retry$/,
      method: 'POST',
      answer: ({ params: [id] }) => {
        jobs.splice(
          jobs.findIndex((job) => job.id === id),
          1,
        );
        return new Response(null, { status: 204 });
      },
    },
  ]);
}

async function renderPanel(canRetry: boolean) {
  await renderWithProviders(mount, <DeadJobsPanel canRetry={canRetry} />);
  await settle();
}

const retryButtons = () => [...mount.container.querySelectorAll('button')].filter((b) => b.textContent === 'Ulangi');

describe('DeadJobsPanel', () => {
  it('lists dead jobs with attempts and error, without retry buttons for a reader', async () => {
    stubFetch(jobsServer([DEAD]));
    await renderPanel(false);
    const row = mount.container.querySelector('[data-testid="dead-jobs-table"] tbody tr');
    expect(row?.textContent).toContain('organization.import');
    expect(row?.textContent).toContain('SqliteError: database is locked');
    expect([...row!.querySelectorAll('td')].map((td) => td.textContent)).toContain('3');
    expect(retryButtons()).toHaveLength(0);
  });

  it('retries a job with a POST, then refetches and shows the empty state', async () => {
    const server = stubFetch(jobsServer([DEAD]));
    await renderPanel(true);
    expect(retryButtons()).toHaveLength(1);
    await act(async () => retryButtons()[0]!.click());
    await settle();
    const posted = server.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(String(posted?.[0])).toBe(`/api/jobs/${DEAD.id}/retry`);
    expect(server.mock.calls.filter(([url]) => url === '/api/jobs/dead')).toHaveLength(2);
    expect(mount.container.textContent).toContain('Tidak ada pekerjaan gagal.');
  });
});
