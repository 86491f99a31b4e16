import { buildOrgTemplate, ORG_TEMPLATE_EXAMPLE } from '../org-file-template.ts';
import { parseOrgFile } from '../org-file-parser.ts';
import { writeOrgFile } from '../org-file-writer.ts';
import { isDeepStrictEqual } from 'node:util';
import { writeFileSync } from 'node:fs';
const t = await buildOrgTemplate(); writeFileSync('/tmp/orgexp/template.xlsx', t);
const r = await parseOrgFile(t);
console.log(r.problems, isDeepStrictEqual(r.plan, ORG_TEMPLATE_EXAMPLE));
// big plan
const units = Array.from({ length: 300 }, (_, i) => ({ code: `U${i}`, name: `Unit ${i}`, parentCode: i === 0 ? null : `U${Math.floor(i / 5)}`, kind: 'bidang', regionCode: null }));
const positions = Array.from({ length: 2000 }, (_, i) => ({ code: `P${i}`, name: `Jabatan ${i}`, unitCode: `U${i % 300}`, echelon: 'IV.a', isHead: i < 300 }));
const employees = Array.from({ length: 10000 }, (_, i) => ({ nip: String(198000000000000000 + i * 7919).padStart(18, '0').slice(0, 18), nik: null, name: `Pegawai ${i}`, frontTitle: null, backTitle: 'S.Kom.', rank: 'Penata', grade: 'III/c', email: `p${i}@contoh.go.id`, phone: '0812' + i }));
const nips = new Set(employees.map((e) => e.nip)); console.log('unique nips', nips.size);
const assignments = employees.map((e, i) => ({ positionCode: `P${i % 2000}`, nip: e.nip, kind: 'definitif' as const, startsOn: '2020-01-01', endsOn: i % 3 ? null : '2025-12-31', decreeNumber: `800/${i}/2020` }));
const plan = { units, positions, employees, assignments };
let s = Date.now(); const buf = await writeOrgFile(plan); console.log('write ms', Date.now() - s, buf.length);
s = Date.now(); const back = await parseOrgFile(buf); console.log('parse ms', Date.now() - s, back.problems.length, isDeepStrictEqual(back.plan, plan));
console.log(process.memoryUsage().rss / 1e6);
