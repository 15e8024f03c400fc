import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  backslashContinuations
} from "./chunk-N7ZMGJDM.js";
import {
  loadShellParser,
  parseShell
} from "./chunk-ZDDLBS3N.js";
import {
  withParseDeadline
} from "./chunk-AVKV2H5N.js";
import "./chunk-A2IITP4I.js";
import {
  EmbeddedText
} from "./chunk-IDQTMHCY.js";
import "./chunk-LCUPGGL7.js";

// src/parse/shell.ts
async function parseShellFile(source, environment) {
  await loadShellParser();
  const script = withParseDeadline(() => parseShell(EmbeddedText.verbatim(source.text, 0)));
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
