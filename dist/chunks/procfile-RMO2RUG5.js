import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  EmbeddedText
} from "./chunk-IDQTMHCY.js";
import "./chunk-LCUPGGL7.js";

// src/parse/procfile.ts
var PROCESS_LINE = /^([A-Za-z0-9_-]+):[ \t]*/;
function shellCommentStart(command) {
  let quote = "";
  for (let i = 0; i < command.length; i++) {
    const ch = command[i];
    if (quote === "'") {
      if (ch === "'") quote = "";
    } else if (ch === "\\") {
      i++;
    } else if (quote === '"') {
      if (ch === '"') quote = "";
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === "#" && (i === 0 || command[i - 1] === " " || command[i - 1] === "	")) {
      return i;
    }
  }
  return -1;
}
function parseProcfile(source, environment) {
  const text = source.text;
  const processes = [];
  const comments = [];
  const parseErrors = [];
  const seen = /* @__PURE__ */ new Map();
  for (let line = 1; line <= source.lineCount; line++) {
    const start = source.lineStart(line);
    const end = source.lineEnd(line);
    const content = text.slice(start, end);
    const firstVisible = content.search(/[^ \t]/);
    if (firstVisible === -1) continue;
    if (content[firstVisible] === "#") {
      comments.push({ span: { start: start + firstVisible, end }, body: content.slice(firstVisible + 1), ownLine: true });
      continue;
    }
    const lineSpan = { start: start + firstVisible, end: start + content.trimEnd().length };
    const m = PROCESS_LINE.exec(content);
    if (!m) {
      const why = firstVisible > 0 && PROCESS_LINE.test(content.slice(firstVisible)) ? "a process line must not be indented" : "expected 'name: command' (name made of letters, digits, '_' and '-')";
      parseErrors.push({ span: lineSpan, message: `${why}: foreman and honcho ignore this line` });
      continue;
    }
    const name = m[1];
    const commandStart = m[0].length;
    const commandEnd = content.trimEnd().length;
    if (commandEnd <= commandStart) {
      parseErrors.push({ span: lineSpan, message: `process ${JSON.stringify(name)} has no command` });
      continue;
    }
    const commandText = content.slice(commandStart, commandEnd);
    const process = {
      name,
      nameSpan: { start, end: start + name.length },
      command: EmbeddedText.verbatim(commandText, start + commandStart),
      commandSpan: { start: start + commandStart, end: start + commandEnd },
      span: { start, end: start + commandEnd }
    };
    const hash = shellCommentStart(commandText);
    if (hash !== -1) {
      comments.push({
        span: { start: start + commandStart + hash, end: start + commandEnd },
        body: commandText.slice(hash + 1),
        ownLine: false
      });
    }
    if (seen.has(name)) {
      parseErrors.push({ span: process.nameSpan, message: `process ${JSON.stringify(name)} is defined twice (honcho refuses this Procfile)` });
    }
    seen.set(name, process);
    processes.push(process);
  }
  return { kind: "procfile", source, environment, tree: { processes }, comments, logicalLines: [], parseErrors };
}
export {
  parseProcfile
};
