import { defineConfig } from 'vite';

/**
 * The engine as an importable ES module for course pages that only want the numbers (issue 5):
 * `npm run build:lib` writes dist-lib/deltascope.js and its declarations in dist-lib/types (tsconfig.lib.json).
 * The engine has no dependencies, so the bundle is self-contained.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/engine/index.ts',
      formats: ['es'],
      fileName: () => 'deltascope.js',
    },
  },
});
