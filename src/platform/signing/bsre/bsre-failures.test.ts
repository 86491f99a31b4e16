import { inspect } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { SigningFailure } from '../signing-types.ts';
import { createBsreSigner } from './bsre-client.ts';

// Unit tests with a scripted fetch: BSrE answers the fake process does not give (ambiguous
// "certificate not active", a passphrase echoed back, bodies that are not PDFs, bad configuration).

const PASSPHRASE = 'Echo-Me-Not#5521';
const NIK = '3374010101900001';

type Answer = { status: number; body: string | Uint8Array; contentType: string };
const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body), contentType: 'application/json' });

function scriptedFetch(answers: Record<string, Answer>): { fetchImpl: typeof fetch; paths: string[] } {
  const paths: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    const path = new URL(String(input)).pathname;
    paths.push(path);
    const answer = answers[path] ?? json(404, { error: 'Not Found' });
    const body = typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
    return new Response(body, { status: answer.status, headers: { 'content-type': answer.contentType } });
  }) as typeof fetch;
  return { fetchImpl, paths };
}

async function samplePdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]).drawText('Surat uji', { x: 72, y: 760, size: 14 });
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

function signer(api: 'v1' | 'v2', fetchImpl: typeof fetch) {
  return createBsreSigner({
    baseUrl: 'https://bsre.test',
    username: 'app',
    password: 'app-pass',
    api,
    timeoutMs: 5_000,
    fetchImpl,
  });
}

async function rejectionOf(promise: Promise<Buffer>): Promise<SigningFailure> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ rejected: error }),
  );
  if ('resolved' in outcome) throw new Error('expected a rejection, but the signing resolved to a buffer');
  expect(outcome.rejected).toBeInstanceOf(SigningFailure);
  return outcome.rejected as SigningFailure;
}

function expectNoPassphrase(error: SigningFailure): void {
  for (const text of [error.message, error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 10 }), String(error)]) {
    expect(text).not.toContain(PASSPHRASE);
  }
}

describe('BSrE refusals that need interpretation', () => {
  it.each([
    ['REVOKE', 'certificate_revoked', 'Sertifikat elektronik telah dicabut'],
    ['EXPIRED', 'certificate_expired', 'Sertifikat elektronik kedaluwarsa'],
    ['SUSPEND', 'certificate_revoked', 'Sertifikat elektronik sedang dibekukan (suspend) oleh BSrE'],
  ])('an unexplained 2021 "certificate not active" is explained by the user status %s', async (status, code, message) => {
    const { fetchImpl, paths } = scriptedFetch({
      '/api/sign/pdf': json(400, { error: 'Sertifikat tidak aktif', status_code: 2021 }),
      [`/api/user/status/${NIK}`]: json(200, { status_code: 2021, status, message: 'status sertifikat' }),
    });
    const failure = await rejectionOf(
      signer('v1', fetchImpl).signPdf({ pdf: await samplePdf(), nik: NIK, passphrase: PASSPHRASE }),
    );
    expect({ code: failure.code, message: failure.message }).toEqual({ code, message });
    expect(paths).toEqual(['/api/sign/pdf', `/api/user/status/${NIK}`]);
  });

  it('a passphrase that BSrE echoes back in its error text does not reach the thrown error', async () => {
    const { fetchImpl } = scriptedFetch({
      '/api/v2/sign/pdf': json(400, { error: `Passphrase anda salah: ${PASSPHRASE}`, status_code: 2031 }),
    });
    const failure = await rejectionOf(
      signer('v2', fetchImpl).signPdf({ pdf: await samplePdf(), nik: NIK, passphrase: PASSPHRASE }),
    );
    expect(failure.code).toBe('wrong_passphrase');
    expectNoPassphrase(failure);
  });

  it('a v1 HTTP 200 whose JSON body carries an error is a refusal, not a signed document', async () => {
    const { fetchImpl } = scriptedFetch({ '/api/sign/pdf': json(200, { error: 'User tidak terdaftar', status_code: 2011 }) });
    const failure = await rejectionOf(
      signer('v1', fetchImpl).signPdf({ pdf: await samplePdf(), nik: NIK, passphrase: PASSPHRASE }),
    );
    expect(failure.code).toBe('nik_unregistered');
  });

  it('a v2 success carrying two files for one document is not accepted', async () => {
    const pdf = (await samplePdf()).toString('base64');
    const { fetchImpl } = scriptedFetch({ '/api/v2/sign/pdf': json(200, { file: [pdf, pdf] }) });
    const failure = await rejectionOf(
      signer('v2', fetchImpl).signPdf({ pdf: await samplePdf(), nik: NIK, passphrase: PASSPHRASE }),
    );
    expect(failure.code).toBe('unavailable');
  });

  it('a PDF that BSrE rejects as malformed is an invalid document', async () => {
    const { fetchImpl } = scriptedFetch({ '/api/sign/pdf': json(400, { error: 'InvalidPdfException: Rebuild failed' }) });
    const failure = await rejectionOf(
      signer('v1', fetchImpl).signPdf({ pdf: await samplePdf(), nik: NIK, passphrase: PASSPHRASE }),
    );
    expect(failure.code).toBe('invalid_document');
  });

  it('an unreadable user-status answer is reported as BSrE being unavailable', async () => {
    const { fetchImpl } = scriptedFetch({
      '/api/v2/user/check/status': { status: 200, body: '<html>maintenance</html>', contentType: 'text/html' },
    });
    const failure = await signer('v2', fetchImpl)
      .checkUserStatus(NIK)
      .then(
        () => undefined,
        (error: unknown) => error as SigningFailure,
      );
    expect(failure?.code).toBe('unavailable');
  });
});

describe('BSrE signer configuration', () => {
  it.each([
    ['a missing username', { username: '' }],
    ['a missing password', { password: '' }],
    ['a base URL that is not http(s)', { baseUrl: 'bsre.local' }],
    ['a zero deadline', { timeoutMs: 0 }],
  ])('refuses %s', (_name, override) => {
    const options = { baseUrl: 'https://bsre.test', username: 'app', password: 'pass', api: 'v1' as const, timeoutMs: 1_000 };
    expect(() => createBsreSigner({ ...options, ...override })).toThrow();
  });
});
