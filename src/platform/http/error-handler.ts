import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { DomainError, TooManyRequestsError } from '../../shared/errors.ts';
import { type Locale, localeFromHeader, localizeIssue, translate } from '../i18n/i18n.ts';

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[]; requestId: string };
}

interface ValidationItem {
  instancePath: string;
  params?: { issue?: z.core.$ZodIssue };
  message?: string;
}

function send(reply: FastifyReply, status: number, code: string, message: string, fields?: ErrorBody['error']['fields']) {
  const body: ErrorBody = {
    error: { code, message, requestId: String(reply.request.id), ...(fields?.length ? { fields } : {}) },
  };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

function validationFields(error: FastifyError, locale: Locale) {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  return ((error.validation ?? []) as ValidationItem[]).map((item) => {
    const path = item.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const issue = item.params?.issue;
    return { field: path ? `${context}.${path}` : context, message: issue ? localizeIssue(issue, locale) : (item.message ?? '') };
  });
}

const DB_CONFLICT_CODES = new Set([
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  'SQLITE_CONSTRAINT_FOREIGNKEY',
  '23505',
  '23503',
]);

/** Size limits, so a 413 can say what the limit is. */
export interface BodyLimits {
  readonly jsonBytes: number;
  readonly uploadBytes: number;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

function frameworkError(
  error: FastifyError,
  locale: Locale,
  limits: BodyLimits,
): { status: number; code: string; message: string } | null {
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && error.statusCode === 400)) {
    return { status: 400, code: 'invalid_json', message: translate(locale, 'errors.invalidJson') };
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return { status: 400, code: 'invalid_json', message: translate(locale, 'errors.invalidJson') };
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
    const limit = error.code === 'FST_REQ_FILE_TOO_LARGE' ? limits.uploadBytes : limits.jsonBytes;
    return { status: 413, code: 'too_large', message: translate(locale, 'errors.tooLarge', { limit: megabytes(limit) }) };
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return { status: 415, code: 'unsupported_media_type', message: translate(locale, 'errors.unsupportedMediaType') };
  }
  if (DB_CONFLICT_CODES.has(String(error.code)))
    return { status: 409, code: 'conflict', message: translate(locale, 'errors.conflict') };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: String(error.code ?? 'bad_request').toLowerCase(), message: error.message };
  }
  return null;
}

/** Maps every error to a clear JSON answer in the caller's language; anything unexpected is a logged 500. */
export function installErrorHandler(app: FastifyInstance, limits: BodyLimits): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = localeFromHeader(request.headers['accept-language']);
    if (error.validation) {
      return send(reply, 400, 'validation', translate(locale, 'errors.validation'), validationFields(error, locale));
    }
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequestsError) reply.header('retry-after', String(error.retryAfterSeconds));
      const fields = error.fields.map((f) => ({ field: f.field, message: translate(locale, f.message, f.params ?? {}) }));
      return send(reply, error.status, error.code, translate(locale, error.messageKey, error.params), fields);
    }
    const known = frameworkError(error, locale, limits);
    if (known) return send(reply, known.status, known.code, known.message);
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'internal', translate(locale, 'errors.internal'));
  });
}
