import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../src/modules/identity/identity.contract.ts';
import { mountPoint, settle, settleUntil } from '../test-support/dom.ts';
import { json, stubFetch } from '../test-support/fetch-stub.ts';
import { renderWithProviders } from '../test-support/providers.tsx';
import { setCsrfToken } from './api.ts';
import { useSession } from './session.tsx';

const mount = mountPoint();
const SIGNED_IN = { user: { id: 'u1', displayName: 'Siti Aminah' }, csrfToken: 'csrf-1' } as unknown as SessionView;
const SIGNED_OUT = () => json(401, { error: { code: 'unauthenticated', message: 'x' } });

/** Shows who is signed in and offers the two session actions as buttons. */
function SessionProbe({ onClient }: { onClient: (client: QueryClient) => void }) {
  const { session, acceptSession, logout } = useSession();
  onClient(useQueryClient());
  return (
    <div>
      <output>{session ? session.user.displayName : 'keluar'}</output>
      <button type="button" data-action="accept" onClick={() => acceptSession(SIGNED_IN)} />
      <button type="button" data-action="logout" onClick={() => void logout()} />
      <button type="button" data-action="totp-step" onClick={() => setCsrfToken('csrf-totp')} />
    </div>
  );
}

/** A server whose answers to the session probe the test releases one at a time. */
function sessionServer() {
  const pending: Array<(response: Response) => void> = [];
  const fetch = stubFetch((input) => {
    if (String(input) === '/api/auth/session') return new Promise<Response>((resolve) => pending.push(resolve));
    return Promise.resolve(new Response(null, { status: 204 }));
  });
  /** The CSRF header of the last request that was not a session probe. */
  const lastCsrfHeader = () => {
    const init = fetch.mock.calls.filter(([input]) => String(input) !== '/api/auth/session').at(-1)?.[1];
    return new Headers(init?.headers).get('x-csrf-token');
  };
  return { answerNext: (response: Response) => pending.shift()?.(response), waiting: () => pending.length, lastCsrfHeader };
}

async function renderProbe(): Promise<QueryClient> {
  let client: QueryClient | undefined;
  await renderWithProviders(mount, <SessionProbe onClient={(c) => (client = c)} />, { session: true });
  if (!client) throw new Error('no query client');
  return client;
}

const shown = () => mount.container.querySelector('output')?.textContent;
const click = (action: string) =>
  act(async () => mount.container.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.click());

describe('SessionProvider', () => {
  it('keeps a login when a session probe sent before it answers "signed out" afterwards', async () => {
    const server = sessionServer();
    const client = await renderProbe();
    await act(async () => server.answerNext(SIGNED_OUT()));
    await settleUntil(() => shown() === 'keluar');
    expect(shown()).toBe('keluar');
    // The service worker took over the page and its data is fetched again: the probe leaves without a cookie.
    void client.refetchQueries({ type: 'active' });
    expect(server.waiting()).toBe(1);
    await click('accept');
    await settleUntil(() => shown() === 'Siti Aminah');
    expect(shown()).toBe('Siti Aminah');
    // The late answer is handled once nothing is fetching any more; the login must still stand then.
    await act(async () => server.answerNext(SIGNED_OUT()));
    await settleUntil(() => client.isFetching() === 0);
    await settle();
    expect(shown()).toBe('Siti Aminah');
    // Nor may it forget the login's CSRF token: the next change (here the logout) must still carry it.
    await click('logout');
    expect(server.lastCsrfHeader()).toBe('csrf-1');
  });

  it('keeps a logout when a session probe sent before it answers with the old session afterwards', async () => {
    const server = sessionServer();
    const client = await renderProbe();
    await act(async () => server.answerNext(json(200, SIGNED_IN)));
    await settleUntil(() => shown() === 'Siti Aminah');
    expect(shown()).toBe('Siti Aminah');
    void client.refetchQueries({ type: 'active' });
    expect(server.waiting()).toBe(1);
    await click('logout');
    await settleUntil(() => shown() === 'keluar');
    expect(shown()).toBe('keluar');
    await act(async () => server.answerNext(json(200, SIGNED_IN)));
    await settleUntil(() => client.isFetching() === 0);
    await settle();
    expect(shown()).toBe('keluar');
    // Nor may it bring back the ended session's CSRF token.
    await click('logout');
    expect(server.lastCsrfHeader()).toBeNull();
  });

  it('keeps the token of a TOTP step when a session probe sent before it answers "signed out" afterwards', async () => {
    const server = sessionServer();
    const client = await renderProbe();
    await act(async () => server.answerNext(SIGNED_OUT()));
    await settleUntil(() => shown() === 'keluar');
    void client.refetchQueries({ type: 'active' });
    expect(server.waiting()).toBe(1);
    // The password was right and the server asks for the TOTP code; the page keeps the half-session's token.
    await click('totp-step');
    await act(async () => server.answerNext(SIGNED_OUT()));
    await settleUntil(() => client.isFetching() === 0);
    await settle();
    await click('logout');
    expect(server.lastCsrfHeader()).toBe('csrf-totp');
  });
});
