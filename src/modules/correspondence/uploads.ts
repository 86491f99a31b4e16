/** Reading the multipart requests of correspondence: one `file` part and a `metadata` JSON field, in any order. */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ValidationError } from '../../shared/errors.ts';
import type { UploadedScan } from './letters.service.ts';

/** The parts of a multipart request: the file (streamed up to the configured limit, else 413) and text fields. */
export async function readMultipart(request: FastifyRequest): Promise<{ file?: UploadedScan; fields: Record<string, string> }> {
  const fields: Record<string, string> = {};
  let file: UploadedScan | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'file') file = { data, fileName: part.filename.slice(0, 200) };
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  return file ? { file, fields } : { fields };
}

/** Validates input with a zod schema the way route bodies are validated (400 with field messages). */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, context = 'body'): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const validation = result.error.issues.map((issue) => ({
    instancePath: `/${issue.path.join('/')}`,
    params: { issue },
    message: issue.message,
  }));
  throw Object.assign(new Error('validation'), { validation, validationContext: context, statusCode: 400 });
}

/** The JSON of the `metadata` field, or a 422 naming it. */
export function metadataOf(fields: Record<string, string>): unknown {
  const text = fields.metadata;
  if (text === undefined) throw new ValidationError([{ field: 'metadata', message: 'correspondence.noMetadata' }]);
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ field: 'metadata', message: 'correspondence.metadataNotJson' }]);
  }
}

/** A multipart request's metadata and optional file, or a JSON body as is. */
export async function bodyAndFile(request: FastifyRequest): Promise<{ body: unknown; file?: UploadedScan }> {
  if (!request.isMultipart()) return { body: request.body };
  const { file, fields } = await readMultipart(request);
  return file ? { body: metadataOf(fields), file } : { body: metadataOf(fields) };
}
