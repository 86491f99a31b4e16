/**
 * Builds the service worker (web/src/sw/service-worker.ts) as /sw.js in the same Vite build and writes into it the
 * list of files to cache on install: the app shell (index, entry JS/CSS), the signed-in shell chunk and the desa
 * report page with everything it imports, plus the manifest and icons. No plugin dependency (no workbox).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SW_ENTRY = fileURLToPath(new URL('./src/sw/service-worker.ts', import.meta.url));
/** Lazy chunks the desa operator needs offline (module path endings). */
const OFFLINE_CHUNKS = [
  'src/app/Shell.tsx',
  'src/features/villages/desa/DesaReportPage.tsx',
  'src/features/villages/desa/outbox-runtime.ts',
];
/** Files from web/public that the installed app needs. */
const PUBLIC_FILES = ['/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon.svg'];

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  code: string;
  viteMetadata?: { importedCss: Set<string> };
}
type BundleLike = Record<string, ChunkLike | { type: 'asset'; fileName: string }>;

/** The chunk files (and their CSS) reachable through static imports from `roots`. */
function closure(bundle: BundleLike, roots: ChunkLike[]): string[] {
  const files = new Set<string>();
  const visit = (chunk: ChunkLike) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  roots.forEach(visit);
  return [...files].sort().map((f) => `/${f}`);
}

/** The Vite plugin: emits /sw.js with `__PAMONG_PRECACHE__` and `__PAMONG_SW_VERSION__` filled in. */
export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'pamong-service-worker',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: SW_ENTRY, fileName: 'sw.js' });
    },
    generateBundle(_options, output) {
      const bundle = output as unknown as BundleLike;
      const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
      const sw = chunks.find((c) => c.fileName === 'sw.js');
      if (!sw) this.error('sw.js was not built');
      const roots = chunks.filter(
        (c) => c !== sw && (c.isEntry || OFFLINE_CHUNKS.some((end) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(end))),
      );
      const precache = ['/', ...PUBLIC_FILES, ...closure(bundle, roots)];
      const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
      sw.code = sw.code
        .replaceAll('__PAMONG_PRECACHE__', JSON.stringify(precache))
        .replaceAll('__PAMONG_SW_VERSION__', JSON.stringify(version));
    },
  };
}
