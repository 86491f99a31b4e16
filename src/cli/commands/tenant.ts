import { sealOidcClientSecret } from '../../modules/identity/index.ts';
import {
  createTenantFromCode,
  findTenantByRef,
  listTenants,
  updateTenantSettings,
  WILAYAH_ATTRIBUTION,
} from '../../modules/organization/index.ts';
import type { CliCommand } from '../command.ts';
import { openRuntime } from '../runtime.ts';

/** `pamong tenant create|list|show|oidc`. */
export const tenantCommands: CliCommand[] = [
  {
    words: ['tenant', 'create'],
    summary: 'Buat pemda dari kode Kemendagri beserta kecamatan, desa dan kelurahan (create a regency)',
    usage: 'pamong tenant create <kode, mis. 33.13> [--slug karanganyar] [--json]',
    options: { slug: { type: 'string' } },
    async run({ values, positionals, config, out }) {
      if (positionals.length !== 1) throw new Error('sebutkan satu kode wilayah, contoh: pamong tenant create 33.13');
      const rt = await openRuntime(config());
      try {
        const { tenant, counts } = await createTenantFromCode(rt, positionals[0], { slug: values.slug as string | undefined });
        const result = {
          id: tenant.id,
          code: tenant.code,
          slug: tenant.slug,
          name: tenant.name,
          kind: tenant.kind,
          province: tenant.provinceName,
          ...counts,
          counts,
        };
        out.result(result, () => {
          out.line(`Dibuat: ${tenant.name} (${tenant.code}), slug "${tenant.slug}", ${tenant.provinceName}`);
          out.line(`  kecamatan: ${counts.kecamatan}, desa: ${counts.desa}, kelurahan: ${counts.kelurahan}`);
          out.line(`  ${WILAYAH_ATTRIBUTION}`);
        });
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  {
    words: ['tenant', 'list'],
    summary: 'Daftar pemda (list tenants)',
    usage: 'pamong tenant list [--json]',
    options: {},
    async run({ config, out }) {
      const rt = await openRuntime(config());
      try {
        const tenants = await listTenants(rt);
        out.result({ tenants: tenants.map(({ id, code, slug, name, kind }) => ({ id, code, slug, name, kind })) }, () => {
          for (const t of tenants) out.line(`${t.code.padEnd(6)} ${t.slug.padEnd(20)} ${t.name}`);
        });
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  {
    words: ['tenant', 'show'],
    summary: 'Rincian satu pemda (show a tenant)',
    usage: 'pamong tenant show <slug|kode> [--json]',
    options: {},
    async run({ positionals, config, out }) {
      const rt = await openRuntime(config());
      try {
        const tenant = positionals[0] ? await findTenantByRef(rt, positionals[0]) : undefined;
        if (!tenant) throw new Error(`pemda "${positionals[0] ?? ''}" tidak ditemukan`);
        const { settings: _hidden, ...shown } = tenant;
        out.result(shown, () => {
          for (const [k, v] of Object.entries(shown)) out.line(`${k.padEnd(14)} ${v}`);
        });
        return 0;
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
    optionHelp: {
      issuer: 'URL penerbit OIDC (https) / OIDC issuer URL',
      'client-id': 'ID klien di penerbit / client id',
      'client-secret': 'rahasia klien / client secret',
      label: 'teks tombol SSO di halaman masuk / SSO button text',
      disable: 'matikan SSO pemda ini / turn SSO off',
    },
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
              clientSecret: sealOidcClientSecret(rt.platform.security.sessionSecret, String(values['client-secret'])),
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
