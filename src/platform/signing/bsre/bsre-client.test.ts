import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect, promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBsre, startFakeBsre } from '../../../../test/support/fake-bsre/fake-bsre.ts';
import { inspectPdfSignatures, SigningFailure } from '../index.ts';
import {
  EXPIRED,
  FAKE_USERS,
  PENDING,
  REVOKED,
  SIGNER,
  signerAgainst,
  twoPagePdf,
  UNKNOWN_NIK,
  VISIBLE,
} from './bsre.test-support.ts';
import type { BsreSignInput } from './bsre-client.ts';

const run = promisify(execFile);

const ALL_PASSPHRASES = FAKE_USERS.map((user) => user.passphrase);
const SECRETS = [...ALL_PASSPHRASES, 'Salah#0000', 'Apa#Saja-1'];

let fake: FakeBsre;
let pdf: Buffer;
let workDir: string;
const seenFailures: SigningFailure[] = [];

const signerFor = (api: 'v1' | 'v2', overrides: Parameters<typeof signerAgainst>[2] = {}) => signerAgainst(fake, api, overrides);

/** Awaits a signing that must fail: it must reject with a SigningFailure and never resolve to bytes. */
async function failureOf(promise: Promise<Buffer>): Promise<SigningFailure> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ rejected: error }),
  );
  if ('resolved' in outcome) throw new Error(`no half-signed document: the signing resolved to ${outcome.resolved.length} bytes`);
  expect(outcome.rejected).toBeInstanceOf(SigningFailure);
  const failure = outcome.rejected as SigningFailure;
  for (const passphrase of SECRETS) expect(renderingsOf(failure).join('\n')).not.toContain(passphrase);
  seenFailures.push(failure);
  return failure;
}

function renderingsOf(failure: SigningFailure): string[] {
  return [failure.message, failure.stack ?? '', JSON.stringify(failure), inspect(failure, { depth: 10 }), String(failure)];
}

