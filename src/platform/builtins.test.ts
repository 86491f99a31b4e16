/**
 * Loading the server leaves JavaScript's built-ins as they are: no dependency may replace a built-in (pdfjs-dist's
 * Node build did: core-js's Array.prototype.push and a JSON.stringify ~14× slower than V8's, for every response).
 * Checked in a fresh process, since the test runner has loaded modules of its own.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const app = fileURLToPath(new URL('../app.ts', import.meta.url));

/** Records every own property of the common built-ins, imports the app, and prints the ones that changed. */
const probe = `
const owners = { Array, 'Array.prototype': Array.prototype, Object, 'Object.prototype': Object.prototype, JSON, Math,
  Promise, 'Promise.prototype': Promise.prototype, 'Map.prototype': Map.prototype, 'Set.prototype': Set.prototype,
  'String.prototype': String.prototype, 'Function.prototype': Function.prototype, 'Number.prototype': Number.prototype,
  'RegExp.prototype': RegExp.prototype, 'Date.prototype': Date.prototype, Reflect, 'Uint8Array.prototype': Uint8Array.prototype };
const snapshot = () => new Map(Object.entries(owners).flatMap(([name, owner]) =>
  Reflect.ownKeys(owner).map((key) => { const d = Object.getOwnPropertyDescriptor(owner, key);
    return [name + '.' + String(key), d && (d.value ?? d.get)]; })));
const before = snapshot();
await import(${JSON.stringify(`file://${app}`)});
const after = snapshot();
console.log(JSON.stringify([...before].filter(([key, value]) => after.get(key) !== value).map(([key]) => key)));
`;

describe('built-ins', () => {
  it('are the same objects after the server is loaded', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' });
    const replaced = JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as string[];
    expect(replaced).toEqual([]);
  }, 60_000);
});
