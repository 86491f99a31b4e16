import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthorizedError } from '../../shared/errors.ts';
import type { RequestContext } from '../access/context.ts';
import { localeFromHeader } from '../i18n/i18n.ts';
import type { AnyRoute, RouteModule } from './define-routes.ts';
import type { PublicContext } from './public-context.ts';

/** The result of authenticating a request: its context and the CSRF token its session expects. */
export interface Authentication {
  readonly ctx: RequestContext;
  /** Null when the credential is not a cookie (no CSRF risk). */
  readonly expectedCsrfToken: string | null;
}

/** Turns a request into an authenticated context, or null when it carries no valid session. */
export type Authenticator = (request: FastifyRequest, pub: PublicContext) => Promise<Authentication | null>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** SECURITY: unsafe methods on a cookie session must echo the session's CSRF token in `x-csrf-token`. */
function checkCsrf(request: FastifyRequest, auth: Authentication): void {
  if (!UNSAFE.has(request.method) || auth.expectedCsrfToken === null) return;
  const header = request.headers['x-csrf-token'];
  const given = Array.isArray(header) ? header[0] : header;
  if (!given || !sameToken(given, auth.expectedCsrfToken)) throw new ForbiddenError('errors.csrf');
}

/** Builds the public context every request gets. */
export function publicContextOf(request: FastifyRequest, base: Pick<PublicContext, 'db' | 'platform'>): PublicContext {
  return {
    ...base,
    requestId: String(request.id),
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    locale: localeFromHeader(request.headers['accept-language']),
  };
}

async function runProtected(
  route: AnyRoute & { permission: string },
  request: FastifyRequest,
  reply: FastifyReply,
  deps: RegisterDeps,
) {
  const pub = publicContextOf(request, deps);
  const auth = await deps.authenticate(request, pub);
  if (!auth) throw new UnauthorizedError();
  // Every later log line of this request, the completion line included, names the tenant and the actor.
  const log = request.log.child({ tenantId: auth.ctx.tenantId, actorId: auth.ctx.actor.userId });
  request.log = log;
  reply.log = log;
  // SECURITY: coarse, per-endpoint permission; services then apply object-level policies.
  if (route.permission !== 'authenticated' && !auth.ctx.actor.permissions.has(route.permission as never)) {
    throw new ForbiddenError();
  }
  checkCsrf(request, auth);
  return auth.ctx;
}

/** Dependencies the registration needs: the database, the adapters and identity's authenticator. */
export interface RegisterDeps extends Pick<PublicContext, 'db' | 'platform'> {
  readonly authenticate: Authenticator;
}

function toFastifySchema(route: AnyRoute, module: string) {
  const schema = {
    summary: route.summary,
    tags: [module],
    params: route.params,
    querystring: route.querystring,
    body: route.body,
    response: route.response,
    consumes: route.consumes,
    ...(route.permission === 'public'
      ? {}
      : { security: [{ session: [] }], description: `Izin / permission: \`${route.permission}\`` }),
  };
  // Fastify warns about keys that are present but undefined; keep only the declared ones.
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
}

/** Registers every module's routes on Fastify; returns the flat registry (used by OpenAPI and the tenancy sweep). */
export function registerRouteModules(app: FastifyInstance, modules: readonly RouteModule[], deps: RegisterDeps): AnyRoute[] {
  const all: AnyRoute[] = [];
  for (const mod of modules) {
    for (const route of mod.routes) {
      all.push(route);
      app.route({
        method: route.method,
        url: route.url,
        schema: toFastifySchema(route, mod.module),
        config: { permission: route.permission },
        handler: async (request, reply) => {
          const input = { params: request.params, query: request.query, body: request.body, request, reply };
          const result =
            route.permission === 'public'
              ? await route.handler({ ...input, pub: publicContextOf(request, deps) } as never)
              : await route.handler({ ...input, ctx: await runProtected(route, request, reply, deps) } as never);
          if (reply.sent) return reply;
          if (result === undefined) return reply.code(route.status ?? 204).send();
          return reply.code(route.status ?? 200).send(result);
        },
      });
    }
  }
  return all;
}
