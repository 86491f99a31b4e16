/**
 * Which requests the service worker answers and how (pure, so it can be unit-tested). Everything not named here
 * goes to the network untouched: other modules' API calls are never answered from a cache.
 */

/** How one request is handled. */
export type SwStrategy =
  /** Not intercepted: the browser talks to the server as if there were no service worker. */
  | 'passthrough'
  /** Hashed build assets, the manifest and icons: from the cache, else the network (then cached). */
  | 'cache-first'
  /** A page load: the network, else the cached app shell (`/`), so the SPA opens offline. */
  | 'navigation'
  /** The desa accountability view and the session probe: the network; the last good copy only when it fails. */
  | 'network-first'
  /** Sign-out: passed through, then every cached API answer is dropped. */
  | 'logout';

/** GET API paths that may be answered from the last good copy when the network fails. */
const CACHED_API = [/^\/api\/villages\/desa\/[^/]+\/accountability$/, /^\/api\/auth\/session$/];
const LOGOUT = /^\/api\/auth\/logout(-all)?$/;

/** The strategy for a request (`mode` is Request.mode; `origin` the service worker's own). */
export function strategyFor(method: string, url: URL, origin: string, mode: string): SwStrategy {
  if (url.origin !== origin) return 'passthrough';
  if (method === 'POST' && LOGOUT.test(url.pathname)) return 'logout';
  if (method !== 'GET') return 'passthrough';
  if (url.pathname.startsWith('/api/')) return CACHED_API.some((re) => re.test(url.pathname)) ? 'network-first' : 'passthrough';
  if (mode === 'navigate') return 'navigation';
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/') || url.pathname === '/manifest.webmanifest') {
    return 'cache-first';
  }
  return 'passthrough';
}

/** Cache names of one build: the precached shell and the API copies. */
export function cacheNames(version: string): { shell: string; api: string } {
  return { shell: `pamong-shell-${version}`, api: 'pamong-api-v1' };
}
