/**
 * `pamong rotate-master-key`: CA / signer private keys and the Sakip Desa identity key sealed under key A are re-sealed
 * under key B; signing with an existing certificate and NIK hashing keep working under B, a dry run writes nothing,
 * a rerun finds everything already new, and a row that neither key opens is reported with a non-zero exit while the
 * rest of its tenant stays untouched.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import {
  OLD_MASTER_KEY_VARIABLE,
  rotateMasterKey,
  rotateMasterKeyCommand,
  rotationKeysFrom,
} from '../../src/cli/commands/rotate-master-key.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { identityHasher } from '../../src/modules/villages/village-privacy.ts';
import { type PlatformServices, systemContext } from '../../src/platform/access/context.ts';
import { parseConfig } from '../../src/platform/config/config.ts';
import { openSecret, sealSecret } from '../../src/platform/crypto/secret-box.ts';
import { type SignerAccount, signerAccounts, suratTugasInput } from '../factories/signers.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdfsig, validSignatureCount } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const KEY_A = 'kunci-induk-A-0123456789abcdefghijklmnopqrstuvwxyz';
const KEY_B = 'kunci-induk-B-0123456789abcdefghijklmnopqrstuvwxyz';
const KEY_C = 'kunci-induk-C-0123456789abcdefghijklmnopqrstuvwxyz';
const UNRELATED_KEY = 'kunci-lain-sama-sekali-0123456789abcdefghijklmnop';
const NIK = '3313012345678901';

let h: Harness;
let staf: Session;
let signers: SignerAccount[];
let pendingDocId: string;
let nikHashUnderA: string;

interface SealedRow {
  readonly ref: string;
  readonly purpose: string;
  readonly sealed: string;
}

/** Every sealed secret of a tenant, read straight from its tables (the test's own view, not the command's). */
async function sealedRows(tenantId: string): Promise<SealedRow[]> {
  const db = tenantDb({ db: h.db, tenantId });
  const cas = await db.selectFrom('signing_authorities').select(['id', 'private_key_sealed']).execute();
  const signerRows = await db.selectFrom('signer_certificates').select(['id', 'private_key_sealed']).execute();
  const village = await db.selectFrom('village_privacy_keys').select('sealed_key').execute();
  return [
    ...cas.map((r) => ({ ref: `signing_authorities:${r.id}`, purpose: `ca:${tenantId}`, sealed: r.private_key_sealed })),
    ...signerRows.map((r) => ({
      ref: `signer_certificates:${r.id}`,
      purpose: `signer:${tenantId}`,
      sealed: r.private_key_sealed,
    })),
    ...village.map((r) => ({
      ref: `village_privacy_keys:${tenantId}`,
      purpose: `villages-identity-key:${tenantId}`,
      sealed: r.sealed_key,
    })),
  ];
}

async function rotationAudits(tenantId: string): Promise<number> {
  const rows = await tenantDb({ db: h.db, tenantId })
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'signing.master_key_rotated')
    .execute();
  return rows.length;
}

const platformWith = (masterKey: string): PlatformServices => ({ ...h.platform, signing: { ...h.platform.signing, masterKey } });
const villageCtx = (masterKey: string, tenantId = h.tenants.a.id) =>
  systemContext(h.db, platformWith(masterKey), tenantId, 'test', new Set());

