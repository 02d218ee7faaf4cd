// Bundles the command-line program and the benchmarks with esbuild: one file each, so the
// `medcode` command starts fast (no TypeScript compile at run time). Native and large runtime
// dependencies stay external and load from node_modules.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const external = [
  'better-sqlite3',
  'pg',
  'pg-native',
  'exceljs',
  'pdf-lib',
  'node-x12',
  'minisearch',
  'fast-check',
];
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  external,
  logLevel: 'warning',
  // Bundled ESM still needs `require` for CommonJS dependencies.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: [join(root, 'packages/cli/src/main.ts')],
  outfile: join(root, 'dist/medcode.mjs'),
});

const benchDir = join(root, 'bench');
const benches = readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts'));
if (benches.length > 0) {
  await build({
    ...common,
    entryPoints: benches.map((f) => join(benchDir, f)),
    outdir: join(root, 'dist/bench'),
  });
}
