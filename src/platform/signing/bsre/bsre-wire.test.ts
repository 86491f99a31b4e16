import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBsre, startFakeBsre } from '../../../../test/support/fake-bsre/fake-bsre.ts';
import { inspectPdfSignatures } from '../index.ts';
import { FAKE_USERS, PAGE_HEIGHT, QR_URL, SECOND, SIGNER, signerAgainst, twoPagePdf, VISIBLE } from './bsre.test-support.ts';

// What goes over the wire to BSrE (as the fake records it, passphrase redacted), and signing in turn.

let fake: FakeBsre;
let pdf: Buffer;
const signerFor = (api: 'v1' | 'v2') => signerAgainst(fake, api);

beforeAll(async () => {
  fake = await startFakeBsre({ users: FAKE_USERS, username: 'pamong-app', password: 'app-secret-2' });
  pdf = await twoPagePdf();
});

afterAll(async () => {
  await fake?.stop();
});

describe('successive signers', () => {
  it('a second signer through v2 keeps the first v1 signature valid', async () => {
    const first = await signerFor('v1').signPdf({ pdf, nik: SIGNER.nik, passphrase: SIGNER.passphrase, visible: VISIBLE });
    const secondVisible = { ...VISIBLE, rect: { ...VISIBLE.rect, y: 220 } };
    const both = await signerFor('v2').signPdf({
      pdf: first,
      nik: SECOND.nik,
      passphrase: SECOND.passphrase,
      visible: secondVisible,
    });
    const inspection = await inspectPdfSignatures(both, [fake.caCertificateDer]);
    expect(inspection.signatures.map((check) => [check.certificate.commonName, check.digestValid, check.signatureValid])).toEqual(
      [
        [SIGNER.name, true, true],
        [SECOND.name, true, true],
      ],
    );
    expect(inspection.signatures.map((check) => check.coversWholeDocument)).toEqual([false, true]);
  });
});

describe('what the client sends', () => {
  it('v1 posts the documented multipart fields, with the 1-based page and our QR link', async () => {
    await fake.clearRequests();
    await signerFor('v1').signPdf({
      pdf,
      nik: SIGNER.nik,
      passphrase: SIGNER.passphrase,
      visible: VISIBLE,
      reason: 'Persetujuan',
    });
    const [request] = await fake.requests();
    expect(request).toMatchObject({ method: 'POST', path: '/api/sign/pdf', authorized: true, passphraseGiven: true });
    expect(request.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const expectedFields = [
      'file',
      'nik',
      'passphrase',
      'tampilan',
      'image',
      'linkQR',
      'page',
      'xAxis',
      'yAxis',
      'width',
      'height',
    ];
    expect(request.fieldNames).toEqual(expect.arrayContaining(expectedFields));
    expect(request.fields).toMatchObject({
      nik: SIGNER.nik,
      tampilan: 'visible',
      image: 'false',
      linkQR: QR_URL,
      page: '2',
      xAxis: '340',
      yAxis: '120',
      width: '200',
      height: '80',
      reason: 'Persetujuan',
      file: { type: 'application/pdf', bytes: pdf.length },
    });
    expect(request.fields).not.toHaveProperty('passphrase');
  });

  it('v2 posts the documented JSON fields, with the image placed from the top-left corner', async () => {
    await fake.clearRequests();
    await signerFor('v2').signPdf({
      pdf,
      nik: SIGNER.nik,
      passphrase: SIGNER.passphrase,
      visible: VISIBLE,
      location: 'Karanganyar',
    });
    const [request] = await fake.requests();
    expect(request).toMatchObject({ method: 'POST', path: '/api/v2/sign/pdf', authorized: true, passphraseGiven: true });
    expect(request.fieldNames).toEqual(expect.arrayContaining(['nik', 'passphrase', 'signatureProperties', 'file']));
    expect(request.fields).toMatchObject({
      nik: SIGNER.nik,
      file: [{ bytes: pdf.length }],
      signatureProperties: [
        {
          tampilan: 'VISIBLE',
          page: 2,
          originX: 340,
          originY: PAGE_HEIGHT - VISIBLE.rect.y - VISIBLE.rect.height,
          width: 200,
          height: 80,
          location: 'Karanganyar',
          reason: '',
          imageBase64: { bytes: expect.any(Number) },
        },
      ],
    });
    expect(request.fields).not.toHaveProperty('passphrase');
  });

  it('the fake answers a request without Basic Auth with 401, and records no passphrase anywhere', async () => {
    const response = await fetch(`${fake.url}/api/user/status/${SIGNER.nik}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
    const recorded = JSON.stringify(await fake.requests());
    for (const { passphrase } of FAKE_USERS) expect(recorded).not.toContain(passphrase);
  });
});
