import { createRequire as __prodlintCreateRequire } from 'node:module';
const require = __prodlintCreateRequire(import.meta.url);
import {
  mapEntries,
  nodeSpan,
  require_dist,
  resolve,
  yamlComments,
  yamlLogicalLines
} from "./chunk-Q7F26ZCF.js";
import "./chunk-KBEDM6HO.js";
import {
  __toESM
} from "./chunk-AE5ZT5VE.js";

// src/parse/compose.ts
var import_yaml = __toESM(require_dist(), 1);
function parseComposeYaml(text) {
  return (0, import_yaml.parseDocument)(text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false });
}
function parseCompose(source, environment) {
  const yaml = parseComposeYaml(source.text);
  const parseErrors = yaml.errors.slice(0, 5).map((e) => ({
    span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) },
    message: `YAML: ${e.message.split("\n")[0]}`
  }));
  const services = [];
  const root = resolve(yaml, yaml.contents);
  if ((0, import_yaml.isMap)(root)) {
    const servicesPair = root.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "services");
    for (const pair of mapEntries(yaml, servicesPair?.value)) {
      const keySpan = nodeSpan(pair.key);
      if (!keySpan || !(0, import_yaml.isScalar)(pair.key)) continue;
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
    comments: yamlComments(source),
    logicalLines: yamlLogicalLines(source, yaml),
    parseErrors
  };
}
export {
  parseCompose,
  parseComposeYaml
};
