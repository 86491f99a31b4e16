import { readFile, writeFile } from 'node:fs/promises';
import { importOrgPlan } from '../../modules/organization/index.ts';
import { exportOrgPlan } from '../../modules/organization/org-export.service.ts';
import { parseOrgFile } from '../../modules/organization/org-file/org-file-parser.ts';
import { buildOrgTemplate } from '../../modules/organization/org-file/org-file-template.ts';
import { writeOrgFile } from '../../modules/organization/org-file/org-file-writer.ts';
import { presentProblems } from '../../modules/organization/org-import.presenter.ts';
import { checkOrgFile } from '../../modules/organization/org-import.service.ts';
import { firstKecamatan } from '../../modules/organization/org-queries.service.ts';
import type { CliCommand } from '../command.ts';
import { openRuntime, tenantCliContext } from '../runtime.ts';

/** `pamong org import|export|template`. */
export const orgCommands: CliCommand[] = [
  {
    words: ['org', 'import'],
    summary: 'Impor organisasi dari XLSX (all-or-nothing); --dry-run hanya memeriksa',
    usage: 'pamong org import FILE.xlsx --tenant <slug|kode> [--dry-run] [--json]',
    options: { tenant: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    async run({ values, positionals, config, out }) {
      if (positionals.length !== 1) throw new Error('sebutkan satu berkas XLSX');
      const data = await readFile(positionals[0]);
      const rt = await openRuntime(config());
      try {
        const ctx = await tenantCliContext(rt, values.tenant as string, 'org-import');
        const checked = await checkOrgFile(ctx, data);
        const problems = presentProblems(checked.problems, 'id');
        const counts = {
          units: checked.plan.units.length,
          positions: checked.plan.positions.length,
          employees: checked.plan.employees.length,
          assignments: checked.plan.assignments.length,
        };
        if (values['dry-run'] || problems.length) {
          out.result({ ok: problems.length === 0, dryRun: Boolean(values['dry-run']), counts, problems }, () => {
            for (const p of problems) out.line(`${p.sheet} baris ${p.row ?? '-'} kolom ${p.column ?? '-'}: ${p.message}`);
            out.line(
              problems.length
                ? `${problems.length} masalah; tidak ada yang disimpan.`
                : `Siap diimpor: ${JSON.stringify(counts)}`,
            );
          });
          return problems.length ? 1 : 0;
        }
        const parsed = await parseOrgFile(data);
        const result = await importOrgPlan(ctx, parsed.plan, parsed.problems);
        out.result({ ok: result.ok, counts: result.counts, problems: presentProblems(result.problems, 'id') }, () =>
          out.line(`Diimpor: ${JSON.stringify(result.counts)}`),
        );
        return result.ok ? 0 : 1;
      } finally {
        await rt.close();
      }
    },
  },
  {
    words: ['org', 'export'],
    summary: 'Ekspor organisasi ke XLSX (bentuk sama dengan impor)',
    usage: 'pamong org export --tenant <slug|kode> --out FILE.xlsx',
    options: { tenant: { type: 'string' }, out: { type: 'string' } },
    async run({ values, config, out }) {
      const rt = await openRuntime(config());
      try {
        const ctx = await tenantCliContext(rt, values.tenant as string, 'org-export');
        const plan = await exportOrgPlan(ctx);
        const file = (values.out as string) ?? 'organisasi.xlsx';
        await writeFile(file, await writeOrgFile(plan));
        out.result({ file, units: plan.units.length, employees: plan.employees.length }, () => out.line(`Ditulis: ${file}`));
        return 0;
      } finally {
        await rt.close();
      }
    },
  },
  {
    words: ['org', 'template'],
    summary: 'Tulis templat XLSX impor organisasi',
    usage: 'pamong org template [--tenant <slug|kode>] [--out templat-organisasi.xlsx]',
    options: { out: { type: 'string' }, tenant: { type: 'string' } },
    async run({ values, config, out }) {
      const file = (values.out as string) ?? 'templat-organisasi.xlsx';
      let kecamatan: { code: string; name: string } | undefined;
      if (values.tenant) {
        const rt = await openRuntime(config());
        try {
          kecamatan = await firstKecamatan(await tenantCliContext(rt, values.tenant as string, 'org-template'));
        } finally {
          await rt.close();
        }
      }
      await writeFile(file, await buildOrgTemplate(kecamatan));
      out.result({ file }, () => out.line(`Ditulis: ${file}`));
      return 0;
    },
  },
];
