import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isId, newId } from '../../shared/ids.ts';
import { localeFromHeader, translate } from '../i18n/i18n.ts';
import { installErrorHandler } from './error-handler.ts';
import { staticSecurityHeaders } from './security-headers.ts';

/** JSON request bodies are small; files come as multipart uploads with their own limit. */
const JSON_BODY_LIMIT = 1024 * 1024;

/** Options of the HTTP server that do not depend on any module. */
export interface HttpServerOptions {
  readonly logLevel: string;
  readonly maxUploadBytes: number;
  readonly version: string;
  /** Folder of the built web app; served with an SPA fallback when it exists. */
  readonly webDist: string;
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
}

// Our validator keeps the input on each issue so messages can say what was received, in either language.
const validatorCompiler =
  ({ schema }: { schema: z.ZodType }) =>
  (data: unknown) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const error = result.error.issues.map((issue) => ({
      keyword: issue.code,
      instancePath: `/${issue.path.join('/')}`,
      schemaPath: `#/${issue.path.join('/')}`,
      message: issue.message,
      params: { issue },
    }));
    return { error } as never;
  };

function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && (isId(given) || /^[A-Za-z0-9._-]{8,64}$/.test(given)) ? given : newId();
}

async function registerDocs(app: FastifyInstance, version: string) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Pamong API', version, description: 'e-Office, e-SAKIP dan Sakip Desa untuk pemerintah daerah.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pamong_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}

function registerWeb(app: FastifyInstance, webDist: string) {
  const index = join(webDist, 'index.html');
  if (existsSync(index)) {
    app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const locale = localeFromHeader(request.headers['accept-language']);
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !existsSync(index)) {
      return reply
        .code(404)
        .send({ error: { code: 'not_found', message: translate(locale, 'errors.routeNotFound'), requestId: request.id } });
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(index));
  });
}

/** Builds the Fastify instance with the house defaults: zod validation, helmet, cookies, uploads, OpenAPI, errors. */
export async function createHttpServer(opts: HttpServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: opts.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    genReqId: (req) => requestIdOf(req.headers['x-request-id']),
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: opts.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler as never);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, { jsonBytes: JSON_BODY_LIMIT, uploadBytes: opts.maxUploadBytes });
  const securityHeaders = staticSecurityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The editor previews a rendered PDF from a blob: URL in a frame; nothing else may be framed.
        frameSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: opts.secureCookies ? [] : null,
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(securityHeaders);
    reply.header('x-request-id', request.id);
    done();
  });
  // Answers of 1 KiB and more go compressed to clients that accept it (brotli at quality 4, else gzip): a regency's
  // plan tree is ~1.5 MB of JSON and the web app ~1 MB of script, too much for a village operator's phone. Request
  // bodies are taken as sent (no decompression of uploads).
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'], globalDecompression: false });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: opts.maxUploadBytes, files: 1, fields: 10 } });
  // Raw image bodies (photos sent by phones, e.g. Sakip Desa evidence) arrive as a Buffer; the route checks the bytes.
  app.addContentTypeParser(
    ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: opts.maxUploadBytes },
    (_request, body, done) => done(null, body),
  );
  await registerDocs(app, opts.version);
  registerWeb(app, opts.webDist);
  return app;
}
