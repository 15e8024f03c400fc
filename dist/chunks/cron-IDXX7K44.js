import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  parseCronLines,
  shebangInterpreter
} from "./chunk-V66LVUJW.js";
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
import "./chunk-QJ2UYOSA.js";
import {
  EmbeddedText
} from "./chunk-IDQTMHCY.js";
import "./chunk-LCUPGGL7.js";

// src/parse/cron.ts
var SHELLS = /^(sh|bash|dash|ash|ksh|zsh)$/;
function cronFormatOf(rel) {
  if (/(^|\/)cron\.(hourly|daily|weekly|monthly)\/[^/]+$/.test(rel)) return "script";
  if (/(^|\/)cron\.d\/[^/]+$/.test(rel) || /(^|\/)etc\/crontab$/.test(rel)) return "system";
  return "user";
}
async function parseCron(source, environment) {
  const format = cronFormatOf(source.path);
  const base = { kind: "cron", source, environment };
  if (format === "script") {
    const interp = shebangInterpreter(source.text);
    if (interp && !SHELLS.test(interp)) return { ...base, tree: { format, entries: [], env: [] }, comments: [], logicalLines: [], parseErrors: [] };
    await loadShellParser();
    const script = withParseDeadline(() => parseShell(EmbeddedText.verbatim(source.text, 0)));
    return { ...base, tree: { format, entries: [], env: [], script }, comments: script.comments, logicalLines: backslashContinuations(source), parseErrors: script.errors };
  }
  const lines = parseCronLines(EmbeddedText.verbatim(source.text, 0), format);
  const comments = lines.comments.map((span) => ({ span, body: source.text.slice(span.start + 1, span.end), ownLine: true }));
  return { ...base, tree: { format, entries: lines.entries, env: lines.env }, comments, logicalLines: [], parseErrors: [] };
}
export {
  cronFormatOf,
  parseCron
};
