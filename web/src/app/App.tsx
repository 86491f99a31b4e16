import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { onFirstServiceWorkerControl } from '../sw/register.ts';
import { ApiError } from './api.ts';
import { AppRoutes } from './routes.tsx';
import { SESSION_KEY, SessionProvider } from './session.tsx';

const theme = createTheme({
  primaryColor: 'teal',
  // Shade 9 keeps white text on filled buttons above the WCAG AA contrast ratio.
  primaryShade: { light: 9, dark: 7 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  focusRing: 'auto',
});

/** A 401 on any call but the session probe means the session ended: fall back to the login page. */
function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== SESSION_KEY[0]) {
          client.setQueryData(SESSION_KEY, null);
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        const isLogin = String(mutation.options.mutationKey?.[0] ?? '').startsWith('auth.');
        if (error instanceof ApiError && error.status === 401 && !isLogin) client.setQueryData(SESSION_KEY, null);
      },
    }),
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

/** Refetches server-translated data when the UI language changes. */
function LanguageRefetch({ client }: { client: QueryClient }) {
  const { i18n } = useTranslation();
  useEffect(() => {
    const onChange = () => {
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    };
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n, client]);
  return null;
}

/**
 * When the service worker takes over a page that opened without it, fetches the page's data again through the
 * worker, so it keeps the copies (session, desa report) the page needs to open offline.
 */
function ServiceWorkerRefetch({ client }: { client: QueryClient }) {
  useEffect(() => onFirstServiceWorkerControl(() => void client.refetchQueries({ type: 'active' })), [client]);
  return null;
}

/** The whole web app: theme, notifications, data cache, router and session. */
export function App() {
  const [client] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      {/* Bottom corner: at the top, toasts would cover the header controls (language, user menu). */}
      <Notifications position="bottom-right" />
      <QueryClientProvider client={client}>
        <LanguageRefetch client={client} />
        <ServiceWorkerRefetch client={client} />
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
