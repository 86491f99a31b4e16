/** Registers /sw.js after the page has loaded (production builds only; main.tsx decides). Failures are ignored. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No service worker (e.g. plain http on a LAN address): the app works online as before.
    });
  });
}
