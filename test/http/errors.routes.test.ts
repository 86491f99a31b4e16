/** Bad input, limits, refusals and the system endpoints, over real HTTP requests. */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { VERSION } from '../../src/app.ts';
import { platformDb } from '../../src/db/system-db.ts';
import { newId } from '../../src/shared/ids.ts';
import { multipartFile } from '../factories/multipart.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { testDialect } from '../support/test-db.ts';

// Inline vitest projects do not inherit the root timeouts; argon2 and the real wilayah data need more than the defaults.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const MAX_UPLOAD_MB = 1;
const MIB = 1024 * 1024;

let h: Harness;
let admin: Session;

beforeAll(async () => {
  h = await startHarness({ env: { MAX_UPLOAD_MB: String(MAX_UPLOAD_MB) } });
  admin = await h.loginAs(h.tenants.a, 'admin');
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const storedFiles = () => readdirSync(h.storageDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const jobCount = async () => (await platformDb({ db: h.db }).selectFrom('jobs').select('id').execute()).length;

describe('malformed and invalid bodies', () => {
  it('answers invalid JSON with 400 invalid_json', async () => {
    const res = await h.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"tenant": "karanganyar",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_json', message: 'Isi permintaan bukan JSON yang valid.' });
    expect(res.headers['content-type']).toContain('application/json');
  });

  it('names each wrong or missing field in Indonesian by default', async () => {
    const res = await h.inject({ method: 'POST', url: '/api/auth/login', payload: { tenant: 42, password: 'x' } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation');
    expect(error.message).toBe('Data yang dikirim tidak valid.');
    const byField = Object.fromEntries(error.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(Object.keys(byField).sort()).toEqual(['body.tenant', 'body.username']);
    expect(byField['body.username']).toBe('Wajib diisi.');
    expect(byField['body.tenant']).toMatch(/tidak valid|diharapkan|string/i);
    expect(byField['body.tenant']).not.toMatch(/expected/i);
  });

  it('names the fields in English with Accept-Language: en', async () => {
    const res = await h.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { tenant: 42, password: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.message).toBe('The submitted data is not valid.');
    const byField = Object.fromEntries(error.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(byField['body.username']).toBe('Required.');
    expect(byField['body.tenant']).toMatch(/expected string/i);
  });

  it('refuses a JSON body over 1 MiB with 413', async () => {
    const payload = JSON.stringify({ tenant: 'karanganyar', username: 'x'.repeat(MIB + 10), password: 'x' });
    const res = await h.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('too_large');
  });
});

describe('ids and routes', () => {
  it('answers an unknown unit id with 404 and a malformed one with 400', async () => {
    const unknown = await h.inject({ method: 'GET', url: `/api/org/units/${newId()}`, as: admin });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    const malformed = await h.inject({ method: 'GET', url: "/api/org/units/1' or '1'='1", as: admin });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].field).toBe('params.unitId');
  });

  it('answers an unknown /api route with a JSON 404, for any method', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await h.inject({ method, url: '/api/tidak-ada', as: admin });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.json().error).toMatchObject({ code: 'not_found', message: 'Alamat API tidak ditemukan.' });
    }
  });
});

describe('uploads', () => {
  it('refuses a file over MAX_UPLOAD_MB with 413 and stores nothing', async () => {
    const [files, jobs] = [storedFiles(), await jobCount()];
    const big = multipartFile(Buffer.alloc(2 * MIB, 7));
    for (const url of ['/api/org/import/dry-run', '/api/org/import']) {
      const res = await h.inject({ method: 'POST', url, as: admin, ...big });
      expect(res.statusCode, url).toBe(413);
      expect(res.json().error.code).toBe('too_large');
      expect(res.json().error.message).toBe('Ukuran permintaan melebihi batas (1 MB).');
    }
    expect(storedFiles()).toBe(files);
    expect(await jobCount()).toBe(jobs);
  });

  it('enforces the configured limit, not the default: just under it is read, just over it is refused', async () => {
    const under = await h.inject({
      method: 'POST',
      url: '/api/org/import/dry-run',
      as: admin,
      ...multipartFile(Buffer.alloc(MAX_UPLOAD_MB * MIB - 1024, 1)),
    });
    expect(under.statusCode).toBe(200);
    const over = await h.inject({
      method: 'POST',
      url: '/api/org/import/dry-run',
      as: admin,
      ...multipartFile(Buffer.alloc(MAX_UPLOAD_MB * MIB + 1024, 1)),
    });
    expect(over.statusCode).toBe(413);
  });

  it('reads a non-XLSX upload as a file problem, not an error', async () => {
    const res = await h.inject({
      method: 'POST',
      url: '/api/org/import/dry-run',
      as: admin,
      ...multipartFile(Buffer.from('NIP,Nama\n1,Budi\n'), { fileName: 'pegawai.csv', contentType: 'text/csv' }),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(false);
    expect(body.problems).toHaveLength(1);
    expect(body.problems[0]).toMatchObject({ sheet: 'file', row: null, column: null });
    expect(body.problems[0].message).toContain('tidak dapat dibaca sebagai XLSX');
  });

  it('asks for the file field when the upload has none', async () => {
    const res = await h.inject({
      method: 'POST',
      url: '/api/org/import/dry-run',
      as: admin,
      ...multipartFile(Buffer.from('x'), { field: 'berkas' }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields[0].field).toBe('file');
  });
});

describe('refusals', () => {
  it('answers a role without the permission with 403', async () => {
    const staf = await h.loginAs(h.tenants.a, 'staf');
    const res = await h.inject({ method: 'GET', url: '/api/users', as: staf });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'forbidden', message: 'Anda tidak memiliki izin untuk tindakan ini.' });
    const upload = await h.inject({
      method: 'POST',
      url: '/api/org/import/dry-run',
      as: staf,
      ...multipartFile(Buffer.from('x')),
    });
    expect(upload.statusCode).toBe(403);
    expect((await h.inject({ method: 'GET', url: '/api/users', as: admin })).statusCode).toBe(200);
  });

  it('answers a request without a session with 401', async () => {
    for (const url of ['/api/users', '/api/org/units', '/api/auth/session']) {
      const res = await h.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
    const garbage = await h.inject({ method: 'GET', url: '/api/org/units', cookies: { pamong_session: 'bukan-sesi' } });
    expect(garbage.statusCode).toBe(401);
  });
});

describe('system endpoints', () => {
  it('reports health with the database dialect and the version', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: testDialect, version: VERSION });
  });

  it('publishes an OpenAPI 3 document with every registered route', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/login']?.post).toBeDefined();
    const missing = h.app.routes
      .map((r) => ({ path: r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}'), method: r.method.toLowerCase() }))
      .filter((r) => !doc.paths[r.path]?.[r.method])
      .map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it('serves the API docs page as HTML', async () => {
    let res = await h.inject({ method: 'GET', url: '/api/docs' });
    if (res.statusCode === 302) res = await h.inject({ method: 'GET', url: String(res.headers.location) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });
});
