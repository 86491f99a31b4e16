import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ValidationError } from '../../shared/errors.ts';
import type { RegisterQuery, RegisterView } from './numbering.contract.ts';
import { numberView } from './numbering.repository.ts';
import { schemeByCode } from './schemes.service.ts';

type Cursor = readonly [seq: number, suffix: string, scopeKey: string];

/** The opaque keyset cursor after a row: its (seq, suffix, scope key). */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Reads a cursor; 422 on the `after` field when it is not one of ours. */
export function decodeCursor(text: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && Number.isInteger(value[0]) && typeof value[1] === 'string' && typeof value[2] === 'string')
      return [value[0], value[1], value[2]];
  } catch {
    // falls through to the validation error
  }
  throw new ValidationError([{ field: 'after', message: 'errors.invalid' }]);
}

/**
 * The register of one scheme and year in sequence order (insertions right after their base), keyset-paged
 * on (seq, suffix, scope key), which is the order of the numbers' unique index.
 * SECURITY: the register shows numbers, states and references only, never a letter's content, so it is
 * open to everyone who may read correspondence (the route's permission).
 */
export async function listRegister(ctx: RequestContext, query: RegisterQuery): Promise<RegisterView> {
  const scheme = await schemeByCode(ctx, query.scheme);
  let q = tenantDb(ctx).selectFrom('numbers').selectAll().where('scheme_id', '=', scheme.id).where('year', '=', query.year);
  if (query.state) q = q.where('state', '=', query.state);
  if (query.unitCode) q = q.where('unit_code', '=', query.unitCode);
  if (query.after) {
    const [seq, suffix, scopeKey] = decodeCursor(query.after);
    q = q.where((eb) =>
      eb.or([
        eb('seq', '>', seq),
        eb.and([eb('seq', '=', seq), eb('suffix', '>', suffix)]),
        eb.and([eb('seq', '=', seq), eb('suffix', '=', suffix), eb('scope_key', '>', scopeKey)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('seq')
    .orderBy('suffix')
    .orderBy('scope_key')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => numberView(r, scheme.code)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([Number(last.seq), last.suffix, last.scope_key]) : null,
  };
}
