/**
 * Runs every benchmark in sequence, each in its own Node process (so memory figures stay separate),
 * and prints a final summary block. `npm run bench`; `bash scripts/with-pg.sh npm run bench` adds PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../test/support/app-process.ts';
import { SUMMARY_PREFIX } from './support/bench-kit.ts';

// Default sizes stay short; the 1M-letter figures come from the flags in bench/README.md (generate-letters.ts --out,
// then inbox.ts / search.ts --corpus).
const BENCHES = [
  'cold-start.ts',
  'http.ts',
  'import-10k.ts',
  'signing.ts',
  'numbering.ts',
  'search.ts',
  'inbox.ts',
  'eoffice-stats.ts',
  'register.ts',
];

interface Summary {
  title: string;
  rows: string[];
}

/** Runs one bench script, echoing its output, and returns the summaries it printed. */
function runBench(script: string): Promise<Summary[]> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const summaries: Summary[] = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith(SUMMARY_PREFIX)) summaries.push(JSON.parse(line.slice(SUMMARY_PREFIX.length)));
      else console.log(line);
    }
  });
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(summaries) : reject(new Error(`${script} exited with code ${code}`)))),
  );
}

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average at start ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')}`;
const all: Summary[] = [];
for (const bench of BENCHES) {
  console.log(`\n=== ${bench} ===`);
  all.push(...(await runBench(bench)));
}
console.log(`\n==================== Summary (${new Date().toISOString()}) ====================`);
console.log(machine);
console.log(
  `load average at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`,
);
for (const summary of all) {
  console.log(`\n${summary.title}`);
  for (const row of summary.rows) console.log(`  ${row}`);
}
