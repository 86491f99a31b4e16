/** Registers /sw.js after the page has loaded (production builds only; main.tsx decides). Failures are ignored. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No service worker (e.g. plain http on a LAN address): the app works online as before.
    });
  });
}

/**
 * Calls `onControl` once when a service worker takes control of this page, if the page opened without one (the
 * first visit, before the worker was installed). What the page fetched until then went past the worker, so it kept
 * no copy for offline use; the caller fetches again. Returns a function that stops listening.
 */
export function onFirstServiceWorkerControl(onControl: () => void): () => void {
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  if (!container || container.controller) return () => {};
  container.addEventListener('controllerchange', onControl, { once: true });
  return () => container.removeEventListener('controllerchange', onControl);
}
