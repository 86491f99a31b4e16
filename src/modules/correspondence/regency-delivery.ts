/** The one cross-tenant write of correspondence: a signed letter arrives as an incoming letter in another regency. */
import { tenantDb } from '../../db/tenant-db.ts';
import { type RequestContext, systemContext } from '../../platform/access/context.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';
import type { Permission } from '../../shared/permissions.ts';
import { findTenantByRef, getTenant, type Tenant } from '../organization/index.ts';
import { dateIn } from './disposition-batch.ts';
import { registerIncomingLetter } from './letters.service.ts';
import type { VersionContent } from './outgoing-access.ts';

/** The target's receiving unit: its tenant setting `receivingUnitId`, else its first root unit of kind sekretariat. */
async function receivingUnitOf(target: RequestContext, tenant: Tenant): Promise<string> {
  const configured = (tenant.settings as { receivingUnitId?: string }).receivingUnitId;
  const query = tenantDb(target).selectFrom('units').select('id').where('status', '=', 'active');
  const row = configured
    ? await query.where('id', '=', configured).executeTakeFirst()
    : await query
        .where('parent_id', 'is', null)
        .where('kind', '=', 'sekretariat')
        .orderBy('sort_order')
        .orderBy('code')
        .executeTakeFirst();
  if (!row) throw new NotFoundError('unit');
  return row.id;
}

/**
 * SECURITY: the job payload is not trusted: the target must be one of the regencies the signed version addresses.
 * Answers its role there: kepada when any entry naming it is kepada, else tembusan (a copy, never disposable).
 */
async function addressedRole(
  source: RequestContext,
  version: VersionContent,
  targetTenantId: string,
): Promise<'kepada' | 'tembusan'> {
  const roles = new Set<'kepada' | 'tembusan'>();
  for (const r of version.addressees.regencies)
    if ((await findTenantByRef(source, r.tenant))?.id === targetTenantId) roles.add(r.role);
  if (roles.size === 0) throw new ConflictError('correspondence.notAddressee');
  return roles.has('kepada') ? 'kepada' : 'tembusan';
}

async function alreadyDelivered(target: RequestContext, senderName: string, number: string): Promise<boolean> {
  const row = await tenantDb(target)
    .selectFrom('letters')
    .innerJoin('contacts', (j) =>
      j.onRef('contacts.tenant_id', '=', 'letters.tenant_id').onRef('contacts.id', '=', 'letters.sender_contact_id'),
    )
    .select('letters.id')
    .where('contacts.name', '=', senderName)
    .where('letters.their_number', '=', number)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * SECURITY: delivers a signed letter of the source tenant into the target tenant. This is the only place where
 * correspondence writes into another tenant: it reads the source only through the source context, and writes only
 * through a system context of the target tenant limited to registering letters. The signed PDF is copied into the
 * target's storage and the sender becomes the contact "Pemerintah <source regency>". Idempotent per letter number.
 * A regency addressed as tembusan receives it as a tembusan of its receiving unit's head (read-only copy).
 */
export async function deliverToRegency(source: RequestContext, draftId: string, targetTenantId: string): Promise<string | null> {
  const draft = await tenantDb(source).selectFrom('letter_drafts').selectAll().where('id', '=', draftId).executeTakeFirst();
  if (!draft?.letter_id || !draft.number_text || !draft.letter_date) throw new NotFoundError('letter');
  const version = await tenantDb(source)
    .selectFrom('letter_versions')
    .select('content')
    .where('draft_id', '=', draftId)
    .where('version_no', '=', draft.version_no)
    .executeTakeFirstOrThrow();
  const role = await addressedRole(source, JSON.parse(version.content) as VersionContent, targetTenantId);
  const letter = await tenantDb(source)
    .selectFrom('letters')
    .select('scan_file_id')
    .where('id', '=', draft.letter_id)
    .executeTakeFirstOrThrow();
  const pdf = await loadFile(source, letter.scan_file_id as string);
  const from = await getTenant(source, source.tenantId);
  const tenant = await getTenant(source, targetTenantId);
  const permissions = new Set<Permission>(['correspondence.letter.register']);
  const target = systemContext(source.db, source.platform, targetTenantId, `regency-delivery:${from.code}`, permissions);
  const senderName = `Pemerintah ${from.name}`;
  if (await alreadyDelivered(target, senderName, draft.number_text)) return null;
  const registered = await registerIncomingLetter(
    target,
    {
      sender: { name: senderName, organisation: senderName },
      theirNumber: draft.number_text,
      theirDate: draft.letter_date,
      receivedDate: dateIn(source.platform.now(), tenant.timezone),
      hal: draft.hal,
      security: draft.security,
      urgency: draft.urgency,
      kka: draft.kka_code,
      unitId: await receivingUnitOf(target, tenant),
    },
    { data: pdf, fileName: `${draft.number_text.replace(/[^\w.-]+/g, '_')}.pdf` },
    // A tembusan arrives as a copy to the receiving unit's head: it shows in the tembusan queue, not as kepada.
    { headRole: role },
  );
  return registered.id;
}
