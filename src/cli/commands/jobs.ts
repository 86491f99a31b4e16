import { listDeadJobs, retryDeadJob } from '../../platform/jobs/index.ts';
import type { CliCommand } from '../command.ts';
import { openRuntime } from '../runtime.ts';

/** `pamong jobs dead|retry`: the dead-letter list of every tenant, and putting a dead job back in the queue. */
export const jobsCommands: CliCommand[] = [
  {
    words: ['jobs', 'dead'],
    summary: 'Daftar pekerjaan latar yang gagal permanen (dead-letter list), semua pemda',
    usage: 'pamong jobs dead [--json]',
    options: {},
    async run({ config, out }) {
      const rt = await openRuntime(config());
      try {
        const jobs = await listDeadJobs(rt, { limit: 500 });
        out.result({ jobs }, () => {
          if (!jobs.length) out.line('Tidak ada pekerjaan gagal (no dead jobs).');
          for (const j of jobs) out.line(`${j.id} ${j.name} tenant=${j.tenantId ?? '-'} attempts=${j.attempts} ${j.error ?? ''}`);
        });
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  {
    words: ['jobs', 'retry'],
    summary: 'Antrekan ulang satu pekerjaan yang gagal permanen (retry a dead job)',
    usage: 'pamong jobs retry <job-id> [--json]',
    options: {},
    async run({ positionals, config, out }) {
      const rt = await openRuntime(config());
      try {
        const ok = positionals.length === 1 && (await retryDeadJob(rt, positionals[0]));
        out.result({ retried: ok }, () =>
          out.line(ok ? 'Diantrekan ulang (queued again).' : 'Tidak ada pekerjaan gagal dengan id itu.'),
        );
        return ok ? 0 : 1;
      } finally {
        await rt.close();
      }
    },
  },
];
