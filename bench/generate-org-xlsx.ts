/**
 * Writes a generated organisation XLSX for benchmarks and manual load tests.
 * Usage: npm run bench:data -- [--employees 10000] [--out bench/out/org-10k.xlsx]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeOrgFile } from '../src/modules/organization/org-file/org-file-writer.ts';
import { generateOrgPlan } from './support/org-plan-generator.ts';

/** Generates a plan of `employees` employees and writes it as XLSX to `out`; returns the file size and time. */
export async function generateOrgXlsx(employees: number, out: string): Promise<{ bytes: number; ms: number }> {
  const started = performance.now();
  const data = await writeOrgFile(generateOrgPlan(employees));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, data);
  return { bytes: data.length, ms: performance.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { employees: { type: 'string', default: '10000' }, out: { type: 'string' } } });
  const employees = Number(values.employees);
  const out = values.out ?? `bench/out/org-${employees >= 1000 ? `${employees / 1000}k` : employees}.xlsx`;
  const { bytes, ms } = await generateOrgXlsx(employees, out);
  const plan = { units: Math.max(2, Math.round(employees / 20)), positions: Math.round(employees / 5) };
  console.log(
    `${out}: ${employees} pegawai, ~${plan.positions} jabatan, ~${plan.units} unit — ${(bytes / 1024).toFixed(0)} KiB in ${ms.toFixed(0)} ms`,
  );
}
