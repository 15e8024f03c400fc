import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);

// src/parse/tree-sitter.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
var here = dirname(fileURLToPath(import.meta.url));
var require2 = createRequire(import.meta.url);
function locate(fileName, packagePath) {
  for (const dir of [join(here, "wasm"), join(here, "..", "wasm"), join(here, "..", "..", "dist", "wasm")]) {
    const candidate = join(dir, fileName);
    if (existsSync(candidate)) return candidate;
  }
  return require2.resolve(packagePath);
}
var GRAMMARS = {
  bash: ["tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm"],
  python: ["tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm"]
};
var runtime;
var languages = /* @__PURE__ */ new Map();
var parsers = /* @__PURE__ */ new Map();
async function loadRuntime() {
  setFlagsFromString("--liftoff-only");
  const mod = await import("./web-tree-sitter-SQBGZMJR.js");
  const wasm = locate("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
  const options = { locateFile: () => wasm };
  await mod.Parser.init(options);
  binding = options;
  return mod;
}
var binding;
function wasmBinding() {
  return binding;
}
async function getParser(name) {
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
function loadedGrammars() {
  return [...parsers.keys()];
}
function runtimeLoaded() {
  return runtime !== void 0;
}

export {
  wasmBinding,
  getParser,
  loadedGrammars,
  runtimeLoaded
};
