// Builds dist/: an ESM bundle of the CLI with code splitting (the TypeScript parser and other
// lazily imported modules land in their own chunks and load only when needed), plus the WASM
// grammars beside it. `node scripts/build.mjs [outdir]` (default dist); deterministic output.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const outdir = resolve(process.argv[2] ?? 'dist');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(join(outdir, 'wasm'), { recursive: true });

await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (typescript, dockerfile-ast) call require(); give ESM chunks one.
  banner: { js: "import { createRequire as __prodlintCreateRequire } from 'node:module';\nconst require = __prodlintCreateRequire(import.meta.url);" },
});

for (const [pkg, file] of [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
  ['tree-sitter-python', 'tree-sitter-python.wasm'],
]) {
  copyFileSync(require.resolve(`${pkg}/${file}`), join(outdir, 'wasm', file));
}
console.log(`built ${outdir}`);
