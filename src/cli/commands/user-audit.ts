import { verifyAllTenants } from '../../modules/audit/index.ts';
import { createUser } from '../../modules/identity/index.ts';
import { ROLES } from '../../shared/permissions.ts';
import type { CliCommand } from '../command.ts';
import { openRuntime, tenantCliContext } from '../runtime.ts';

/** `pamong user create` and `pamong audit verify`. */
export const userAuditCommands: CliCommand[] = [
  {
    words: ['user', 'create'],
    summary: 'Buat akun pengguna (create a user); kata sandi dari PAMONG_PASSWORD atau --password',
    usage:
      'pamong user create --tenant <slug|kode|platform> --name "Nama" (--email E | --nip NIP) --role admin[,staf] [--password P] [--json]',
    optionHelp: { role: `peran, dipisah koma / roles, comma-separated: ${ROLES.join(', ')}` },
    options: {
      tenant: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      nip: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
    },
    async run({ values, config, out }) {
      const password = (values.password as string) ?? process.env.PAMONG_PASSWORD;
      if (!password || password.length < 10) throw new Error('kata sandi minimal 10 karakter (--password atau PAMONG_PASSWORD)');
      const roles = String(values.role ?? '')
        .split(',')
        .filter(Boolean);
      const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (!roles.length || unknown.length)
        throw new Error(`peran tidak dikenal: ${unknown.join(',') || '(kosong)'}; pilihan: ${ROLES.join(', ')}`);
      const rt = await openRuntime(config());
      try {
        const ctx = await tenantCliContext(rt, values.tenant as string, 'user-create');
        const { id } = await createUser(ctx, {
          displayName: String(values.name ?? values.email ?? values.nip),
          email: values.email as string | undefined,
          nip: values.nip as string | undefined,
          password,
          roles: roles as never,
        });
        out.result({ id, roles }, () => out.line(`Pengguna dibuat: ${id} (${roles.join(', ')})`));
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  {
    words: ['audit', 'verify'],
    summary: 'Periksa rantai hash jejak audit semua pemda; menyebut baris yang diubah atau dihapus',
    usage: 'pamong audit verify [--json]',
    options: {},
    async run({ config, out }) {
      const rt = await openRuntime(config());
      try {
        const results = await verifyAllTenants(rt.db, rt.platform);
        const ok = results.every((r) => r.ok);
        out.result({ ok, tenants: results }, () => {
          for (const r of results) {
            out.line(
              `${r.ok ? 'UTUH ' : 'RUSAK'} ${JSON.stringify({ tenant: (r as { code?: string }).code ?? (r as { tenantId?: string }).tenantId, checked: r.checked })}`,
            );
            for (const p of r.problems) out.line(`  seq ${p.seq}: ${p.kind} — ${p.message}`);
          }
        });
        return ok ? 0 : 1;
      } finally {
        await rt.close();
      }
    },
  },
];
