/**
 * Starts `pamong` (or any Node script that prints its address) as a real child process, so tests and
 * benchmarks talk to it over HTTP exactly as a browser would. Node is spawned directly (not via npm),
 * so the child's PID is the server's PID and stop() ends the server itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Path of the `pamong` command script in this repository. */
export const PAMONG_BIN = fileURLToPath(new URL('../../bin/pamong.js', import.meta.url));

/** Root of the repository (the working directory of spawned processes). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A running server process. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM, then SIGKILL after `graceMs`, and waits for the exit. */
  stop(graceMs?: number): Promise<void>;
}

/** How to start a server process. */
export interface ServerStart {
  /** Arguments after `node`, e.g. `[PAMONG_BIN, 'serve', '--demo']`. */
  args: string[];
  /** Extra environment on top of process.env. */
  env: Record<string, string>;
  /** Longest wait for the address line, in ms. */
  timeoutMs?: number;
}

/** The address line Pamong's serve prints (`… siap di http://localhost:PORT …`), or a bare `listening on URL`. */
const ADDRESS = /(?:siap di|listening on) (http:\/\/[^\s]+)/;

function stopper(child: ChildProcess) {
  return (graceMs = 5000) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/** Spawns `node ...args` and resolves once it printed its address; rejects (and kills it) on exit or timeout. */
export function startServerProcess(start: ServerStart): Promise<ServerProcess> {
  const env = { ...process.env, ...start.env };
  // Vitest puts Vite's BASE_URL=/ into process.env; Pamong reads BASE_URL as its public address.
  if (env.BASE_URL === '/') delete env.BASE_URL;
  const child = spawn(process.execPath, start.args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const stop = stopper(child);
  return new Promise<ServerProcess>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop(0).then(() => reject(new Error(`${why}\n--- output ---\n${text}`)));
    };
    const timer = setTimeout(
      () => fail(`server did not start within ${start.timeoutMs ?? 60_000} ms`),
      start.timeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = ADDRESS.exec(text);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({ child, url: match[1].replace('//localhost:', '//127.0.0.1:'), output: () => text, stop });
    };
    const onExit = (code: number | null) => fail(`server exited early with code ${code}`);
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('exit', onExit);
  });
}

/** Polls `check` every `intervalMs` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function pollUntil<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