async function pdfsigReport(bytes: Buffer): Promise<string> {
  const file = join(workDir, `signed-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  const result = await run('pdfsig', [file]).catch((error: { stdout?: string; stderr?: string }) => error);
  return `${result.stdout ?? ''}${result.stderr ?? ''}`;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  fake = await startFakeBsre({
    users: FAKE_USERS,
    username: 'pamong-app',
    password: 'app-secret-1',
  });
  pdf = await twoPagePdf();
  workDir = await mkdtemp(join(tmpdir(), 'bsre-client-'));
});

afterAll(async () => {
  await fake?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe.each(['v1', 'v2'] as const)('BSrE %s against the fake BSrE', (api) => {
  const signAs = (user: { nik: string; passphrase: string }, extra: Partial<BsreSignInput> = {}) =>
    signerFor(api).signPdf({
      pdf,
      nik: user.nik,
      passphrase: user.passphrase,
      visible: VISIBLE,
      reason: 'Persetujuan',
      location: 'Karanganyar',
      ...extra,
    });

  it('returns the signed PDF, which pdfsig reports as validly signed by the holder', async () => {
    const signed = await signAs(SIGNER);
    expect(signed.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const report = await pdfsigReport(signed);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain(SIGNER.name);
  });

  it("chains the signer's certificate to the fake BSrE root CA given as trust anchor", async () => {
    const signed = await signAs(SIGNER);
    const trusted = await inspectPdfSignatures(signed, [fake.caCertificateDer]);
    expect(trusted.status).toBe('ok');
    expect(trusted.signatures).toHaveLength(1);
    expect(trusted.signatures[0]).toMatchObject({
      digestValid: true,
      signatureValid: true,
      coversWholeDocument: true,
      chainTrusted: true,
      certificate: { commonName: SIGNER.name, nik: SIGNER.nik },
    });
    const withoutAnchor = await inspectPdfSignatures(signed, []);
    expect(withoutAnchor.signatures[0].chainTrusted).toBe(false);
  });

  it('signs invisibly when no visible part is given', async () => {
    const signed = await signAs(SIGNER, { visible: undefined });
    expect(await pdfsigReport(signed)).toContain('Signature is Valid');
  });

  it.each([
    ['a wrong passphrase', { nik: SIGNER.nik, passphrase: 'Salah#0000' }, 'wrong_passphrase', 'Passphrase salah'],
    ['an unknown NIK', { nik: UNKNOWN_NIK, passphrase: 'Apa#Saja-1' }, 'nik_unregistered', 'NIK belum terdaftar di BSrE'],
    ['a NIK registered without a certificate', PENDING, 'nik_unregistered', 'NIK belum terdaftar di BSrE'],
    ['an expired certificate', EXPIRED, 'certificate_expired', 'Sertifikat elektronik kedaluwarsa'],
    ['a revoked certificate', REVOKED, 'certificate_revoked', 'Sertifikat elektronik telah dicabut'],
  ])('rejects %s', async (_case, user, code, message) => {
    const failure = await failureOf(signAs(user));
    expect({ code: failure.code, message: failure.message }).toEqual({ code, message });
  });

  it('reports BSrE as unavailable when it answers HTTP 500', async () => {
    await fake.setBehaviour({ failWith500: true });
    const failure = await failureOf(signAs(SIGNER)).finally(() => fake.setBehaviour({ failWith500: false }));
    expect({ code: failure.code, message: failure.message }).toEqual({
      code: 'unavailable',
      message: 'Layanan BSrE tidak tersedia, coba lagi nanti',
    });
  });

  it('gives up with a timeout when BSrE does not answer in time', async () => {
    await fake.setBehaviour({ delayMs: 5_000 });
    const slow = signerFor(api, { timeoutMs: 1_500 });
    const failure = await failureOf(slow.signPdf({ pdf, nik: SIGNER.nik, passphrase: SIGNER.passphrase })).finally(() =>
      fake.setBehaviour({ delayMs: 0 }),
    );
    expect({ code: failure.code, message: failure.message }).toEqual({
      code: 'timeout',
      message: 'BSrE tidak menjawab dalam 1,5 detik',
    });
  });

  it.each(['not_pdf', 'truncated'] as const)('never returns a "success" whose body is %s', async (successBody) => {
    await fake.setBehaviour({ successBody });
    const failure = await failureOf(signAs(SIGNER)).finally(() => fake.setBehaviour({ successBody: 'signed' }));
    expect(failure.code).toBe('unavailable');
  });

  it('fails clearly when BSrE rejects the application account (Basic Auth)', async () => {
    const failure = await failureOf(signerFor(api, { password: 'not-the-password' }).signPdf({ pdf, ...SIGNER }));
    expect(failure.code).toBe('unavailable');
    expect(failure.message).toBe('BSrE menolak akun aplikasi (HTTP 401); periksa username dan password layanan BSrE');
  });

  it('reports a refused connection as unavailable', async () => {
    const offline = signerFor(api, { baseUrl: `http://127.0.0.1:${await closedPort()}` });
    const failure = await failureOf(offline.signPdf({ pdf, ...SIGNER }));
    expect(failure.code).toBe('unavailable');
  });

  it('refuses bytes that are not a PDF without calling BSrE', async () => {
    await fake.clearRequests();
    const failure = await failureOf(signAs(SIGNER, { pdf: Buffer.from('bukan pdf') }));
    expect(failure.code).toBe('invalid_document');
    expect(await fake.requests()).toEqual([]);
  });

  it.each([
    [SIGNER.nik, 'registered'],
    [UNKNOWN_NIK, 'not_registered'],
    [PENDING.nik, 'not_registered'],
    [EXPIRED.nik, 'expired'],
    [REVOKED.nik, 'revoked'],
  ])('checks the status of NIK %s as %s', async (nik, status) => {
    expect(await signerFor(api).checkUserStatus(nik)).toBe(status);
  });
});

describe('passphrase secrecy', () => {
  it('no thrown error carries a passphrase in its message, stack, JSON or inspection', () => {
    expect(seenFailures.length).toBeGreaterThanOrEqual(20);
    for (const failure of seenFailures) {
      for (const passphrase of SECRETS) expect(renderingsOf(failure).join('\n')).not.toContain(passphrase);
    }
  });
});
