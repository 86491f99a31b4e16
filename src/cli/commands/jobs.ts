import { findTenantByRef, updateTenantSettings } from '../../modules/organization/index.ts';
import { listDeadJobs, retryDeadJob } from '../../platform/jobs/index.ts';
import type { CliCommand } from '../command.ts';
import { openRuntime } from '../runtime.ts';

/** `pamong jobs dead|retry` (the dead-letter list, all tenants) and `pamong tenant oidc` (SSO settings). */
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
  {
    words: ['tenant', 'oidc'],
    summary: 'Atur masuk tunggal OIDC (SSO) sebuah pemda; --disable mematikannya',
    usage:
      'pamong tenant oidc <slug|kode> --issuer https://sso.example.go.id --client-id ID --client-secret S [--label "SSO Pemda"] | --disable',
    options: {
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      label: { type: 'string' },
      disable: { type: 'boolean' },
    },
    async run({ values, positionals, config, out }) {
      const rt = await openRuntime(config());
      try {
        const tenant = positionals[0] ? await findTenantByRef(rt, positionals[0]) : undefined;
        if (!tenant) throw new Error(`pemda "${positionals[0] ?? ''}" tidak ditemukan`);
        const { oidc: _old, ...rest } = tenant.settings;
        if (values.disable) {
          await updateTenantSettings(rt, tenant.id, rest);
        } else {
          const issuer = String(values.issuer ?? '');
          if (!/^https?:\/\/\S+$/.test(issuer) || !values['client-id'] || !values['client-secret']) {
            throw new Error('perlu --issuer (URL), --client-id dan --client-secret');
          }
          // SECURITY: tokens and client secrets travel to the issuer; plain http only on this machine.
          if (issuer.startsWith('http://') && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(`${issuer}/`)) {
            throw new Error('--issuer harus https:// (http hanya untuk localhost)');
          }
          const label = values.label as string | undefined;
          await updateTenantSettings(rt, tenant.id, {
            ...rest,
            oidc: {
              issuer,
              clientId: String(values['client-id']),
              clientSecret: String(values['client-secret']),
              ...(label ? { label } : {}),
            },
          });
        }
        out.result({ tenant: tenant.slug, oidc: !values.disable }, () =>
          out.line(
            values.disable
              ? 'SSO dimatikan.'
              : `SSO aktif untuk ${tenant.name}. Redirect URI: ${rt.platform.baseUrl}/api/auth/oidc/callback`,
          ),
        );
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
];
