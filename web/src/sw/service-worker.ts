/**
 * Pamong's service worker (built to /sw.js by web/vite-sw-plugin.ts, which fills in the precache list and version).
 * Install: cache the app shell and the desa report page's files. Fetch: see sw-strategy.ts. PUTs are never cached.
 */
import { cacheNames, strategyFor } from './sw-strategy.ts';

declare const __PAMONG_PRECACHE__: string[];
declare const __PAMONG_SW_VERSION__: string;

/** The parts of the service worker global scope used here (the DOM lib has no worker types). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
const CACHES = cacheNames(__PAMONG_SW_VERSION__);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHES.shell)
      .then((cache) => cache.addAll(__PAMONG_PRECACHE__))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  const keep = new Set([CACHES.shell, CACHES.api]);
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('pamong-') && !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => sw.clients.claim()),
  );
});

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHES.shell)).put(request, response.clone());
  return response;
}

async function navigation(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match('/', { cacheName: CACHES.shell })) ?? Response.error();
  }
}

/** Network first; a 200 is kept, a 401 forgets the copy; only a failed network answers from the copy. */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHES.api);
  try {
    const response = await fetch(request);
    if (response.status === 200) await cache.put(request, response.clone());
    else if (response.status === 401 || response.status === 403) await cache.delete(request);
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

async function logout(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } finally {
    await caches.delete(CACHES.api);
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor(request.method, new URL(request.url), sw.location.origin, request.mode);
  if (strategy === 'cache-first') event.respondWith(cacheFirst(request));
  else if (strategy === 'navigation') event.respondWith(navigation(request));
  else if (strategy === 'network-first') event.respondWith(networkFirst(request));
  else if (strategy === 'logout') event.respondWith(logout(request));
});
