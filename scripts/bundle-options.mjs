// How prodlint is bundled with esbuild: by scripts/build.mjs for dist/, and by scripts/bench.ts
// for the benchmark's parsers' floor, which must load its libraries the way the CLI does.

/**
 * The esbuild options both share: one ESM bundle split into chunks (a library imported lazily
 * lands in its own chunk and loads only when needed), for Node 20.
 * `readable`: no minification, and esbuild's comment naming each bundled module stays (the
 * licence test reads them).
 */
export function bundleOptions({ readable = false } = {}) {
  return {
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Whitespace and syntax minification (identifiers kept, so stack traces still name
    // functions): every run compiles the modules it loads, and V8's pre-parse is proportional to
    // source length. Measured on a one-Dockerfile run: 0.41 -> 0.375 s wall (medians of 10
    // alternating runs).
    minifyWhitespace: !readable,
    minifySyntax: !readable,
    sourcemap: false,
    legalComments: 'none',
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
  };
}
