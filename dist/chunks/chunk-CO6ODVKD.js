import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  isMap,
  isScalar,
  mapEntries,
  nodeSpan,
  require_dist,
  resolve,
  tooDeepYamlTokens,
  yamlCommentsFromTokens,
  yamlLogicalLines
} from "./chunk-S5IXN3TF.js";
import {
  __toESM
} from "./chunk-LCUPGGL7.js";

// src/parse/compose.ts
var import_yaml = __toESM(require_dist(), 1);
var YAML_OPTIONS = { uniqueKeys: false, merge: true, prettyErrors: false, strict: false };
function parseComposeYaml(text) {
  return (0, import_yaml.parseDocument)(text, YAML_OPTIONS);
}
function composeFromTokens(tokens, length) {
  let doc = null;
  for (const d of new import_yaml.Composer(YAML_OPTIONS).compose(tokens, true, length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new import_yaml.YAMLParseError(d.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  return doc ?? parseComposeYaml("");
}
function problemSpan(start, end, length) {
  const s = Math.max(0, Math.min(start, length));
  const e = Math.min(length, Math.max(end, s + 1));
  return { start: Math.min(s, e), end: e };
}
var MAX_YAML_DEPTH = 200;
function parseCompose(source, environment) {
  const tokens = [...new import_yaml.Parser().parse(source.text)];
  const tooDeep = tooDeepYamlTokens(tokens, MAX_YAML_DEPTH);
  if (tooDeep !== void 0) {
    return {
      kind: "compose",
      source,
      environment,
      tree: { yaml: parseComposeYaml(""), services: [] },
      comments: [],
      logicalLines: [],
      parseErrors: [{ span: problemSpan(tooDeep, tooDeep + 1, source.text.length), message: `YAML nested more than ${MAX_YAML_DEPTH} levels deep; not analysed` }]
    };
  }
  const comments = yamlCommentsFromTokens(source, tokens);
  const yaml = composeFromTokens(tokens, source.text.length);
  const parseErrors = yaml.errors.slice(0, 5).map((e) => ({
    span: problemSpan(e.pos[0], e.pos[1], source.text.length),
    message: `YAML: ${e.message.split("\n")[0]}`
  }));
  const services = [];
  const root = resolve(yaml, yaml.contents);
  if (isMap(root)) {
    const servicesPair = root.items.find((p) => isScalar(p.key) && p.key.value === "services");
    for (const pair of mapEntries(yaml, servicesPair?.value)) {
      const keySpan = nodeSpan(pair.key);
      if (!keySpan || !isScalar(pair.key)) continue;
      const node = resolve(yaml, pair.value);
      const valueSpan = nodeSpan(node) ?? keySpan;
      services.push({ name: String(pair.key.value), keySpan, node, span: { start: keySpan.start, end: Math.max(keySpan.end, valueSpan.end) } });
    }
  }
  return {
    kind: "compose",
    source,
    environment,
    tree: { yaml, services },
    comments,
    logicalLines: yamlLogicalLines(source, yaml),
    parseErrors
  };
}

export {
  parseComposeYaml,
  parseCompose
};
