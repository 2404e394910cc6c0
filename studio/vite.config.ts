import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// A static build: relative asset paths (base './') so that studio/dist can be published under any
// path (GitHub Pages, an intranet folder, file server); every asset is bundled, nothing from a CDN.
export default defineConfig({
  root,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, reportCompressedSize: true },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  preview: { host: '127.0.0.1', port: 4173 },
});
