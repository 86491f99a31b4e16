// Reads BSrE API requests (v1 multipart, v2 JSON) into one signing call, and makes the redacted
// record the tests inspect. SECURITY: the passphrase is read for checking only and never recorded.
import type { RecordedRequest } from './fake-bsre-types.ts';

/** Where a visible signature goes, in the units and origin the caller sent. */
export interface SentPlacement {
  /** 1-based, as on the wire. */
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** v2 measures y from the page's top edge; v1 from the bottom edge. */
  readonly yFromTop: boolean;
}

/** One signing request, whichever API version it came through. */
export interface SignCall {
  readonly nik: string;
  readonly passphrase: string;
  readonly pdf?: Buffer;
  readonly placement?: SentPlacement;
  readonly qrUrl?: string;
  readonly image?: Buffer;
  readonly reason: string;
  readonly location: string;
}

/** A parsed request plus its record. */
export interface ParsedRequest<T> {
  readonly call: T;
  readonly fieldNames: readonly string[];
  readonly fields: Record<string, unknown>;
  readonly passphraseGiven: boolean;
}

/** A request body the fake could not read (answered with HTTP 400). */
export class UnreadableRequest extends Error {}

/** Makes the record of one request. */
export function recordOf(
  base: Pick<RecordedRequest, 'method' | 'path' | 'contentType' | 'authorized'>,
  parsed?: Omit<ParsedRequest<unknown>, 'call'>,
): RecordedRequest {
  return {
    ...base,
    fieldNames: parsed?.fieldNames ?? [],
    fields: parsed?.fields ?? {},
    passphraseGiven: parsed?.passphraseGiven ?? false,
  };
}

async function readForm(contentType: string, body: Buffer): Promise<FormData> {
  try {
    return await new Request('http://fake-bsre.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    throw new UnreadableRequest('multipart/form-data tidak terbaca');
  }
}

function v1Placement(text: (name: string) => string): SentPlacement {
  const number = (name: string) => Number(text(name));
  return {
    page: number('page') || 1,
    x: number('xAxis'),
    y: number('yAxis'),
    width: number('width'),
    height: number('height'),
    yFromTop: false,
  };
}

/** Reads POST /api/sign/pdf (multipart). */
export async function parseV1Sign(contentType: string, body: Buffer): Promise<ParsedRequest<SignCall>> {
  const form = await readForm(contentType, body);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const fileBytes = async (name: string) => {
    const value = form.get(name);
    return value instanceof File ? Buffer.from(await value.arrayBuffer()) : undefined;
  };
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (name === 'passphrase') continue;
    fields[name] = typeof value === 'string' ? value : { filename: value.name, type: value.type, bytes: value.size };
  }
  const visible = text('tampilan').toLowerCase() === 'visible';
  const call: SignCall = {
    nik: text('nik'),
    passphrase: text('passphrase'),
    pdf: await fileBytes('file'),
    placement: visible ? v1Placement(text) : undefined,
    qrUrl: visible ? text('linkQR') : undefined,
    image: visible && text('image') === 'true' ? await fileBytes('imageTTD') : undefined,
    reason: text('reason'),
    location: text('location'),
  };
  return { call, fieldNames: [...form.keys()], fields, passphraseGiven: call.passphrase !== '' };
}

function readJson(body: Buffer): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new UnreadableRequest('JSON tidak terbaca');
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');
const base64Bytes = (value: unknown) => (typeof value === 'string' ? Buffer.from(value, 'base64') : undefined);

function redactedProperties(properties: unknown[]): unknown[] {
  return properties.map((entry) => {
    const record = { ...(entry as Record<string, unknown>) };
    if (typeof record.imageBase64 === 'string') record.imageBase64 = { bytes: base64Bytes(record.imageBase64)?.length ?? 0 };
    return record;
  });
}

/** Reads POST /api/v2/sign/pdf (JSON). The fake signs exactly one file per call. */
export function parseV2Sign(body: Buffer): ParsedRequest<SignCall> {
  const json = readJson(body);
  const files = Array.isArray(json.file) ? json.file : [];
  const properties = Array.isArray(json.signatureProperties) ? json.signatureProperties : [];
  const first = (properties[0] ?? {}) as Record<string, unknown>;
  const visible = asText(first.tampilan).toUpperCase() === 'VISIBLE';
  const placement: SentPlacement = {
    page: Number(first.page) || 1,
    x: Number(first.originX),
    y: Number(first.originY),
    width: Number(first.width),
    height: Number(first.height),
    yFromTop: true,
  };
  const call: SignCall = {
    nik: asText(json.nik),
    passphrase: asText(json.passphrase),
    pdf: files.length === 1 ? base64Bytes(files[0]) : undefined,
    placement: visible ? placement : undefined,
    image: visible ? base64Bytes(first.imageBase64) : undefined,
    reason: asText(first.reason),
    location: asText(first.location),
  };
  const { passphrase: _secret, ...rest } = json;
  const fields = {
    ...rest,
    file: files.map((file) => ({ bytes: base64Bytes(file)?.length ?? 0 })),
    signatureProperties: redactedProperties(properties),
  };
  return { call, fieldNames: Object.keys(json), fields, passphraseGiven: call.passphrase !== '' };
}

/** Reads POST /api/v2/user/check/status `{ nik }`. */
export function parseV2Status(body: Buffer): ParsedRequest<string> {
  const json = readJson(body);
  return { call: asText(json.nik), fieldNames: Object.keys(json), fields: { nik: json.nik }, passphraseGiven: false };
}
