/**
 * Tenant queries built and compiled once per shape, then run with each call's values bound. Kysely builds a small
 * SELECT node by node and compiles it to SQL on every call (30–80 µs here), which on a hot read such as the inbox
 * costs as much as SQLite running the statement. The builder sees only the shape (what decides the SQL text) and
 * placeholders for the values, never the values, so no call's value can end up in the text another call runs.
 */
import { type Compilable, CompiledQuery } from 'kysely';
import { executorOf } from './executor.ts';
import { type TenantDb, type TenantScope, tenantDb } from './tenant-db.ts';

/** Marks a placeholder value; no real value starts with a NUL character. */
const SLOT = '\u0000pamong-slot:';
const TENANT = `${SLOT}\u0000tenant`;

/** Where each bound value of a compiled template comes from: the tenant, a named value, or a constant of the SQL. */
type Binding = { readonly tenant: true } | { readonly name: string } | { readonly constant: unknown };

interface Template {
  readonly sql: string;
  readonly bindings: readonly Binding[];
}

/** How a prepared query is made: the shape of a call, and the query of a shape with placeholders for the values. */
export interface PreparedQuerySpec<V extends Record<string, unknown>, S, O> {
  /** What decides the SQL text (which clauses, which order); JSON-serialisable. Calls of one shape share one SQL. */
  readonly shape: (values: V) => S;
  /** The query of a shape; `values` holds placeholders, to be bound as values (never inlined with `sql.raw`/`lit`). */
  readonly build: (door: TenantDb, values: V, shape: S) => Compilable<O>;
}

/** The placeholders of `names`, typed as the values they stand for. */
function placeholders<V extends Record<string, unknown>>(names: readonly string[]): V {
  return Object.fromEntries(names.map((name) => [name, `${SLOT}${name}`])) as V;
}

function bindingOf(parameter: unknown, names: ReadonlySet<string>): Binding {
  if (parameter === TENANT) return { tenant: true };
  if (typeof parameter !== 'string' || !parameter.startsWith(SLOT)) return { constant: parameter };
  const name = parameter.slice(SLOT.length);
  if (!names.has(name)) throw new Error(`preparedTenantQuery: unknown placeholder ${name}`);
  return { name };
}

/**
 * SECURITY: the template of one shape. It is compiled through tenantDb with a placeholder tenant, so the tenant
 * condition is part of the SQL, and a template that does not bind the tenant (or inlines a placeholder into the text)
 * is refused.
 */
function compileTemplate<V extends Record<string, unknown>, S, O>(
  ctx: TenantScope,
  spec: PreparedQuerySpec<V, S, O>,
  names: readonly string[],
  shape: S,
): Template {
  const door = tenantDb({ tenantId: TENANT, db: ctx.db });
  const compiled = spec.build(door, placeholders<V>(names), shape).compile();
  if (compiled.sql.includes(SLOT)) throw new Error('preparedTenantQuery: a placeholder was written into the SQL text');
  const known = new Set(names);
  const bindings = compiled.parameters.map((parameter) => bindingOf(parameter, known));
  if (!bindings.some((binding) => 'tenant' in binding))
    throw new Error('preparedTenantQuery: the query does not bind the tenant');
  return { sql: compiled.sql, bindings };
}

/**
 * The value bound for a placeholder: a scalar (a list would have needed one placeholder per item, so its length is
 * shape). A shape that binds a name its call does not give is a programming error.
 */
function boundValue(values: Record<string, unknown>, name: string): unknown {
  const value = values[name];
  if (value === undefined) throw new Error(`preparedTenantQuery: no value for ${name}`);
  if (typeof value === 'object' && value !== null) throw new Error(`preparedTenantQuery: ${name} is not a single value`);
  return value;
}

/**
 * A tenant query compiled once per shape: `run(ctx, values)` binds the context's tenant and `values` into the SQL of
 * `spec.shape(values)` and returns the rows (in the context's transaction when it has one).
 */
export function preparedTenantQuery<V extends Record<string, unknown>, S, O>(
  spec: PreparedQuerySpec<V, S, O>,
): (ctx: TenantScope, values: V) => Promise<O[]> {
  const templates = new Map<string, Template>();
  return async (ctx, values) => {
    // SECURITY: the tenant placeholder takes the context's tenant, as tenantDb would have written it.
    const tenantId = ctx.tenantId;
    if (!tenantId) throw new Error('preparedTenantQuery needs a tenant id');
    const shape = spec.shape(values);
    // One SQL text per dialect and shape (the dialects quote and bind differently).
    const key = `${ctx.db.dialect}|${JSON.stringify(shape) ?? ''}`;
    let template = templates.get(key);
    if (!template) {
      template = compileTemplate(ctx, spec, Object.keys(values), shape);
      templates.set(key, template);
    }
    const parameters = template.bindings.map((b) =>
      'tenant' in b ? tenantId : 'name' in b ? boundValue(values, b.name) : b.constant,
    );
    const result = await executorOf(ctx).executeQuery<O>(CompiledQuery.raw(template.sql, parameters));
    return result.rows;
  };
}
