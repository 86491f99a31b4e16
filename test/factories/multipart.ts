import { randomBytes } from 'node:crypto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A multipart/form-data body with one file field, ready for `inject({ payload, headers })`. */
export function multipartFile(data: Buffer, opts: { field?: string; fileName?: string; contentType?: string } = {}) {
  const boundary = `----pamong${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${opts.fileName ?? 'organisasi.xlsx'}"\r\n` +
      `Content-Type: ${opts.contentType ?? XLSX}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, data, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
