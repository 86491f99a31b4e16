/**
 * Registering incoming letters with a 1 MB PDF (issue #4): letters per second through the real HTTP route
 * (POST /api/letters/incoming, multipart, over TCP) at concurrency 1 and 8, beside a bare Fastify +
 * @fastify/multipart route receiving the same upload in the same run. SQLite, and PostgreSQL with TEST_PG_URL.
 * Usage: node --import tsx bench/register.ts [--count 40] [--mb 1]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/connection.ts';
import { tenantDb } from '../src/db/tenant-db.ts';
import { createUser } from '../src/modules/identity/index.ts';
import { createTenantFromCode, importOrgPlan } from '../src/modules/organization/index.ts';
import { systemContext } from '../src/platform/access/context.ts';
import { parseConfig } from '../src/platform/config/config.ts';
import { permissionsForRoles } from '../src/shared/permissions.ts';
import { letterMetadata, letterMultipart } from '../test/factories/correspondence.ts';
import { smallOrgPlan } from '../test/factories/org.ts';
import { createPgDatabase, isMain, ms, percentile, printSummary } from './support/bench-kit.ts';

/** A valid PDF of about `mb` MiB: one text page and an embedded, incompressible attachment (like a scan's weight). */
export async function pdfOfSize(mb: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Surat dinas (bench): undangan rapat koordinasi.', {
    x: 50,
    y: 780,
    size: 12,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  await doc.attach(randomBytes(Math.round(mb * 1_048_576)), 'pindaian.bin', { mimeType: 'application/octet-stream' });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Sends `count` uploads from `concurrency` workers; returns uploads/s and per-request latency. */
async function drive(count: number, concurrency: number, send: () => Promise<number>) {
  const latencies: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      const t0 = performance.now();
      const status = await send();
      if (status !== 201) throw new Error(`upload answered ${status}`);
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { perSecond: count / ((performance.now() - t0) / 1000), p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** The bare comparison: Fastify with the same multipart limits, reading the file and the metadata field. */
async function startBare(maxBytes: number): Promise<{ http: FastifyInstance; url: string }> {
  const http = Fastify();
  await http.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 10 } });
  http.post('/upload', async (request, reply) => {
    let size = 0;
    let metadata: unknown = null;
    for await (const part of request.parts()) {
      if (part.type === 'file') size = (await part.toBuffer()).length;
      else metadata = JSON.parse(String(part.value));
    }
    return reply.code(201).send({ size, hal: (metadata as { hal?: string } | null)?.hal ?? null });
  });
  return { http, url: `${await http.listen({ port: 0, host: '127.0.0.1' })}/upload` };
}

/** Pamong on a fresh database, listening on a free port, with a logged-in pencatat. */
async function startPamong(url: string, storageDir: string) {
  const config = parseConfig({ DATABASE_URL: url, STORAGE_DIR: storageDir, LOG_LEVEL: 'warn', MAX_UPLOAD_MB: '20' });
  const db = openDatabase(url);
  const app = await buildApp(config, { db }); // an injected database is closed by us, not by app.close
  const { tenant } = await createTenantFromCode({ db: app.db, platform: app.platform }, '33.13');
  const admin = systemContext(app.db, app.platform, tenant.id, 'bench', permissionsForRoles(['admin']));
  if (!(await importOrgPlan(admin, smallOrgPlan())).ok) throw new Error('org plan refused');
  const email = 'pencatat@bench.go.id';
  await createUser(admin, { displayName: 'Pencatat', email, password: 'kata-sandi-bench-2026', roles: ['pencatat'] });
  const unit = await tenantDb(admin).selectFrom('units').select('id').where('code', '=', 'DISKOMINFO').executeTakeFirstOrThrow();
  const login = await app.http.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: tenant.slug, username: email, password: 'kata-sandi-bench-2026' },
  });
  const cookie = login.cookies.find((c) => c.name === 'pamong_session')?.value;
  if (login.statusCode !== 200 || !cookie) throw new Error(`login failed: ${login.body}`);
  const base = await app.http.listen({ port: 0, host: '127.0.0.1' });
  const headers = { cookie: `pamong_session=${cookie}`, 'x-csrf-token': login.json().csrfToken as string };
  const close = async () => {
    await app.close();
    await db.close();
  };
  return { app, close, url: `${base}/api/letters/incoming`, headers, unitId: unit.id };
}

function poster(url: string, headers: Record<string, string>, body: ReturnType<typeof letterMultipart>) {
  return async () => {
    const res = await fetch(url, { method: 'POST', headers: { ...headers, ...body.headers }, body: body.payload });
    await res.arrayBuffer();
    return res.status;
  };
}

async function runOn(url: string, storageDir: string, pdf: Buffer, count: number): Promise<string[]> {
  const pamong = await startPamong(url, storageDir);
  const bare = await startBare(20 * 1_048_576);
  const rows: string[] = [];
  try {
    const body = letterMultipart(letterMetadata(pamong.unitId), pdf);
    const register = poster(pamong.url, pamong.headers, body);
    const upload = poster(bare.url, {}, body);
    await drive(3, 1, register); // warm-up
    await drive(3, 1, upload);
    for (const concurrency of [1, 8]) {
      const p = await drive(count, concurrency, register);
      const b = await drive(count, concurrency, upload);
      rows.push(
        `${pamong.app.db.dialect.padEnd(8)} concurrency ${concurrency}: register ${p.perSecond.toFixed(1)} letters/s (p50 ${ms(p.p50)} ms · p95 ${ms(p.p95)} ms) · bare upload ${b.perSecond.toFixed(0)}/s (p50 ${ms(b.p50)} ms) · ${(b.perSecond / p.perSecond).toFixed(1)}× (load ${loadavg()[0].toFixed(1)})`,
      );
      console.log(rows.at(-1));
    }
    return rows;
  } finally {
    await bare.http.close();
    await pamong.close();
  }
}

async function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '40' }, mb: { type: 'string', default: '1' } } });
  const count = Number(values.count);
  const pdf = await pdfOfSize(Number(values.mb));
  const dir = mkdtempSync(join(tmpdir(), 'pamong-bench-register-'));
  const rows: string[] = [];
  try {
    rows.push(...(await runOn(`sqlite:${join(dir, 'bench.db')}`, join(dir, 'files'), pdf, count)));
    if (process.env.TEST_PG_URL) {
      const pgDb = await createPgDatabase(process.env.TEST_PG_URL, 'pamong_bench_register');
      try {
        rows.push(...(await runOn(pgDb.url, join(dir, 'files-pg'), pdf, count)));
      } finally {
        await pgDb.drop();
      }
    } else console.log('postgres skipped (set TEST_PG_URL, e.g. bash scripts/with-pg.sh node --import tsx bench/register.ts)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const size = (pdf.length / 1_048_576).toFixed(2);
  printSummary(
    `Register incoming letters with a ${size} MiB PDF over HTTP, ${count} per run (bare = Fastify + multipart, same upload)`,
    rows,
  );
}

if (isMain(import.meta.url)) await main();
