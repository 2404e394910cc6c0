import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', advanced: 'src/advanced.ts' },
    // one copy of each module behind both entries (ThiduaError, caches), in CommonJS too
    splitting: true,
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { node: 'src/node/index.ts', 'node-worker': 'src/node/worker.ts' },
    format: ['esm'],
    dts: { entry: { node: 'src/node/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0', types: ['node'] } },
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    clean: false,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    clean: false,
  },
]);