/** Runs the real `pamong` bin on the harness database with the given keys in its environment. */
function pamong(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/pamong.js', ...args], {
      env: { PATH: process.env.PATH, DATABASE_URL: h.db.url, STORAGE_DIR: h.storageDir, LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function signVia(app: App, docId: string, who: SignerAccount) {
  return app.http.inject({
    method: 'POST',
    url: `/api/documents/${docId}/sign`,
    cookies: { pamong_session: who.session.cookie },
    headers: { 'x-csrf-token': who.session.csrfToken },
    payload: {},
  });
}

beforeAll(async () => {
  h = await startHarness({ env: { SIGNING_MASTER_KEY: KEY_A } });
  staf = await h.loginAs(h.tenants.a, 'staf');
  signers = await signerAccounts(h, h.tenants.a, ['198503152010011002', '199001012015032001']);
  // Both signers get a certificate under key A: the first signs a one-signer document, the second signs first here.
  const first = (
    await h.inject({ method: 'POST', url: '/api/documents', as: staf, payload: suratTugasInput([signers[0]!]) })
  ).json();
  expect((await signVia(h.app, first.id, signers[0]!)).statusCode).toBe(200);
  const pending = await h.inject({
    method: 'POST',
    url: '/api/documents',
    as: staf,
    payload: suratTugasInput([signers[1]!, signers[0]!]),
  });
  pendingDocId = pending.json().id;
  expect((await signVia(h.app, pendingDocId, signers[1]!)).statusCode).toBe(200);
  nikHashUnderA = (await identityHasher(villageCtx(KEY_A))).hash('nik', NIK);
  await identityHasher(villageCtx(KEY_A, h.tenants.b.id)); // tenant b's identity key, sealed under A too
});
afterAll(async () => h?.close());

describe('pamong rotate-master-key', () => {
  it('takes the old key only from SIGNING_MASTER_KEY_OLD and refuses a missing or unchanged key', async () => {
    expect(Object.keys(rotateMasterKeyCommand.options)).toEqual(['dry-run']);
    const config = parseConfig({ DATABASE_URL: h.db.url, SIGNING_MASTER_KEY: KEY_B });
    expect(() => rotationKeysFrom({ SIGNING_MASTER_KEY: KEY_B }, config)).toThrow(/SIGNING_MASTER_KEY_OLD/);
    expect(() => rotationKeysFrom({ SIGNING_MASTER_KEY: KEY_B, [OLD_MASTER_KEY_VARIABLE]: KEY_B }, config)).toThrow(/sama/);
    expect(() => rotationKeysFrom({ [OLD_MASTER_KEY_VARIABLE]: KEY_A }, config)).toThrow(/SIGNING_MASTER_KEY belum/);
    expect(rotationKeysFrom({ SIGNING_MASTER_KEY: KEY_B, [OLD_MASTER_KEY_VARIABLE]: KEY_A }, config)).toEqual({
      oldKey: KEY_A,
      newKey: KEY_B,
    });
    const before = await sealedRows(h.tenants.a.id);
    const refused = await pamong(['rotate-master-key'], { SIGNING_MASTER_KEY: KEY_B });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/SIGNING_MASTER_KEY_OLD/);
    expect(await sealedRows(h.tenants.a.id)).toEqual(before);
  });

  it('a dry run counts every row as to be re-sealed and writes nothing', async () => {
    const tenants = [h.tenants.a.id, h.tenants.b.id];
    const before = await Promise.all(tenants.map(sealedRows));
    const results = await rotateMasterKey(
      { db: h.db, platform: platformWith(KEY_B) },
      { oldKey: KEY_A, newKey: KEY_B, dryRun: true },
    );
    for (const [i, tenantId] of tenants.entries()) {
      const result = results.find((r) => r.tenantId === tenantId);
      expect(result).toMatchObject({ resealed: before[i]!.length, alreadyNew: 0, unreadable: [], written: false });
      expect(await rotationAudits(tenantId)).toBe(0);
    }
    expect(await Promise.all(tenants.map(sealedRows))).toEqual(before);
  });

  it('re-seals every row of every tenant under the new key; the old key no longer opens them', async () => {
    const before = await sealedRows(h.tenants.a.id);
    expect(before.some((r) => r.ref.startsWith('signer_certificates:'))).toBe(true);
    expect(before.some((r) => r.ref.startsWith('village_privacy_keys:'))).toBe(true);
    const run = await pamong(['rotate-master-key', '--json'], { SIGNING_MASTER_KEY: KEY_B, [OLD_MASTER_KEY_VARIABLE]: KEY_A });
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.ok).toBe(true);
    const tenantA = out.tenants.find((r: { tenantId: string }) => r.tenantId === h.tenants.a.id);
    expect(tenantA).toMatchObject({ resealed: before.length, alreadyNew: 0, unreadable: [], written: true });
    for (const tenantId of [h.tenants.a.id, h.tenants.b.id]) {
      const rows = await sealedRows(tenantId);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(openSecret(KEY_A, row.purpose, row.sealed), row.ref).toBeUndefined();
        expect(openSecret(KEY_B, row.purpose, row.sealed), row.ref).toBeDefined();
      }
      expect(await rotationAudits(tenantId)).toBe(1);
    }
    const plaintexts = (await sealedRows(h.tenants.a.id)).map((r) => openSecret(KEY_B, r.purpose, r.sealed));
    expect(plaintexts).toEqual(before.map((r) => openSecret(KEY_A, r.purpose, r.sealed)));
  });

  it('an existing certificate still signs under the new key, and pdfsig finds both signatures valid', async () => {
    const certificatesBefore = (await sealedRows(h.tenants.a.id)).filter((r) => r.ref.startsWith('signer_certificates:'));
    const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: h.db.url, STORAGE_DIR: h.storageDir });
    const appB = await buildApp(config, { db: h.db, platform: platformWith(KEY_B) });
    try {
      const signed = await signVia(appB, pendingDocId, signers[0]!);
      expect(signed.statusCode, signed.body).toBe(200);
      expect(signed.json().status).toBe('final');
      const pdf = await appB.http.inject({
        method: 'GET',
        url: `/api/documents/${pendingDocId}/pdf`,
        cookies: { pamong_session: staf.cookie },
      });
      expect(validSignatureCount(await pdfsig(pdf.rawPayload))).toBe(2);
    } finally {
      await appB.close();
    }
    const certificatesAfter = (await sealedRows(h.tenants.a.id)).filter((r) => r.ref.startsWith('signer_certificates:'));
    expect(certificatesAfter.map((r) => r.ref).sort()).toEqual(certificatesBefore.map((r) => r.ref).sort());
  });

  it('hashes the same NIK to the same value under the new key (no duplicate households)', async () => {
    expect((await identityHasher(villageCtx(KEY_B))).hash('nik', NIK)).toBe(nikHashUnderA);
    await expect(identityHasher(villageCtx(KEY_A))).rejects.toThrow(/cannot be opened/);
  });

  it('a second run finds every row already under the new key', async () => {
    const before = await sealedRows(h.tenants.a.id);
    const results = await rotateMasterKey(
      { db: h.db, platform: platformWith(KEY_B) },
      { oldKey: KEY_A, newKey: KEY_B, dryRun: false },
    );
    expect(results.find((r) => r.tenantId === h.tenants.a.id)).toMatchObject({
      resealed: 0,
      alreadyNew: before.length,
      unreadable: [],
      written: true,
    });
    expect(await sealedRows(h.tenants.a.id)).toEqual(before);
  });

  it('reports a row neither key opens, exits non-zero and leaves that tenant untouched while others rotate', async () => {
    const [ca] = (await sealedRows(h.tenants.b.id)).filter((r) => r.ref.startsWith('signing_authorities:'));
    const caId = ca!.ref.split(':')[1]!;
    await tenantDb({ db: h.db, tenantId: h.tenants.b.id })
      .updateTable('signing_authorities')
      .set({ private_key_sealed: sealSecret(UNRELATED_KEY, ca!.purpose, 'kunci lain') })
      .where('id', '=', caId)
      .execute();
    const tenantBBefore = await sealedRows(h.tenants.b.id);
    const tenantBAudits = await rotationAudits(h.tenants.b.id);
    const run = await pamong(['rotate-master-key', '--json'], { SIGNING_MASTER_KEY: KEY_C, [OLD_MASTER_KEY_VARIABLE]: KEY_B });
    expect(run.code).not.toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.ok).toBe(false);
    const tenantB = out.tenants.find((r: { tenantId: string }) => r.tenantId === h.tenants.b.id);
    expect(tenantB).toMatchObject({ unreadable: [`signing_authorities:${caId}`], written: false });
    expect(tenantB.resealed).toBeGreaterThan(0);
    expect(await sealedRows(h.tenants.b.id)).toEqual(tenantBBefore);
    expect(await rotationAudits(h.tenants.b.id)).toBe(tenantBAudits);
    for (const row of await sealedRows(h.tenants.a.id)) expect(openSecret(KEY_C, row.purpose, row.sealed), row.ref).toBeDefined();
  });
});
