import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../app/i18n/index.ts';
import type { DeadJobView } from '../jobs/jobs.api.ts';
import { DeadJobsPanel } from './DeadJobsPanel.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

/** Answers `GET /api/jobs/dead` from a mutable list; a retry takes the job off it and answers 204. */
function jobsServer(jobs: DeadJobView[]) {
  return vi.fn<typeof fetch>(async (input, init) => {
    const url = String(input);
    if (url === '/api/jobs/dead') return new Response(JSON.stringify({ jobs }), { status: 200 });
    const retry = /^\/api\/jobs\/([^/]+)\/retry$/.exec(url);
    if (retry && init?.method === 'POST') {
      jobs.splice(
        jobs.findIndex((job) => job.id === retry[1]),
        1,
      );
      return new Response(null, { status: 204 });
    }
    return new Response('{}', { status: 404 });
  });
}

let container: HTMLDivElement;
let root: Root;

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 50)));

async function renderPanel(canRetry: boolean) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => {
    root.render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          <DeadJobsPanel canRetry={canRetry} />
        </QueryClientProvider>
      </MantineProvider>,
    );
  });
  await settle();
}

const retryButtons = () => [...container.querySelectorAll('button')].filter((b) => b.textContent === 'Ulangi');

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

describe('DeadJobsPanel', () => {
  it('lists dead jobs with attempts and error, without retry buttons for a reader', async () => {
    vi.stubGlobal('fetch', jobsServer([DEAD]));
    await renderPanel(false);
    const row = container.querySelector('[data-testid="dead-jobs-table"] tbody tr');
    expect(row?.textContent).toContain('organization.import');
    expect(row?.textContent).toContain('SqliteError: database is locked');
    expect([...row!.querySelectorAll('td')].map((td) => td.textContent)).toContain('3');
    expect(retryButtons()).toHaveLength(0);
  });

  it('retries a job with a POST, then refetches and shows the empty state', async () => {
    const server = jobsServer([DEAD]);
    vi.stubGlobal('fetch', server);
    await renderPanel(true);
    expect(retryButtons()).toHaveLength(1);
    await act(async () => retryButtons()[0]!.click());
    await settle();
    const posted = server.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(String(posted?.[0])).toBe(`/api/jobs/${DEAD.id}/retry`);
    expect(server.mock.calls.filter(([url]) => url === '/api/jobs/dead')).toHaveLength(2);
    expect(container.textContent).toContain('Tidak ada pekerjaan gagal.');
  });
});
