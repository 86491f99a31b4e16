/** Jobs of outgoing letters: e-mail to external contacts with the signed PDF, delivery to other regencies. */
import { tenantDb } from '../../db/tenant-db.ts';
import { type PlatformServices, type RequestContext, systemContext } from '../../platform/access/context.ts';
import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { getTenant } from '../organization/index.ts';
import { mayMailExternally } from './outgoing.policy.ts';
import { letterMailSpec, regencyDeliverySpec } from './outgoing-jobs.spec.ts';
import { deliverToRegency } from './regency-delivery.ts';

function pendingMailings(ctx: RequestContext, ids: readonly string[]) {
  return tenantDb(ctx)
    .selectFrom('letter_mailings')
    .innerJoin('letter_drafts', (j) =>
      j
        .onRef('letter_drafts.tenant_id', '=', 'letter_mailings.tenant_id')
        .onRef('letter_drafts.id', '=', 'letter_mailings.draft_id'),
    )
    .select([
      'letter_mailings.id',
      'letter_mailings.email',
      'letter_mailings.file_id',
      'letter_drafts.hal',
      'letter_drafts.number_text',
      'letter_drafts.security',
    ])
    .where('letter_mailings.id', 'in', [...ids])
    .where('letter_mailings.sent_at', 'is', null)
    .execute();
}

/** Sends each pending mailing once (marked sent right after), so a retry sends only what is still missing. */
async function sendMailings(ctx: RequestContext, ids: readonly string[]): Promise<number> {
  if (!ctx.platform.mail.configured) return 0;
  const tenant = await getTenant(ctx, ctx.tenantId);
  let sent = 0;
  for (const m of await pendingMailings(ctx, ids)) {
    // SECURITY: rahasia and sangat rahasia letters never leave by e-mail, whatever is queued.
    if (!mayMailExternally(m.security)) continue;
    const fileName = `${(m.number_text ?? 'surat').replace(/[^\w.-]+/g, '_')}.pdf`;
    await ctx.platform.mail.send({
      to: [m.email],
      subject: `Surat ${tenant.name}: ${m.hal}`,
      text: `Terlampir surat ${tenant.name} nomor ${m.number_text ?? '-'} perihal ${m.hal}, ditandatangani secara elektronik.`,
      attachments: [{ filename: fileName, content: await loadFile(ctx, m.file_id), contentType: 'application/pdf' }],
    });
    await tenantDb(ctx)
      .updateTable('letter_mailings')
      .set({ sent_at: ctx.platform.now().toISOString() })
      .where('id', '=', m.id)
      .execute();
    sent += 1;
  }
  return sent;
}

/** The e-mail job: signed letters to external contacts, the PDF attached. */
export function createLetterMailJob(platform: PlatformServices): JobDefinition {
  const job = defineJob({
    ...letterMailSpec,
    handler: async (run) => {
      if (!run.tenantId) return { sent: 0 };
      const ctx = systemContext(run.db, platform, run.tenantId, 'job:correspondence.letter-mail', new Set());
      return { sent: await sendMailings(ctx, run.payload.mailingIds) };
    },
  });
  return job as unknown as JobDefinition;
}

/** The regency delivery job: registers the signed letter as an incoming letter of the target regency. */
export function createRegencyDeliveryJob(platform: PlatformServices): JobDefinition {
  const job = defineJob({
    ...regencyDeliverySpec,
    handler: async (run) => {
      if (!run.tenantId) return { letterId: null };
      const source = systemContext(run.db, platform, run.tenantId, 'job:correspondence.regency-delivery', new Set());
      return { letterId: await deliverToRegency(source, run.payload.draftId, run.payload.targetTenantId) };
    },
  });
  return job as unknown as JobDefinition;
}
