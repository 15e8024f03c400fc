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
  entryPoints: { cli: 'src/cli.ts', worker: 'src/worker.ts' },
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
  // CommonJS dependencies (typescript, dockerfile-ast) call require() and read __filename and
  // __dirname when they load; give every ESM chunk those three.
  banner: {
    js: [
      "import { createRequire as __prodlintCreateRequire } from 'node:module';",
      "import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';",
      "import { dirname as __prodlintDirname } from 'node:path';",
      'const require = __prodlintCreateRequire(import.meta.url);',
      'const __filename = __prodlintFileURLToPath(import.meta.url);',
      'const __dirname = __prodlintDirname(__filename);',
    ].join('\n'),
  },
});

for (const [pkg, file] of [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
  ['tree-sitter-python', 'tree-sitter-python.wasm'],
]) {
  copyFileSync(require.resolve(`${pkg}/${file}`), join(outdir, 'wasm', file));
}
console.log(`built ${outdir}`);
