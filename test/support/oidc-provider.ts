import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** An account the test provider can log in (its claims, as a real provider would release them). */
export interface OidcTestAccount {
  readonly sub: string;
  readonly email?: string;
  readonly email_verified?: boolean;
  readonly name?: string;
}

/** What the test provider knows: one confidential client and its accounts. */
export interface OidcTestProviderSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly accounts: readonly OidcTestAccount[];
}

/** A running test provider. Send `login_hint=<sub>` on the authorisation URL to choose the account. */
export interface OidcTestProvider {
  readonly issuer: string;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./oidc-provider-process.ts', import.meta.url));
const START_TIMEOUT_MS = 20_000;

/**
 * Starts a real OpenID provider (oidc-provider) in a child process on 127.0.0.1 with a random port.
 * It logs accounts in without a form (see oidc-provider-process.ts); stop() kills it by its PID.
 */
export async function startOidcProvider(settings: OidcTestProviderSettings): Promise<OidcTestProvider> {
  const child = fork(SCRIPT, [], {
    execArgv: ['--import', 'tsx', '--no-warnings'],
    env: { ...process.env, OIDC_TEST_PROVIDER: JSON.stringify(settings) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`test OIDC provider did not start:\n${stderr}`)), START_TIMEOUT_MS);
    child.once('message', (message: { issuer: string }) => {
      clearTimeout(timer);
      resolve(message.issuer);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test OIDC provider exited (${code}):\n${stderr}`));
    });
  });
  return {
    issuer,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
