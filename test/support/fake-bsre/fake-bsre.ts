import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeBsreBehaviour, FakeBsreReady, FakeBsreSettings, RecordedRequest } from './fake-bsre-types.ts';

export type { FakeBsreBehaviour, FakeBsreSettings, FakeBsreUser, RecordedRequest } from './fake-bsre-types.ts';

/** A running fake BSrE: where it is, its Basic Auth account, its root CA, and test controls. */
export interface FakeBsre {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** The fake's root CA certificate (DER): pass it as a trust anchor to verify what the fake signed. */
  readonly caCertificateDer: Buffer;
  readonly caCertificatePem: string;
  /** Every API call so far, redacted (no passphrase; files as byte counts). */
  requests(): Promise<RecordedRequest[]>;
  clearRequests(): Promise<void>;
  /** Changes delay / 500 / success-body behaviour while it runs. */
  setBehaviour(behaviour: Partial<FakeBsreBehaviour>): Promise<void>;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./fake-bsre-server.ts', import.meta.url));
const START_TIMEOUT_MS = 30_000;

function toPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

async function control(url: string, method: string, body?: unknown): Promise<Response> {
  const response = await fetch(url, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`fake BSrE control ${method} ${url} failed: HTTP ${response.status}`);
  return response;
}

/**
 * Starts the fake BSrE in a child process on 127.0.0.1 with a random port (settings passed as JSON in
 * FAKE_BSRE_SETTINGS). stop() kills that process by its PID.
 */
export async function startFakeBsre(settings: FakeBsreSettings): Promise<FakeBsre> {
  const child = fork(SCRIPT, [], {
    execArgv: ['--import', 'tsx', '--no-warnings'],
    env: { ...process.env, FAKE_BSRE_SETTINGS: JSON.stringify(settings) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<FakeBsreReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fake BSrE did not start:\n${stderr}`)), START_TIMEOUT_MS);
    child.once('message', (message: FakeBsreReady) => {
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fake BSrE exited (${code}):\n${stderr}`));
    });
  });
  const url = `http://127.0.0.1:${ready.port}`;
  const caCertificateDer = Buffer.from(ready.caCertificateDerBase64, 'base64');
  return {
    url,
    username: ready.username,
    password: ready.password,
    caCertificateDer,
    caCertificatePem: toPem(caCertificateDer),
    requests: async () => (await (await control(`${url}/__test/requests`, 'GET')).json()) as RecordedRequest[],
    clearRequests: async () => {
      await control(`${url}/__test/requests`, 'DELETE');
    },
    setBehaviour: async (behaviour) => {
      await control(`${url}/__test/behaviour`, 'PUT', behaviour);
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
