// Bundles the command-line program and the benchmarks with esbuild: one file each, so the
// `medcode` command starts fast (no TypeScript compile at run time). Native and large runtime
// dependencies stay external and load from node_modules.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
// Every third-party dependency stays external (native addons, large libraries); only the
// workspace's own packages are bundled.
const manifests = [
  join(root, 'package.json'),
  ...readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'package.json')),
];
const external = [
  ...new Set(
    manifests.flatMap((m) => {
      try {
        const pkg = JSON.parse(readFileSync(m, 'utf8'));
        return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
      } catch {
        return [];
      }
    }),
  ),
  // node-postgres loads this optional native client only when asked; it is not installed.
  'pg-native',
].filter((name) => !name.startsWith('@medcode/'));
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
