// The banner of every ESM chunk esbuild writes for prodlint (scripts/build.mjs) and for the
// benchmark's parsers' floor (scripts/bench.ts): CommonJS dependencies (typescript,
// dockerfile-ast) call require() and read __filename and __dirname when they load.
export const ESM_BANNER = [
  "import { createRequire as __prodlintCreateRequire } from 'node:module';",
  "import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';",
  "import { dirname as __prodlintDirname } from 'node:path';",
  'const require = __prodlintCreateRequire(import.meta.url);',
  'const __filename = __prodlintFileURLToPath(import.meta.url);',
  'const __dirname = __prodlintDirname(__filename);',
].join('\n');
