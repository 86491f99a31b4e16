import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import '../app/i18n/index.ts';
import { SessionProvider } from '../app/session.tsx';
import type { MountPoint } from './dom.ts';

/** Which app-level wrappers a rendered component needs besides Mantine and React Query. */
export interface ProviderOptions {
  /** Wraps in a MemoryRouter starting at this path. */
  route?: string;
  /** Wraps in the SessionProvider (it fetches `/api/auth/session`); needs `route` when it navigates. */
  session?: boolean;
}

/** A React Query client that does not retry, so a failing request fails the first time. */
export const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** Renders `ui` inside Mantine, a fresh QueryClient and the wrappers chosen in `options`; resolves with the client. */
export async function renderWithProviders(mount: MountPoint, ui: ReactNode, options: ProviderOptions = {}): Promise<QueryClient> {
  const client = testQueryClient();
  let tree = options.session ? <SessionProvider>{ui}</SessionProvider> : ui;
  if (options.route !== undefined) tree = <MemoryRouter initialEntries={[options.route]}>{tree}</MemoryRouter>;
  await mount.render(
    <MantineProvider>
      <QueryClientProvider client={client}>{tree}</QueryClientProvider>
    </MantineProvider>,
  );
  return client;
}
