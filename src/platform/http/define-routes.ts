import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Permission } from '../../shared/permissions.ts';
import type { RequestContext } from '../access/context.ts';
import type { PublicContext } from './public-context.ts';

/** HTTP methods Pamong routes use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface RouteShape<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> {
  method: HttpMethod;
  url: string;
  /** One line for the OpenAPI document. */
  summary: string;
  params?: P;
  querystring?: Q;
  body?: B;
  /** Response schemas by status code; the first 2xx one documents the success. */
  response?: Record<number, Schema>;
  /** Success status when the handler returns a value (default 200). */
  status?: number;
  /** Raw body content types this route accepts besides JSON (e.g. multipart/form-data). */
  consumes?: string[];
}

interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A route that needs a logged-in actor: `permission` is mandatory, or `'authenticated'` for any user. */
export interface ProtectedRoute<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>
  extends RouteShape<P, Q, B> {
  permission: Permission | 'authenticated';
  handler: (input: HandlerInput<Infer<P>, Infer<Q>, Infer<B>> & { ctx: RequestContext }) => Promise<unknown>;
}

/** A route anyone may call; it must be declared with `publicRoute`, so openness is always explicit. */
export interface PublicRoute<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>
  extends RouteShape<P, Q, B> {
  permission: 'public';
  /** Public routes that write must still opt out of CSRF explicitly (they have no session). */
  handler: (input: HandlerInput<Infer<P>, Infer<Q>, Infer<B>> & { pub: PublicContext }) => Promise<unknown>;
}

/** Any declared route, as stored in the registry. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds routes of every schema shape
export type AnyRoute = ProtectedRoute<any, any, any> | PublicRoute<any, any, any>;

/** The registrar a module's route file receives. */
export interface RouteRegistrar {
  route<
    P extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
    B extends Schema | undefined = undefined,
  >(def: ProtectedRoute<P, Q, B>): void;
  publicRoute<
    P extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
    B extends Schema | undefined = undefined,
  >(def: Omit<PublicRoute<P, Q, B>, 'permission'>): void;
}

/** A module's routes, collected at definition time and registered by the HTTP platform. */
export interface RouteModule {
  readonly module: string;
  readonly routes: readonly AnyRoute[];
}

/** Declares a module's routes. Every route carries a permission; public ones are declared as such. */
export function defineRoutes(module: string, declare: (r: RouteRegistrar) => void): RouteModule {
  const routes: AnyRoute[] = [];
  declare({
    route: (def) => routes.push(def as AnyRoute),
    publicRoute: (def) => routes.push({ ...def, permission: 'public' } as AnyRoute),
  });
  return Object.freeze({ module, routes: Object.freeze(routes) });
}
