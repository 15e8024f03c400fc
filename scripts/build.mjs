// Builds dist/: an ESM bundle of the CLI with code splitting (the TypeScript parser and other
// lazily imported modules land in their own chunks and load only when needed), plus the WASM
// grammars beside it, and THIRD_PARTY_LICENSES for what the bundle contains.
// `node scripts/build.mjs [outdir] [--readable]` (default dist); deterministic output.
// `--readable` leaves the code unminified, with esbuild's comment naming each bundled module (the
// licence test reads them). Needs the devDependencies (`npm ci`): `npm pack` runs this through
// `prepack`.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { bundledPackageDirs, packageDirOf, thirdPartyNotices } from './third-party-licenses.mjs';
import { bundleOptions } from './bundle-options.mjs';

let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // A fresh clone without `npm ci`: say what to do, in one line, instead of a module stack.
  process.stderr.write('prodlint build: esbuild is not installed; run `npm ci` first (building dist/ needs the devDependencies)\n');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const readable = args.includes('--readable');
const outdir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(join(outdir, 'wasm'), { recursive: true });

const { metafile } = await build({
  ...bundleOptions({ readable }),
  metafile: true,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/worker.ts' },
  outdir,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
});

const wasmPackages = [];
for (const [pkg, file] of [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
  ['tree-sitter-python', 'tree-sitter-python.wasm'],
]) {
  const from = require.resolve(`${pkg}/${file}`);
  copyFileSync(from, join(outdir, 'wasm', file));
  wasmPackages.push(packageDirOf(from));
}
writeFileSync(join(outdir, 'THIRD_PARTY_LICENSES'), thirdPartyNotices(bundledPackageDirs(metafile, process.cwd(), wasmPackages)));
// stderr: npm (pre-commit 3.x's `npm pack` among them) reads a lifecycle script's stdout.
process.stderr.write(`built ${outdir}\n`);
