import { z } from 'zod';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { type PlatformServices, systemContext } from '../../platform/access/context.ts';
import { defineJob, defineSchedule, type JobDefinition, type ScheduleDefinition } from '../../platform/jobs/index.ts';
import { purgeStaleThrottles } from '../../platform/throttle/throttle.ts';
import { listTenants } from '../organization/index.ts';

/** How long ended sessions are kept for investigation before they are deleted. */
const KEEP_ENDED_SESSIONS_DAYS = 30;

/**
 * Nightly clean-up: sessions that ended more than 30 days ago, expired OIDC states and stale throttle
 * counters. Each tenant is cleaned through its own tenant door under a system context.
 */
export function createIdentityMaintenance(platform: PlatformServices): { job: JobDefinition; schedule: ScheduleDefinition } {
  const job = defineJob({
    name: 'identity.purge-expired',
    payload: z.object({}),
    maxAttempts: 3,
    handler: async (run) => {
      const now = platform.now();
      const cutoff = new Date(now.getTime() - KEEP_ENDED_SESSIONS_DAYS * 86_400_000).toISOString();
      let sessions = 0;
      let states = 0;
      for (const tenant of await listTenants({ db: run.db })) {
        const ctx = systemContext(run.db, platform, tenant.id, 'job:identity.purge-expired', new Set());
        await inTransaction(ctx, async (tx) => {
          const s = await tenantDb(tx)
            .deleteFrom('sessions')
            .where((eb) => eb.or([eb('sessions.expires_at', '<', cutoff), eb('sessions.revoked_at', '<', cutoff)]))
            .executeTakeFirst();
          const o = await tenantDb(tx)
            .deleteFrom('oidc_states')
            .where('oidc_states.expires_at', '<', now.toISOString())
            .executeTakeFirst();
          sessions += Number(s.numDeletedRows);
          states += Number(o.numDeletedRows);
        });
      }
      const throttles = await purgeStaleThrottles({ db: run.db }, new Date(now.getTime() - 86_400_000));
      return { sessions, oidcStates: states, throttles };
    },
  });
  // 02:00 WIB, when nobody is at work.
  const schedule = defineSchedule({
    name: 'identity.purge-expired.nightly',
    cron: '0 2 * * *',
    timezone: platform.timezone,
    job,
    payload: {},
  });
  return { job: job as unknown as JobDefinition, schedule };
}
