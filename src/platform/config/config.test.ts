import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

function problemsOf(env: Record<string, string>) {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => p.variable);
    throw err;
  }
  return [];
}

describe('parseConfig', () => {
  it('defaults to the embedded SQLite database on port 3000 in Asia/Jakarta', () => {
    const config = parseConfig({});
    expect(config.database).toEqual({ url: 'sqlite:./data/pamong.db', dialect: 'sqlite' });
    expect(config.http.port).toBe(3000);
    expect(config.timezone).toBe('Asia/Jakarta');
    expect(config.storage).toEqual({ kind: 'local', dir: './data/files' });
  });

  it('reads PostgreSQL and S3 settings', () => {
    const config = parseConfig({
      DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/pamong',
      STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'arsip',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    });
    expect(config.database.dialect).toBe('postgres');
    expect(config.storage).toMatchObject({ kind: 's3', bucket: 'arsip', forcePathStyle: true });
  });

  it('names each bad variable', () => {
    expect(problemsOf({ PORT: 'tiga ribu' })).toEqual(['PORT']);
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toEqual(['DATABASE_URL']);
    expect(problemsOf({ TIMEZONE: 'Asia/Bandung' })).toEqual(['TIMEZONE']);
    expect(problemsOf({ STORAGE: 's3' }).sort()).toEqual([
      'S3_ACCESS_KEY_ID',
      'S3_BUCKET',
      'S3_ENDPOINT',
      'S3_SECRET_ACCESS_KEY',
    ]);
    expect(problemsOf({ PORT: '-1', SESSION_SECRET: 'pendek' }).sort()).toEqual(['PORT', 'SESSION_SECRET']);
  });

  it('requires a session secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['SESSION_SECRET']);
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toEqual([]);
  });

  it('says which variable is wrong in the error message', () => {
    expect(() => parseConfig({ MAX_UPLOAD_MB: '0' })).toThrow(/MAX_UPLOAD_MB/);
  });

  it('checks the signing and messaging settings', () => {
    expect(problemsOf({ SIGNING_PROVIDER: 'bsre' }).sort()).toEqual(['BSRE_PASSWORD', 'BSRE_URL', 'BSRE_USERNAME']);
    expect(problemsOf({ BSRE_TRUST_PEM: '/tidak/ada/bsre.pem' })).toEqual(['BSRE_TRUST_PEM']);
    expect(problemsOf({ SMTP_URL: 'mail.pemda.go.id:587', SIGNING_MASTER_KEY: 'pendek' }).sort()).toEqual([
      'SIGNING_MASTER_KEY',
      'SMTP_URL',
    ]);
    const config = parseConfig({ SESSION_SECRET: 's'.repeat(40), SMTP_URL: 'smtp://127.0.0.1:2525?starttls=off' });
    expect(config.signing).toMatchObject({ provider: 'local', masterKey: 's'.repeat(40), signerCertificateDays: 730 });
    expect(config.messaging).toMatchObject({
      smtpUrl: 'smtp://127.0.0.1:2525?starttls=off',
      from: 'Pamong <no-reply@localhost>',
    });
  });
});
