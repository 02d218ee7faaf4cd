// Builds the workbench into dist/, served by `medcode serve` at /. No inline scripts or styles
// in index.html: the service's Content-Security-Policy is default-src 'self'.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Vite would inline a small module preload polyfill as a script: not allowed by the CSP.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev -w packages/web` against a `medcode serve` on the default port.
    proxy: { '/api': 'http://127.0.0.1:8420' },
  },
});
