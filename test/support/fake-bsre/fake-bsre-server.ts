// A fake BSrE Esign Client Service, run as its own process by fake-bsre.ts:
//   node --import tsx test/support/fake-bsre/fake-bsre-server.ts   (settings JSON in FAKE_BSRE_SETTINGS)
// It creates its own root CA, listens on 127.0.0.1 with a random port, reports
// `{ port, caCertificateDerBase64, username, password }` over IPC, and exits when the parent disconnects.
// Test-only control routes (no auth): GET/DELETE /__test/requests, PUT /__test/behaviour.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FakeBsreContext, handleApiCall } from './fake-bsre-handlers.ts';
import { sendJson } from './fake-bsre-replies.ts';
import { createFakeBsreAuthority } from './fake-bsre-signing.ts';
import { DEFAULT_BEHAVIOUR, type FakeBsreBehaviour, type FakeBsreReady, type FakeBsreSettings } from './fake-bsre-types.ts';

function behaviourFrom(source: Partial<FakeBsreBehaviour>, base: FakeBsreBehaviour): FakeBsreBehaviour {
  return {
    delayMs: source.delayMs ?? base.delayMs,
    failWith500: source.failWith500 ?? base.failWith500,
    successBody: source.successBody ?? base.successBody,
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function handleTestControl(req: IncomingMessage, res: ServerResponse, body: Buffer, context: FakeBsreContext): void {
  const route = `${req.method} ${new URL(req.url ?? '/', 'http://fake-bsre.invalid').pathname}`;
  if (route === 'GET /__test/requests') {
    sendJson(res, 200, context.recorded);
  } else if (route === 'DELETE /__test/requests') {
    context.recorded.length = 0;
    sendJson(res, 200, { cleared: true });
  } else if (route === 'PUT /__test/behaviour') {
    context.behaviour = behaviourFrom(JSON.parse(body.toString('utf8') || '{}') as Partial<FakeBsreBehaviour>, context.behaviour);
    sendJson(res, 200, context.behaviour);
  } else {
    sendJson(res, 404, { error: 'unknown test route' });
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, context: FakeBsreContext): Promise<void> {
  res.on('error', () => undefined);
  const body = await readBody(req);
  if ((req.url ?? '').startsWith('/__test/')) handleTestControl(req, res, body, context);
  else await handleApiCall(req, res, body, context);
}

const settings = JSON.parse(process.env.FAKE_BSRE_SETTINGS ?? '{"users":[]}') as FakeBsreSettings;
const context: FakeBsreContext = {
  users: new Map(settings.users.map((user) => [user.nik, user])),
  username: settings.username ?? 'pamong',
  password: settings.password ?? randomBytes(12).toString('hex'),
  authority: await createFakeBsreAuthority(),
  recorded: [],
  behaviour: behaviourFrom(settings, DEFAULT_BEHAVIOUR),
};

const server = createServer((req, res) => {
  handle(req, res, context).catch((error: unknown) => {
    process.stderr.write(`fake BSrE: ${error instanceof Error ? error.stack : String(error)}\n`);
    if (!res.headersSent) sendJson(res, 500, { error: 'fake BSrE internal error' });
  });
});
server.listen(0, '127.0.0.1', () => {
  const ready: FakeBsreReady = {
    port: (server.address() as AddressInfo).port,
    caCertificateDerBase64: context.authority.caCertificateDer.toString('base64'),
    username: context.username,
    password: context.password,
  };
  process.send?.(ready);
});
process.on('disconnect', () => process.exit(0));
