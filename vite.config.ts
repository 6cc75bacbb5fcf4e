import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Libraries every page needs go in chunks of their own, which stay cached across releases of the app's
// own code. Anything else (Mantine's components, charts, maps) follows the pages that use it.
const VENDOR_CHUNKS: Record<string, RegExp> = {
  react: /\/node_modules\/(react|react-dom|scheduler)\//,
  router: /\/node_modules\/react-router\//,
  i18n: /\/node_modules\/(i18next|react-i18next|html-parse-stringify|void-elements)\//,
  zod: /\/node_modules\/zod\//,
};

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The manifest says which chunks each page loads (scripts/bundle-size.ts reads it).
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: (id) => Object.keys(VENDOR_CHUNKS).find((name) => VENDOR_CHUNKS[name]!.test(id)),
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
