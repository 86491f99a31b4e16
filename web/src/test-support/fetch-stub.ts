import { type Mock, onTestFinished, vi } from 'vitest';

/** A JSON response with the given status, body and extra headers. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** What a matched request is answered with; `params` are the capture groups of a RegExp route. */
export type FetchAnswer = (request: { url: string; init: RequestInit | undefined; params: string[] }) => Response;

/** One route of a fake server: a URL prefix (string) or pattern (RegExp), optionally limited to one method. */
export interface FetchRoute {
  match: string | RegExp;
  method?: string;
  answer: FetchAnswer;
}

const notFound = () => json(404, { error: { code: 'not_found', message: 'x' } });

function matchRoute(route: FetchRoute, url: string, method: string): string[] | null {
  if (route.method && route.method !== method) return null;
  if (typeof route.match === 'string') return url.startsWith(route.match) ? [] : null;
  const found = route.match.exec(url);
  return found ? found.slice(1) : null;
}

/** A fetch implementation answering from the first matching route, or 404 `not_found` when none matches. */
export function routeFetch(routes: FetchRoute[]): typeof fetch {
  return async (input, init) => {
    const url = String(input);
    for (const route of routes) {
      const params = matchRoute(route, url, init?.method ?? 'GET');
      if (params) return route.answer({ url, init, params });
    }
    return notFound();
  };
}

/** Replaces global `fetch` with a mock of `implementation` for the current test and restores it afterwards. */
export function stubFetch(implementation: typeof fetch): Mock<typeof fetch> {
  const mock = vi.fn<typeof fetch>(implementation);
  vi.stubGlobal('fetch', mock);
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  return mock;
}
