import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The front end lives in src/web and is built into dist/web, which `verbatim serve` serves.
export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [preact()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // No inline polyfill script: the Content-Security-Policy allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 400,
    sourcemap: false,
  },
});
