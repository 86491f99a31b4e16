/**
 * A realistic e-Office sample for the demo regency, played through the real services (registration, disposisi,
 * drafts with paraf and signature, berkas) with clocks set relative to today, so the inbox, the queues, the search
 * and the statistics page have something to show. Runs once: a database that already holds the sample is left alone.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { headOfUnit, lastBidangOf, type SampleUsers, sampleAccount, unitIdOf } from './eoffice-sample-actors.ts';
import { SAMPLE_MARKER_NUMBER, seedSampleLetters } from './eoffice-sample-letters.ts';
import { seedSampleBerkas, seedSampleDrafts } from './eoffice-sample-outgoing.ts';

export type { SampleUsers } from './eoffice-sample-actors.ts';

/** True when the sample's first letter is already registered (the sample ran before). */
async function sampleExists(admin: RequestContext): Promise<boolean> {
  const row = await tenantDb(admin)
    .selectFrom('letters')
    .select('id')
    .where('their_number', '=', SAMPLE_MARKER_NUMBER)
    .executeTakeFirst();
  return row !== undefined;
}

/** The units and people the sample needs, or undefined when the demo organisation lacks one of them. */
async function findCast(admin: RequestContext) {
  const [diskominfo, bappeda, dinkes] = await Promise.all(['DISKOMINFO', 'BAPPEDA', 'DINKES'].map((c) => unitIdOf(admin, c)));
  const kadis = await headOfUnit(admin, 'DISKOMINFO');
  const bidang = await lastBidangOf(admin, 'DISKOMINFO');
  const recipients = await Promise.all(['BAPPEDA', 'DINKES'].map((c) => headOfUnit(admin, c)));
  if (!diskominfo || !bappeda || !dinkes || !kadis || !bidang || recipients.some((r) => !r)) return undefined;
  return {
    units: { DISKOMINFO: diskominfo, BAPPEDA: bappeda, DINKES: dinkes },
    kadis,
    bidang,
    recipients: recipients.map((r) => r!),
  };
}

/**
 * Seeds the e-Office sample once. The Kepala Diskominfo acts through the demo `pimpinan` account (already his);
 * a Kabid and a staff member of one Diskominfo bidang get e-mail accounts of their own (`kabid.sampel@…`,
 * `konseptor.sampel@…`, the demo password) so their paraf and follow-up are theirs.
 */
export async function seedEofficeSample(admin: RequestContext, users: SampleUsers, password: string): Promise<void> {
  if (await sampleExists(admin)) return;
  const cast = await findCast(admin);
  if (!cast) return;
  const kabidUser = await sampleAccount(admin, cast.bidang.head.employeeId, 'kabid.sampel@demo.pamong.id', password);
  const drafterUser = await sampleAccount(admin, cast.bidang.staff.employeeId, 'konseptor.sampel@demo.pamong.id', password);
  const letters = await seedSampleLetters(admin, {
    units: cast.units,
    pencatat: users.pencatat,
    pimpinan: users.pimpinan,
    kabid: { userId: kabidUser, positionId: cast.bidang.head.positionId },
  });
  await seedSampleDrafts(admin, {
    drafter: { userId: drafterUser },
    verifier: { userId: kabidUser, positionId: cast.bidang.head.positionId },
    signer: { userId: users.pimpinan, positionId: cast.kadis.positionId },
    recipients: cast.recipients,
  });
  await seedSampleBerkas(admin, { arsiparis: users.arsiparis, pencatat: users.pencatat, unitId: cast.units.DISKOMINFO }, letters);
}
