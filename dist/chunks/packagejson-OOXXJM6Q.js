import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  duplicateMembers,
  memberOf,
  parseJson
} from "./chunk-GSE47H2K.js";
import "./chunk-IDQTMHCY.js";
import "./chunk-LCUPGGL7.js";

// src/parse/packagejson.ts
function allObjects(root) {
  const out = [];
  const todo = root ? [root] : [];
  while (todo.length) {
    const node = todo.pop();
    if (node.type === "object") {
      out.push(node);
      for (const m of node.members) todo.push(m.value);
    } else if (node.type === "array") {
      for (const item of node.items) todo.push(item);
    }
  }
  return out;
}
function stringField(root, key) {
  const m = memberOf(root, key);
  return m?.value.type === "string" ? m.value.value : void 0;
}
function keyNames(root, key) {
  const m = memberOf(root, key);
  if (m?.value.type !== "object") return [];
  return [...new Set(m.value.members.map((member) => member.key.value))];
}
function parsePackageJson(source, environment) {
  const { root, errors } = parseJson(source.text);
  const parseErrors = [...errors];
  if (root && root.type !== "object") {
    parseErrors.push({ span: root.span, message: `package.json must contain a JSON object, not ${root.type === "array" ? "an array" : `a ${root.type}`}` });
  }
  const duplicates = allObjects(root).flatMap(duplicateMembers);
  for (const dup of duplicates.sort((a, b) => a.span.start - b.span.start)) {
    parseErrors.push({
      span: dup.key.span,
      message: `duplicate key ${JSON.stringify(dup.key.value)}: JSON.parse and npm keep only the last one`
    });
  }
  const scripts = [];
  const scriptsMember = memberOf(root, "scripts");
  if (scriptsMember && scriptsMember.value.type !== "object") {
    parseErrors.push({ span: scriptsMember.value.span, message: '"scripts" must be an object' });
  } else if (scriptsMember?.value.type === "object") {
    const members = scriptsMember.value.members;
    const lastIndex = new Map(members.map((m, i) => [m.key.value, i]));
    members.forEach((m, i) => {
      if (lastIndex.get(m.key.value) !== i) return;
      if (m.value.type !== "string") {
        parseErrors.push({ span: m.value.span, message: `script ${JSON.stringify(m.key.value)} must be a string` });
        return;
      }
      scripts.push({ name: m.key.value, nameSpan: m.key.span, command: m.value.text, valueSpan: m.value.span, span: m.span });
    });
  }
  let value;
  if (errors.length === 0) {
    try {
      value = JSON.parse(source.text);
    } catch {
      value = void 0;
    }
  }
  const tree = {
    scripts,
    dependencies: keyNames(root, "dependencies"),
    devDependencies: keyNames(root, "devDependencies"),
    value,
    json: root
  };
  const name = stringField(root, "name");
  if (name !== void 0) tree.name = name;
  const main = stringField(root, "main");
  if (main !== void 0) tree.main = main;
  parseErrors.sort((a, b) => a.span.start - b.span.start);
  return { kind: "packagejson", source, environment, tree, comments: [], logicalLines: [], parseErrors };
}
export {
  parsePackageJson
};
