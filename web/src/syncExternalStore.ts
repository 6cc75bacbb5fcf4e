// Stands in for `use-sync-external-store/shim` in the production build (vite.config.ts): React 19 has
// the hook itself, and the shim, written for Reacts before 18, only forwards to it.
export { useSyncExternalStore } from 'react';
