/** HTTP helpers of the evaluation routes: multipart uploads with fields, body-like validation, file downloads. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { UploadedFile } from './evidence-upload.ts';

/** Validates fields the way route bodies are validated (400 with field messages under `body.`). */
export function parseFields<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const validation = result.error.issues.map((issue) => ({
    instancePath: `/${issue.path.join('/')}`,
    params: { issue },
    message: issue.message,
  }));
  throw Object.assign(new Error('validation'), { validation, validationContext: 'body', statusCode: 400 });
}

/**
 * The text fields and the `file` parts of a multipart request, streamed up to the upload limit. One more file than
 * allowed is still read, so too many files is a 422 naming the limit rather than a 413.
 */
export async function readMultipart(
  request: FastifyRequest,
  maxFiles: number,
): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for await (const part of request.parts({ limits: { files: maxFiles + 1 } })) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'file') files.push({ data, fileName: (part.filename ?? '').slice(0, 200) });
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  return { fields, files };
}

/** Sends a stored file as an attachment (or inline) with a safe Content-Disposition and no sniffing. */
export function sendFile(reply: FastifyReply, file: { bytes: Buffer; contentType: string; fileName: string }, inline = false) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const disposition = `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
  return reply
    .type(file.contentType)
    .header('content-disposition', disposition)
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}
