import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { openSecret, sealSecret } from '../../platform/crypto/secret-box.ts';
import { createCertificateAuthority, issueSignerCertificate } from '../../platform/signing/local-ca.ts';
import { type LocalSigningKey, SigningFailure } from '../../platform/signing/signing-types.ts';
import { ConflictError, NotFoundError, ServiceUnavailableError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { type EmployeeCard, employeeCards, getTenant } from '../organization/index.ts';
import { certificateStatus } from './certificate-status.ts';
import { enforce, mayManageDocuments } from './documents.policy.ts';

const CA_VALID_YEARS = 10;

/** The secret-box purpose of a tenant's sealed CA (`ca`) or signer (`signer`) private key. */
export function sealedKeyPurpose(kind: 'ca' | 'signer', tenantId: string): string {
  return `${kind}:${tenantId}`;
}

/** SECURITY: private keys are sealed under the signing master key, bound to their tenant and row. */
function sealKey(ctx: RequestContext, purpose: 'ca' | 'signer', pkcs8: Buffer): string {
  return sealSecret(ctx.platform.signing.masterKey, sealedKeyPurpose(purpose, ctx.tenantId), pkcs8.toString('base64'));
}

function openKey(ctx: RequestContext, purpose: 'ca' | 'signer', sealed: string): Buffer {
  const opened = openSecret(ctx.platform.signing.masterKey, sealedKeyPurpose(purpose, ctx.tenantId), sealed);
  // SIGNING_MASTER_KEY (or SESSION_SECRET) changed since the key was sealed: an operator problem, not the user's.
  if (opened === undefined) throw new ServiceUnavailableError('documents.keyUnavailable');
  return Buffer.from(opened, 'base64');
}

async function activeAuthority(ctx: RequestContext) {
  return tenantDb(ctx)
    .selectFrom('signing_authorities')
    .selectAll()
    .where('status', '=', 'active')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** The tenant's signing CA, created on first need (and at tenant creation). */
export async function ensureSigningAuthority(ctx: RequestContext) {
  const existing = await activeAuthority(ctx);
  if (existing) return existing;
  const tenant = await getTenant(ctx, ctx.tenantId);
  const now = ctx.platform.now();
  const ca = await createCertificateAuthority({
    commonName: `Pamong CA ${tenant.name}`,
    organization: `Pemerintah ${tenant.name}`,
    validYears: CA_VALID_YEARS,
    now,
  });
  const row = {
    id: newId(),
    subject: `Pamong CA ${tenant.name}`,
    serial_hex: ca.serialHex,
    certificate_der: ca.certificateDer.toString('base64'),
    private_key_sealed: sealKey(ctx, 'ca', ca.privateKeyPkcs8),
    not_before: ca.notBefore.toISOString(),
    not_after: ca.notAfter.toISOString(),
    status: 'active' as const,
    created_at: now.toISOString(),
  };
  await inTransaction(ctx, async (tx) => {
    await tenantDb(tx).insertInto('signing_authorities', row).execute();
    await recordAudit(tx, 'signing.authority_created', {
      objectType: 'signing_authority',
      objectId: row.id,
      data: { serial: row.serial_hex },
    });
  });
  return { ...row, tenant_id: ctx.tenantId };
}

/** The DER certificates this tenant's verification trusts: its own CA(s) and the configured extra roots. */
export async function trustAnchorsOf(ctx: RequestContext): Promise<Buffer[]> {
  const rows = await tenantDb(ctx).selectFrom('signing_authorities').select('certificate_der').execute();
  return [...rows.map((r) => Buffer.from(r.certificate_der, 'base64')), ...ctx.platform.signing.extraTrustAnchorsDer];
}

async function issueFor(ctx: RequestContext, employee: EmployeeCard) {
  const authority = await ensureSigningAuthority(ctx);
  const tenant = await getTenant(ctx, ctx.tenantId);
  const now = ctx.platform.now();
  const issued = await issueSignerCertificate(
    {
      certificateDer: Buffer.from(authority.certificate_der, 'base64'),
      privateKeyPkcs8: openKey(ctx, 'ca', authority.private_key_sealed),
    },
    { name: employee.name, nip: employee.nip, nik: employee.nik ?? undefined, organization: `Pemerintah ${tenant.name}` },
    { validDays: ctx.platform.signing.signerCertificateDays, now },
  );
  const row = {
    id: newId(),
    authority_id: authority.id,
    employee_id: employee.id,
    subject_cn: employee.name,
    serial_hex: issued.serialHex,
    certificate_der: issued.certificateDer.toString('base64'),
    private_key_sealed: sealKey(ctx, 'signer', issued.privateKeyPkcs8),
    not_before: issued.notBefore.toISOString(),
    not_after: issued.notAfter.toISOString(),
    created_at: now.toISOString(),
    revoked_at: null,
    revoked_reason: null,
    revoked_by: null,
  };
  await inTransaction(ctx, async (tx) => {
    await tenantDb(tx).insertInto('signer_certificates', row).execute();
    await recordAudit(tx, 'signing.certificate_issued', {
      objectType: 'signer_certificate',
      objectId: row.id,
      data: { employeeId: employee.id, serial: row.serial_hex, notAfter: row.not_after },
    });
  });
  return { row, authority };
}

async function latestCertificate(ctx: RequestContext, employeeId: string) {
  return tenantDb(ctx)
    .selectFrom('signer_certificates')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/**
 * SECURITY: the key a pegawai signs with locally. Issued on first need; a revoked or expired certificate
 * is refused (an admin issues a new one), so a withdrawn signer cannot keep signing.
 */
export async function localSigningKeyFor(
  ctx: RequestContext,
  employee: EmployeeCard,
): Promise<{ key: LocalSigningKey; certificateId: string; serialHex: string; subject: string }> {
  const latest = await latestCertificate(ctx, employee.id);
  const { row, authority } = latest
    ? {
        row: latest,
        authority: await tenantDb(ctx)
          .selectFrom('signing_authorities')
          .selectAll()
          .where('id', '=', latest.authority_id)
          .executeTakeFirstOrThrow(),
      }
    : await issueFor(ctx, employee);
  const status = certificateStatus(row, ctx.platform.now());
  if (status.status === 'revoked') throw new SigningFailure('certificate_revoked', 'signer certificate revoked');
  if (status.status === 'expired') throw new SigningFailure('certificate_expired', 'signer certificate expired');
  const key: LocalSigningKey = {
    certificateDer: Buffer.from(row.certificate_der, 'base64'),
    privateKeyPkcs8: openKey(ctx, 'signer', row.private_key_sealed),
    chainDer: [Buffer.from(authority.certificate_der, 'base64')],
  };
  return { key, certificateId: row.id, serialHex: row.serial_hex, subject: row.subject_cn };
}

/** Every signer certificate with its state, for the admin page (expiring ones flagged). */
export async function listCertificates(ctx: RequestContext) {
  enforce(mayManageDocuments(ctx.actor));
  const authority = await activeAuthority(ctx);
  const rows = await tenantDb(ctx).selectFrom('signer_certificates').selectAll().orderBy('not_after', 'asc').execute();
  const now = ctx.platform.now();
  return {
    authority: authority ? { subject: authority.subject, notAfter: authority.not_after } : null,
    items: rows.map((r) => ({
      id: r.id,
      employeeId: r.employee_id,
      subject: r.subject_cn,
      serial: r.serial_hex,
      notBefore: r.not_before,
      notAfter: r.not_after,
      revokedAt: r.revoked_at,
      revokedReason: r.revoked_reason,
      ...certificateStatus(r, now),
    })),
  };
}

/** Revokes a signer certificate: it can no longer sign, and documents it signed show "certificate revoked". */
export async function revokeCertificate(ctx: RequestContext, certificateId: string, reason: string): Promise<void> {
  enforce(mayManageDocuments(ctx.actor));
  await inTransaction(ctx, async (tx) => {
    const row = await tenantDb(tx)
      .selectFrom('signer_certificates')
      .select(['id', 'revoked_at', 'serial_hex'])
      .where('id', '=', certificateId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('certificate');
    if (row.revoked_at) throw new ConflictError('documents.alreadyRevoked');
    await tenantDb(tx)
      .updateTable('signer_certificates')
      .set({ revoked_at: tx.platform.now().toISOString(), revoked_reason: reason, revoked_by: tx.actor.userId })
      .where('id', '=', certificateId)
      .execute();
    await recordAudit(tx, 'signing.certificate_revoked', {
      objectType: 'signer_certificate',
      objectId: row.id,
      data: { serial: row.serial_hex, reason },
    });
  });
}

/** An admin issues a new certificate for a pegawai whose last one was revoked, expired or expires soon. */
export async function reissueCertificate(ctx: RequestContext, employeeId: string): Promise<{ id: string }> {
  enforce(mayManageDocuments(ctx.actor));
  const employee = (await employeeCards(ctx, [employeeId])).get(employeeId) as EmployeeCard;
  const latest = await latestCertificate(ctx, employeeId);
  if (latest && certificateStatus(latest, ctx.platform.now()).status === 'valid')
    throw new ConflictError('documents.certificateStillValid');
  const { row } = await issueFor(ctx, employee);
  return { id: row.id };
}

/** Revocation facts of certificates by serial (for the public verification status). */
export async function revokedSerials(ctx: RequestContext, serials: readonly string[]): Promise<Set<string>> {
  if (serials.length === 0) return new Set();
  const rows = await tenantDb(ctx)
    .selectFrom('signer_certificates')
    .select('serial_hex')
    .where('serial_hex', 'in', [...serials])
    .where('revoked_at', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.serial_hex));
}

/** The state of the acting pegawai's latest certificate (for an expiry warning), or null. */
export async function myCertificate(ctx: RequestContext, employeeId: string | null) {
  if (!employeeId) return null;
  const latest = await latestCertificate(ctx, employeeId);
  return latest ? { ...certificateStatus(latest, ctx.platform.now()), notAfter: latest.not_after } : null;
}
