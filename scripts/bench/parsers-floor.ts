/**
 * The parsers' floor for the benchmark: a process that does nothing but what prodlint's parsing
 * libraries do with a corpus — tree-sitter-bash over shell scripts, tree-sitter-python over Python,
 * `yaml` over compose files, dockerfile-ast over Dockerfiles plus tree-sitter-bash over each `RUN`.
 * No copy of the trees, no rules, no output. bench.ts bundles this file with esbuild the way the
 * CLI is bundled, so module loading costs what it costs prodlint, and times the whole process:
 * the gap between it and a prodlint run is prodlint's own work; the part below it is not ours to
 * cut while prodlint parses with these libraries.
 *
 * `node parsers-floor.mjs <shell|python|compose|dockerfile> <list file>`; prints {files, ms} JSON.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { setFlagsFromString } from 'node:v8';

const [mode, listFile] = process.argv.slice(2) as [string, string];
// The grammars' WASM files come from the repository's node_modules (the bundle runs from a
// temporary directory): bench.ts passes the repository as PARSERS_FLOOR_ROOT.
const require = createRequire(process.env.PARSERS_FLOOR_ROOT ? `${process.env.PARSERS_FLOOR_ROOT}/package.json` : import.meta.url);
const list = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const started = performance.now();

const WANTED: Record<string, (path: string) => boolean> = {
  shell: () => true,
  python: (p) => p.endsWith('.py'),
  compose: (p) => /\.ya?ml$/.test(p),
  dockerfile: (p) => /dockerfile/i.test(basename(p)),
};

async function bashParser(grammar: 'bash' | 'python') {
  // As prodlint loads the grammars (src/parse/tree-sitter.ts): baseline WASM compiler only.
  setFlagsFromString('--liftoff-only');
  const { Parser, Language } = await import('web-tree-sitter');
  await Parser.init({ locateFile: () => require.resolve('web-tree-sitter/web-tree-sitter.wasm') });
  const parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve(`tree-sitter-${grammar}/tree-sitter-${grammar}.wasm`)));
  return (text: string) => parser.parse(text)?.delete();
}

let parse: (text: string) => void;
if (mode === 'shell' || mode === 'python') parse = await bashParser(mode === 'shell' ? 'bash' : 'python');
else if (mode === 'compose') {
  const { parseDocument } = await import('yaml');
  parse = (text) => void parseDocument(text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false });
} else if (mode === 'dockerfile') {
  const { DockerfileParser } = await import('dockerfile-ast');
  const shell = await bashParser('bash');
  parse = (text) => {
    for (const i of DockerfileParser.parse(text).getInstructions()) if (i.getKeyword() === 'RUN') shell(i.getArgumentsContent() ?? '');
  };
} else {
  process.stderr.write(`parsers-floor: unknown mode ${mode}\n`);
  process.exit(2);
}

let files = 0;
for (const f of list) {
  if (!WANTED[mode]!(f)) continue;
  let text: string;
  try {
    text = readFileSync(f, 'utf8');
  } catch {
    continue;
  }
  files++;
  parse(text);
}
process.stdout.write(JSON.stringify({ files, ms: performance.now() - started }));
