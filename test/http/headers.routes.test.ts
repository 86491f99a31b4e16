import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { parseConfig } from '../../src/platform/config/config.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

let t: TestDatabase;
let app: App;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'pamong-headers-'));
  app = await buildApp(parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: t.url, STORAGE_DIR: dir }), {
    db: t.handle,
  });
});
afterAll(async () => {
  await app.close();
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('security headers and request ids', () => {
  it('sends the helmet security headers on API answers, errors included', async () => {
    for (const url of ['/api/health', '/api/tidak-ada', '/api/org/units']) {
      const res = await app.http.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
      expect(res.headers['content-security-policy']).toMatch(/frame-src 'self' blob:(;|$)/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('gives every answer a request id, and keeps a well-formed one the client sent', async () => {
    const fresh = await app.http.inject({ method: 'GET', url: '/api/health' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.http.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'proxy-req-12345678' } });
    expect(given.headers['x-request-id']).toBe('proxy-req-12345678');
    const hostile = await app.http.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'a\u0000b; drop' } });
    expect(hostile.headers['x-request-id']).not.toContain('drop');
  });
});

describe('compression', () => {
  const openapi = (encoding?: string) =>
    app.http.inject({ method: 'GET', url: '/api/openapi.json', headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('compresses a large answer with brotli or gzip as the client accepts, to the same bytes once decoded', async () => {
    const plain = await openapi();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(10_000);
    const br = await openapi('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    const gzip = await openapi('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
  });

  it('sends a small answer as it is', async () => {
    const health = await app.http.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toMatchObject({ status: 'ok' });
  });
});
