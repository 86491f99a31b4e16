import { createStorage } from '../../platform/storage/index.ts';
import type { CliCommand } from '../command.ts';
import { openRuntime } from '../runtime.ts';

/** `pamong backup` and `pamong restore`, on SQLite (VACUUM INTO) and PostgreSQL (pg_dump); see docs/backup.md. */
export const backupCommands: CliCommand[] = [
  {
    words: ['backup'],
    summary: 'Cadangan daring yang konsisten: basis data + berkas (online backup)',
    usage: 'pamong backup [--out DIR] [--json]',
    options: { out: { type: 'string' } },
    async run({ values, config, out }) {
      const rt = await openRuntime(config());
      try {
        const { createBackup } = await import('../../platform/backup/index.ts');
        const { dir, manifest } = await createBackup({
          db: rt.db,
          storage: rt.platform.storage,
          outDir: (values.out as string) ?? './backups',
        });
        out.result({ dir, files: manifest.files.length, tenants: manifest.tenants.length }, () =>
          out.line(`Cadangan ditulis ke ${dir} (${manifest.files.length} berkas)`),
        );
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  {
    words: ['restore'],
    summary: 'Pulihkan cadangan ke DATABASE_URL dan penyimpanan (restore a backup)',
    usage: 'pamong restore DIR [--force] [--json]',
    options: { force: { type: 'boolean' } },
    async run({ values, positionals, config, out }) {
      if (positionals.length !== 1) throw new Error('sebutkan folder cadangan');
      const cfg = config();
      const { restoreBackup } = await import('../../platform/backup/index.ts');
      const result = await restoreBackup({
        dir: positionals[0],
        databaseUrl: cfg.database.url,
        storage: createStorage(cfg.storage),
        force: Boolean(values.force),
      });
      out.result(result, () => out.line(`Dipulihkan: ${JSON.stringify(result)}`));
      return 0;
    },
  },
];
