import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { unscopedDb } from '../../src/db/system-db.ts';
import { findTenantByRef } from '../../src/modules/organization/index.ts';
import { createTestDatabase, type TestDatabase, testDialect } from '../support/test-db.ts';

// Each test spawns the real `pamong` binary several times; each start loads the whole app (seconds on a loaded CI).
vi.setConfig({ testTimeout: 120_000 });

let t: TestDatabase;
let dir: string;

/** Runs the real `pamong` bin against the test database and collects its output. */
function pamong(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/pamong.js', ...args], {
      env: { PATH: process.env.PATH, DATABASE_URL: t.url, STORAGE_DIR: join(dir, 'files'), LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'pamong-cli-'));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('pamong CLI', () => {
  it('creates Kabupaten Karanganyar from 33.13 with its kecamatan, desa and kelurahan', async () => {
    const run = await pamong(['tenant', 'create', '33.13', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      code: '33.13',
      slug: 'karanganyar',
      name: 'Kabupaten Karanganyar',
      kecamatan: 17,
      desa: 162,
      kelurahan: 15,
    });
  });

  it('refuses to create the same code twice, with a message and a non-zero exit', async () => {
    const run = await pamong(['tenant', 'create', '3313']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/33\.13 sudah ada/);
    const list = JSON.parse((await pamong(['tenant', 'list', '--json'])).stdout);
    expect(list.tenants.filter((x: { code: string }) => x.code === '33.13')).toHaveLength(1);
  });

  it('refuses an unknown Kemendagri code', async () => {
    const run = await pamong(['tenant', 'create', '99.99', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/99\.99.*tidak dikenal/);
  });

  it('checks the template with a dry run, then imports and exports the organisation', async () => {
    const file = join(dir, 'templat.xlsx');
    expect((await pamong(['org', 'template', '--tenant', 'karanganyar', '--out', file])).code).toBe(0);
    const dry = await pamong(['org', 'import', file, '--tenant', 'karanganyar', '--dry-run', '--json']);
    expect(JSON.parse(dry.stdout)).toMatchObject({ ok: true, dryRun: true, problems: [] });
    const real = await pamong(['org', 'import', file, '--tenant', '33.13', '--json']);
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout).counts.created.units).toBeGreaterThan(0);
    const exported = await pamong(['org', 'export', '--tenant', 'karanganyar', '--out', join(dir, 'ekspor.xlsx'), '--json']);
    expect(JSON.parse(exported.stdout).units).toBe(JSON.parse(real.stdout).counts.created.units);
  });

  it('finds an edited audit row and names it', async () => {
    expect(JSON.parse((await pamong(['audit', 'verify', '--json'])).stdout).ok).toBe(true);
    // An attacker with database access: drop the append-only trigger, then edit a row.
    const db = unscopedDb({ db: t.handle });
    if (testDialect === 'sqlite') await sql`drop trigger audit_log_no_update`.execute(db);
    else await sql`drop trigger audit_log_no_change on audit_log`.execute(db);
    await sql`update audit_log set action = 'tenant.deleted' where seq = 1`.execute(db);
    const run = await pamong(['audit', 'verify', '--json']);
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout).tenants.flatMap((x: { problems: { seq: number; kind: string }[] }) => x.problems);
    expect(problems).toContainEqual(expect.objectContaining({ seq: 1, kind: 'edited' }));
  });

  it('creates a platform super-admin on a fresh database and a tenant admin, refusing a short password', async () => {
    const superAdmin = await pamong(
      [
        'user',
        'create',
        '--tenant',
        'platform',
        '--name',
        'Super',
        '--email',
        'root@pamong.id',
        '--role',
        'super_admin',
        '--json',
      ],
      {
        PAMONG_PASSWORD: 'sandi-super-panjang-1',
      },
    );
    expect(superAdmin.code).toBe(0);
    expect(JSON.parse(superAdmin.stdout).roles).toEqual(['super_admin']);
    const admin = await pamong([
      'user',
      'create',
      '--tenant',
      'karanganyar',
      '--name',
      'Admin',
      '--nip',
      '198501012010011001',
      '--role',
      'admin,staf',
      '--password',
      'sandi-admin-panjang-1',
    ]);
    expect(admin.code).toBe(0);
    const short = await pamong([
      'user',
      'create',
      '--tenant',
      'karanganyar',
      '--name',
      'X',
      '--email',
      'x@y.id',
      '--role',
      'staf',
      '--password',
      'pendek',
    ]);
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/minimal 10 karakter/);
  });

  it('sets a tenant’s SSO with the client secret sealed, refuses plain http off this machine, and turns it off', async () => {
    const insecure = await pamong([
      'tenant',
      'oidc',
      'karanganyar',
      '--issuer',
      'http://sso.contoh.go.id',
      '--client-id',
      'pamong',
      '--client-secret',
      'rahasia',
    ]);
    expect(insecure.code).toBe(1);
    expect(insecure.stderr).toMatch(/https/);
    const set = await pamong([
      'tenant',
      'oidc',
      'karanganyar',
      '--issuer',
      'https://sso.contoh.go.id',
      '--client-id',
      'pamong',
      '--client-secret',
      'rahasia-klien-123',
    ]);
    expect(set.code).toBe(0);
    const stored = (await findTenantByRef({ db: t.handle }, 'karanganyar'))?.settings.oidc;
    expect(stored).toMatchObject({ issuer: 'https://sso.contoh.go.id', clientId: 'pamong' });
    expect(stored?.clientSecret).not.toContain('rahasia-klien-123');
    expect(stored?.clientSecret).toMatch(/^v1\./);
    expect((await pamong(['tenant', 'oidc', 'karanganyar', '--disable'])).code).toBe(0);
    expect((await findTenantByRef({ db: t.handle }, 'karanganyar'))?.settings.oidc).toBeUndefined();
  });

  it('stops on a bad configuration value and names the variable', async () => {
    const run = await pamong(['migrate'], { PORT: 'tiga-ribu' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PORT/);
  });

  it('has --help for every command', async () => {
    const overview = await pamong(['--help']);
    expect(overview.code).toBe(0);
    const commands = [...overview.stdout.matchAll(/^ {2}pamong ([a-z]+(?: [a-z]+)?)\s{2,}/gm)].map((m) => m[1].trim());
    expect(commands).toEqual(
      expect.arrayContaining(['serve', 'migrate', 'tenant create', 'org import', 'backup', 'restore', 'audit verify']),
    );
    // Started together: each is a cold process start, and one after another they outlast a loaded CI machine.
    const helps = await Promise.all(commands.map((command) => pamong([...command.split(' '), '--help'])));
    const answers = helps.map((help, i) => [commands[i], help.code, help.stdout.includes('Usage: pamong')]);
    expect(answers).toEqual(commands.map((command) => [command, 0, true]));
  }, 240_000);
});
