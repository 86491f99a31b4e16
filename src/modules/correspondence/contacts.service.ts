/** External contacts (senders of incoming letters): de-duplicated by organisation + name, searchable. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';
import type { ContactInput } from './correspondence.contract.ts';

/** The de-duplication key: lower-case, punctuation-insensitive, single-spaced `organisation|name`. */
export function contactKey(organisation: string | undefined | null, name: string): string {
  const norm = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[.,;:'"()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return `${norm(organisation ?? '')}|${norm(name)}`;
}

/** The id of the contact with the same organisation and name, created when new (address/email filled if missing). */
export async function findOrCreateContact(ctx: RequestContext, input: ContactInput): Promise<string> {
  const key = contactKey(input.organisation, input.name);
  const found = await tenantDb(ctx).selectFrom('contacts').selectAll().where('dedup_key', '=', key).executeTakeFirst();
  if (found) {
    const fill = { address: found.address ?? input.address ?? null, email: found.email ?? input.email ?? null };
    if (fill.address !== found.address || fill.email !== found.email)
      await tenantDb(ctx).updateTable('contacts').set(fill).where('id', '=', found.id).execute();
    return found.id;
  }
  const id = newId();
  await tenantDb(ctx)
    .insertInto('contacts', {
      id,
      name: input.name,
      organisation: input.organisation || null,
      address: input.address || null,
      email: input.email ?? null,
      dedup_key: key,
      created_at: ctx.platform.now().toISOString(),
    })
    .execute();
  return id;
}

/** Contacts whose name or organisation contains the words typed (case-insensitive), at most 20. */
export async function searchContacts(ctx: RequestContext, q: string) {
  const words = contactKey('', q).slice(1).split(' ').filter(Boolean).slice(0, 5);
  let query = tenantDb(ctx).selectFrom('contacts').select(['id', 'name', 'organisation', 'address', 'email']);
  for (const word of words) query = query.where('dedup_key', 'like', `%${word.replace(/[%_\\]/g, '')}%`);
  const items = await query.orderBy('organisation').orderBy('name').limit(20).execute();
  return { items };
}
