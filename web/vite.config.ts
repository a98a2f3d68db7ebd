import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The explorer: built into web/dist, which the API serves at / (src/modules/web/web.ts).
// Run from the project root: `npm run build:web`.
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Hashed names under /assets/, served with a year-long immutable cache.
    assetsDir: 'assets',
    sourcemap: false,
  },
  server: {
    // `npx vite --config web/vite.config.ts` for development, against an API on :4000.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
});
