import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorkerPlugin } from './vite-sw-plugin.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** Vite config for the Pamong web app: root is web/, output web/dist, `/api` proxied to the local server in dev. */
export default defineConfig({
  root: webRoot,
  plugins: [react(), serviceWorkerPlugin()],
  css: { postcss: webRoot },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
