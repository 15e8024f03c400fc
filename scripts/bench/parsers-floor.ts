/**
 * The parsers' floor for the benchmark: a process that does nothing but what prodlint's parsing
 * libraries do with the files prodlint parsed in a run (it writes them, with their kinds, when
 * PRODLINT_BENCH_PARSED is set): tree-sitter-bash over shell scripts, tree-sitter-python over
 * Python, prodlint's block YAML reader (with `yaml` for what it leaves) over compose files, `yaml`
 * over Kubernetes files, prodlint's instruction scan (with dockerfile-ast for what it leaves) over
 * Dockerfiles plus tree-sitter-bash over each `RUN`, typescript-estree over JS/TS. No copy of the trees, no rules,
 * no output; prodlint's own parsers (systemd, Procfile, package.json, cron) and the shell inside
 * compose or unit files are not counted, so the floor is, if anything, low. bench.ts bundles this
 * file with esbuild the way the CLI is bundled, so module loading costs what it costs prodlint,
 * and times the whole process: the gap between it and a prodlint run is prodlint's own work; the
 * part below it is not ours to cut while prodlint parses with these libraries.
 *
 * `node parsers-floor.mjs <list file of "kind<TAB>path" lines>`; prints {files, ms} JSON.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

// The grammars' WASM files come from the repository's node_modules (the bundle runs from a
// temporary directory): bench.ts passes the repository as PARSERS_FLOOR_ROOT.
const require = createRequire(process.env.PARSERS_FLOOR_ROOT ? `${process.env.PARSERS_FLOOR_ROOT}/package.json` : import.meta.url);
const list = readFileSync(process.argv[2]!, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string]);
const started = performance.now();

type Parse = (text: string, path: string) => void;

/** A CommonJS package imported from an ESM bundle: its exports may sit under `default`. */
async function commonJs<T extends object>(pending: Promise<T>): Promise<T> {
  const mod = await pending;
  return ('default' in mod && mod.default && typeof mod.default === 'object' ? { ...(mod.default as T), ...mod } : mod) as T;
}

let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
async function treeSitter(grammar: 'bash' | 'python'): Promise<Parse> {
  runtime ??= (async () => {
    // As prodlint loads the grammars (src/parse/tree-sitter.ts): baseline WASM compiler only.
    setFlagsFromString('--liftoff-only');
    const mod = await import('web-tree-sitter');
    await mod.Parser.init({ locateFile: () => require.resolve('web-tree-sitter/web-tree-sitter.wasm') });
    return mod;
  })();
  const { Parser, Language } = await runtime;
  const parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve(`tree-sitter-${grammar}/tree-sitter-${grammar}.wasm`)));
  return (text) => parser.parse(text)?.delete();
}

/** One parser per kind, loaded on the first file of that kind (as prodlint loads them). */
const loaders: Record<string, () => Promise<Parse>> = {
  shell: () => treeSitter('bash'),
  python: () => treeSitter('python'),
  compose: async () => {
    const { parseDocument } = await commonJs(import('yaml'));
    const { readBlockYaml } = await import('../../src/parse/yaml-block-reader.js');
    const options = { uniqueKeys: false, merge: true, prettyErrors: false, strict: false };
    return (text) => void (readBlockYaml(text, options) ?? parseDocument(text, options));
  },
  kubernetes: async () => {
    const { parseAllDocuments } = await commonJs(import('yaml'));
    return (text) => void parseAllDocuments(text);
  },
  dockerfile: async () => {
    const { DockerfileParser } = await commonJs(import('dockerfile-ast'));
    const { splitDockerfile } = await import('../../src/parse/dockerfile-split.js');
    const shell = await treeSitter('bash');
    return (text, path) => {
      // As prodlint splits instructions: its own scan, dockerfile-ast for what that leaves.
      const split = splitDockerfile(text);
      if (split) {
        for (const i of split) if (i.keyword.toUpperCase() === 'RUN') shell(text.slice(i.keywordEnd, i.end), path);
        return;
      }
      for (const i of DockerfileParser.parse(text).getInstructions()) if (i.getKeyword() === 'RUN') shell(i.getArgumentsContent() ?? '', path);
    };
  },
  typescript: async () => {
    const { parse } = await commonJs(import('@typescript-eslint/typescript-estree'));
    return (text, path) => void parse(text, { range: true, loc: false, comment: true, jsx: /\.[jt]sx$/.test(path), errorOnUnknownASTType: false });
  },
};
const parsers = new Map<string, Parse | null>();

let files = 0;
let failed = 0;
for (const [kind, path] of list) {
  if (!parsers.has(kind)) parsers.set(kind, loaders[kind] ? await loaders[kind]!() : null);
  const parse = parsers.get(kind);
  if (!parse) continue;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    continue;
  }
  files++;
  try {
    parse(text, path);
  } catch {
    // A library that throws on a file (typescript-estree on a syntax error): its attempt is what
    // counts. Counted, so that a parser that failed to load cannot pass for a fast one.
    failed++;
  }
}
process.stdout.write(JSON.stringify({ files, failed, ms: performance.now() - started }));
