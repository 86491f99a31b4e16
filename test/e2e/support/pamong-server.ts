/**
 * Starts a real Pamong server (`node bin/pamong.js serve --demo`) on a free port with a throwaway
 * SQLite database and file store, for browser journeys and screenshots.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above test/e2e/support). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A running server and how to reach and stop it. */
export interface PamongServer {
  url: string;
  /** Everything the server printed so far (stdout + stderr). */
  output: () => string;
  stop: () => Promise<void>;
}

/** Demo login printed by `serve --demo`. */
export interface DemoLogin {
  tenant: string;
  username: string;
  password: string;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pamong exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`pamong did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      // The server runs in its own process group (detached), so this reaches only what we started.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  });
}

/** Starts `node bin/pamong.js serve --demo` on a fresh temporary SQLite database and waits for health. */
export async function startPamongServer(extraEnv: Record<string, string> = {}): Promise<PamongServer> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'pamong-e2e-'));
  const child = spawn(process.execPath, ['bin/pamong.js', 'serve', '--demo'], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      // Vitest exports Vite's BASE_URL ('/') into process.env; the server expects an absolute URL there.
      BASE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: `sqlite:${join(dir, 'pamong.db')}`,
      STORAGE_DIR: join(dir, 'files'),
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const output = () => text;
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, output, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output, stop };
}

/** Reads the tenant admin's demo login from the `serve --demo` start-up lines, else the documented defaults. */
export function demoLoginFrom(output: string): DemoLogin {
  const line = /pemda:\s*(\S+)\s+pengguna:\s*(\S+)\s+sandi:\s*(\S+)\s+peran:\s*admin\b/.exec(output);
  if (!line) return { tenant: 'demo', username: 'admin@demo.pamong.id', password: 'pamong-demo-2026' };
  return { tenant: line[1]!, username: line[2]!, password: line[3]! };
}

/** True when the web app has been built (web/dist/index.html exists). */
export function webAppBuilt(): boolean {
  return existsSync(join(REPO_ROOT, 'web/dist/index.html'));
}

/** Chromium launch options that work on this Debian machine. */
export const CHROMIUM_OPTIONS = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};
