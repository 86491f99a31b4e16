// A real OpenID provider (oidc-provider) for tests, run as its own process by oidc-provider.ts.
// It reads its settings from OIDC_TEST_PROVIDER (JSON), listens on 127.0.0.1 with a random port,
// reports `{ issuer }` over IPC and exits when the parent goes away. Instead of a login form, its
// interaction route logs in the account named by the request's `login_hint` (or the first account)
// and grants the requested scopes and claims, like a user who clicks "allow".
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OidcTestAccount, OidcTestProviderSettings } from './oidc-provider.ts';

interface InteractionDetails {
  prompt: { name: string; details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[] } };
  params: { client_id: string; login_hint?: string };
  session?: { accountId: string };
  grantId?: string;
}

interface GrantInstance {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}

interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: object,
    opts: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: {
    new (init: { accountId: string; clientId: string }): GrantInstance;
    find(id: string): Promise<GrantInstance | undefined>;
  };
}

type ProviderConstructor = new (issuer: string, config: object) => ProviderInstance;

const settings = JSON.parse(process.env.OIDC_TEST_PROVIDER ?? '{}') as OidcTestProviderSettings;
const accounts = new Map<string, OidcTestAccount>(settings.accounts.map((a) => [a.sub, a]));

// oidc-provider ships no types; the few calls used here are typed above.
const { default: Provider } = (await import('oidc-provider' as string)) as { default: ProviderConstructor };

function providerConfig() {
  return {
    clients: [
      {
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        redirect_uris: [settings.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['pamong-test-cookie-key'] },
    findAccount: async (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      return account && { accountId: id, claims: async () => ({ ...account }) };
    },
  };
}

async function interact(provider: ProviderInstance, req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const accountId = details.params.login_hint ?? settings.accounts[0].sub;
    return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
  }
  const accountId = details.session?.accountId ?? '';
  const grant = details.grantId
    ? ((await provider.Grant.find(details.grantId)) as GrantInstance)
    : new provider.Grant({ accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

const server = createServer();
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const provider = new Provider(issuer, providerConfig());
const handle = provider.callback();
server.on('request', (req: IncomingMessage, res: ServerResponse) => {
  if (!req.url?.startsWith('/interaction/')) return handle(req, res);
  interact(provider, req, res).catch((error: unknown) => {
    res.statusCode = 500;
    res.end(String(error));
  });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ issuer });
