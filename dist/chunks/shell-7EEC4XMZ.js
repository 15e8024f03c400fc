import { createRequire as __prodlintCreateRequire } from 'node:module';
const require = __prodlintCreateRequire(import.meta.url);
import {
  loadShellParser,
  parseShell
} from "./chunk-A2GNGOXE.js";
import "./chunk-JRU6JBKS.js";
import {
  backslashContinuations
} from "./chunk-LTDY7KON.js";
import {
  EmbeddedText
} from "./chunk-KBEDM6HO.js";
import "./chunk-AE5ZT5VE.js";

// src/parse/shell.ts
async function parseShellFile(source, environment) {
  await loadShellParser();
  const script = parseShell(EmbeddedText.verbatim(source.text, 0));
  return {
    kind: "shell",
    source,
    environment,
    tree: script,
    comments: script.comments,
    logicalLines: backslashContinuations(source),
    parseErrors: script.errors
  };
}
export {
  parseShellFile
};
