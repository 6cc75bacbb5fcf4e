import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Libraries every page needs go in chunks of their own, which stay cached across releases of the app's
// own code. Anything else (Mantine's components, charts, maps) follows the pages that use it.
const VENDOR_CHUNKS: Record<string, RegExp> = {
  react: /\/node_modules\/(react|react-dom|scheduler)\//,
  router: /\/node_modules\/react-router\//,
  // <Trans> and the HTML parser it needs stay out (only the sign-up page and the consent banner use it),
  // and so does react-i18next's index: a manual chunk takes in what its modules import, and the index
  // re-exports <Trans>.
  i18n: /\/node_modules\/(i18next\/|react-i18next\/dist\/es\/(?!index|Trans|IcuTrans))/,
  zod: /\/node_modules\/zod\//,
};

const ROOT = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(({ mode }) => ({
  root: 'web',
  plugins: [react()],
  resolve: {
    alias:
      mode === 'production'
        ? [
            // react-router's package exports only its development build (warnings and their messages,
            // 2 KB gzipped more); the production build beside it is the same code without them.
            { find: /^react-router$/, replacement: path.join(ROOT, 'node_modules/react-router/dist/production/index.mjs') },
            // React 19 has useSyncExternalStore; react-i18next's shim for older Reacts only forwards to it.
            { find: /^use-sync-external-store\/shim$/, replacement: path.join(ROOT, 'web/src/syncExternalStore.ts') },
          ]
        : [],
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The manifest says which chunks each page loads (scripts/bundle-size.ts reads it).
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: (id: string) => Object.keys(VENDOR_CHUNKS).find((name) => VENDOR_CHUNKS[name]!.test(id)),
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
}));
