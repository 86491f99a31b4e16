/**
 * Scale-out on PostgreSQL: two Pamong processes on one database share sessions, login throttling and
 * the job queue. Process 1 seeds the demo and serves the web only (`--role=web`, no worker); process 2
 * serves web and runs jobs. Run: bash scripts/with-pg.sh npx vitest run --project postgres test/scale-out
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase } from '../../bench/support/bench-kit.ts';
import { PAMONG_BIN, pollUntil, type ServerProcess, startServerProcess } from '../support/app-process.ts';

const DEMO_LOGIN = { tenant: 'demo', username: 'admin@demo.pamong.id', password: 'pamong-demo-2026' };

interface AuditItem {
  seq: number;
  action: string;
  objectId: string | null;
}

interface Session {
  cookie: string;
  csrfToken: string;
}

async function login(baseUrl: string, body: typeof DEMO_LOGIN): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function loginSession(baseUrl: string): Promise<Session> {
  const response = await login(baseUrl, DEMO_LOGIN);
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

function get(baseUrl: string, path: string, session: Session): Promise<Response> {
  return fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } });
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('two app processes on one PostgreSQL database', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let storageDir = '';
  let web: ServerProcess | undefined;
  let all: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createPgDatabase(process.env.TEST_PG_URL ?? '', 'pamong_scaleout');
    storageDir = mkdtempSync(join(tmpdir(), 'pamong-scaleout-'));
    const env = {
      DATABASE_URL: database.url,
      STORAGE_DIR: storageDir,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      LOGIN_MAX_FAILURES: '3',
      JOB_POLL_MS: '200',
    };
    web = await startServerProcess({ args: [PAMONG_BIN, 'serve', '--demo', '--role=web'], env, timeoutMs: 120_000 });
    await pollUntil('process 1 health', async () => ((await fetch(`${web?.url}/api/health`)).status === 200 ? true : undefined));
    all = await startServerProcess({ args: [PAMONG_BIN, 'serve', '--role=all'], env, timeoutMs: 120_000 });
  }, 240_000);

  afterAll(async () => {
    await Promise.all([web?.stop(), all?.stop()]);
    await database?.drop();
    if (storageDir) rmSync(storageDir, { recursive: true, force: true });
  }, 60_000);

  it('runs process 1 as web only and process 2 as web + worker, on different ports', () => {
    expect(web?.output()).toContain('Pamong web siap');
    expect(all?.output()).toContain('Pamong web+worker siap');
    expect(web?.url).not.toBe(all?.url);
  });

  it('accepts a session opened on process 1 on process 2, and a logout on process 2 ends it on process 1', async () => {
    const session = await loginSession(web!.url);
    expect((await get(all!.url, '/api/auth/session', session)).status).toBe(200);
    const logout = await fetch(`${all!.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(logout.status).toBeLessThan(300);
    expect((await get(web!.url, '/api/auth/session', session)).status).toBe(401);
  });

  it('runs an import uploaded on the web-only process 1 exactly once, on process 2', async () => {
    const session = await loginSession(web!.url);
    const exported = await get(web!.url, '/api/org/export', session);
    expect(exported.status).toBe(200);
    const form = new FormData();
    form.append('file', new Blob([await exported.arrayBuffer()]), 'organisasi.xlsx');
    const upload = await fetch(`${web!.url}/api/org/import`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body: form,
    });
    expect(upload.status).toBe(202);
    const { jobId } = (await upload.json()) as { jobId: string };
    const job = await pollUntil(
      'the import job to finish',
      async () => {
        const view = (await (await get(web!.url, `/api/jobs/${jobId}`, session)).json()) as { status: string };
        return view.status === 'done' || view.status === 'dead' ? view : undefined;
      },
      60_000,
      200,
    );
    expect(job.status).toBe('done');
    // The demo seed recorded its own `organization.imported` earlier; count only records after this request.
    const audit = (await (await get(web!.url, '/api/audit?pageSize=200', session)).json()) as { items: AuditItem[] };
    const requested = audit.items.find((item) => item.action === 'organization.import_requested' && item.objectId === jobId);
    expect(requested).toBeDefined();
    const imported = audit.items.filter(
      (item) => item.action === 'organization.imported' && item.seq > (requested?.seq ?? Infinity),
    );
    expect(imported).toHaveLength(1);
  }, 90_000);

  it('throttles logins across processes: 2 failures on process 1 and 1 on process 2 block the next attempt on both', async () => {
    const wrong = { ...DEMO_LOGIN, username: 'staf@demo.pamong.id', password: 'salah-sandi' };
    expect((await login(web!.url, wrong)).status).toBe(401);
    expect((await login(web!.url, wrong)).status).toBe(401);
    expect((await login(all!.url, wrong)).status).toBe(401);
    expect((await login(web!.url, wrong)).status).toBe(429);
    expect((await login(all!.url, wrong)).status).toBe(429);
  });
});
