/**
 * Lazy loading of web-tree-sitter and its WASM grammars. Each grammar is loaded at most once per
 * process, and only when a file of its kind is actually parsed.
 *
 * The WASM files are found next to the running module first (the bundle in `dist/` ships them in
 * `dist/wasm/`), then through Node's resolution from the installed packages (running from source).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Language as TSLanguage, Parser as TSParser } from 'web-tree-sitter';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function locate(fileName: string, packagePath: string): string {
  for (const dir of [join(here, 'wasm'), join(here, '..', 'wasm'), join(here, '..', '..', 'dist', 'wasm')]) {
    const candidate = join(dir, fileName);
    if (existsSync(candidate)) return candidate;
  }
  return require.resolve(packagePath);
}

export type GrammarName = 'bash' | 'python';

const GRAMMARS: Record<GrammarName, [string, string]> = {
  bash: ['tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'],
  python: ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
};

let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
const languages = new Map<GrammarName, Promise<TSLanguage>>();
const parsers = new Map<GrammarName, TSParser>();

async function loadRuntime(): Promise<typeof import('web-tree-sitter')> {
  // V8's optimizing WASM compiler spends over a second on the grammars' large lexer functions,
  // more than any realistic run saves from the faster code (measured: one file 1.9 s -> 0.3 s,
  // 400 scripts 2.5 s -> 1.3 s). The baseline compiler alone is the better trade here.
  setFlagsFromString('--liftoff-only');
  const mod = await import('web-tree-sitter');
  const wasm = locate('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
  // Emscripten makes the options object the module itself: kept for ts-cursor.ts's fast walk.
  const options = { locateFile: () => wasm };
  await mod.Parser.init(options);
  binding = options;
  return mod;
}

let binding: object | undefined;

/** The initialised WASM module (web-tree-sitter internals; undefined before the runtime loads). */
export function wasmBinding(): object | undefined {
  return binding;
}

/** A parser for the grammar, created on first use and reused (parsing is synchronous). */
export async function getParser(name: GrammarName): Promise<TSParser> {
  const cached = parsers.get(name);
  if (cached) return cached;
  runtime ??= loadRuntime();
  const mod = await runtime;
  let lang = languages.get(name);
  if (!lang) {
    const [file, pkg] = GRAMMARS[name];
    lang = mod.Language.load(locate(file, pkg));
    languages.set(name, lang);
  }
  const parser = new mod.Parser();
  parser.setLanguage(await lang);
  parsers.set(name, parser);
  return parser;
}

/** Which grammars this process has loaded so far (tests assert laziness with it). */
export function loadedGrammars(): GrammarName[] {
  return [...parsers.keys()];
}

/** Whether the tree-sitter WASM runtime was ever loaded in this process. */
export function runtimeLoaded(): boolean {
  return runtime !== undefined;
}
