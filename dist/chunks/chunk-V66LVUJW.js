import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  lastSegment
} from "./chunk-QJ2UYOSA.js";
import {
  EmbeddedText
} from "./chunk-IDQTMHCY.js";

// src/cron/lines.ts
var NICKNAMES = /* @__PURE__ */ new Set(["@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]);
var FIELD = /^[0-9*][0-9*/,\-]*$|^[A-Za-z]{3}([,-][A-Za-z]{3})*$/;
var ENV = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]*=/;
var USER = /^[a-z_][a-z0-9_.-]*\$?$/;
function parseCronLines(host, format) {
  const out = { entries: [], env: [], comments: [] };
  const t = host.text;
  let lineStart = 0;
  while (lineStart <= t.length) {
    let lineEnd = t.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = t.length;
    parseLine(host, lineStart, t.endsWith("\r", lineEnd) && lineEnd > lineStart ? lineEnd - 1 : lineEnd, format, out);
    if (lineEnd === t.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
function parseLine(host, from, to, format, out) {
  const t = host.text;
  let i = from;
  while (i < to && (t[i] === " " || t[i] === "	")) i++;
  if (i >= to) return;
  if (t[i] === "#") {
    out.comments.push(host.spanToFile({ start: i, end: to }));
    return;
  }
  const line = t.slice(i, to);
  const env = ENV.exec(line);
  if (env && !/^[0-9*@]/.test(line)) {
    const name = env[1];
    let vStart = i + env[0].length;
    while (vStart < to && (t[vStart] === " " || t[vStart] === "	")) vStart++;
    let vEnd = to;
    while (vEnd > vStart && (t[vEnd - 1] === " " || t[vEnd - 1] === "	")) vEnd--;
    let value = t.slice(vStart, vEnd);
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
      value = value.slice(1, -1);
      vStart++;
      vEnd--;
    }
    out.env.push({ name, value, nameSpan: host.spanToFile({ start: i, end: i + name.length }), valueSpan: vEnd > vStart ? host.spanToFile({ start: vStart, end: vEnd }) : spanAt(host, vStart), span: host.spanToFile({ start: i, end: to }) });
    return;
  }
  const fields = [];
  let k = i;
  const wanted = t[i] === "@" ? 1 : 5;
  while (fields.length < wanted + 1 && k < to) {
    const s = k;
    while (k < to && t[k] !== " " && t[k] !== "	") k++;
    fields.push({ start: s, end: k });
    while (k < to && (t[k] === " " || t[k] === "	")) k++;
  }
  const time = fields.slice(0, wanted);
  if (time.length < wanted) return;
  if (wanted === 1 ? !NICKNAMES.has(t.slice(time[0].start, time[0].end)) : !time.every((f) => FIELD.test(t.slice(f.start, f.end)))) return;
  let cmdStart = fields[wanted]?.start;
  if (cmdStart === void 0) return;
  let user;
  const sixth = fields[wanted];
  const sixthText = t.slice(sixth.start, sixth.end);
  if (format === "system" && USER.test(sixthText) || sixthText === "root") {
    user = { value: sixthText, span: host.spanToFile(sixth) };
    cmdStart = sixth.end;
    while (cmdStart < to && (t[cmdStart] === " " || t[cmdStart] === "	")) cmdStart++;
    if (cmdStart >= to) return;
  }
  const command = commandText(host, cmdStart, to);
  const last = time[time.length - 1];
  out.entries.push({
    schedule: t.slice(time[0].start, last.end),
    scheduleSpan: host.spanToFile({ start: time[0].start, end: last.end }),
    ...user ? { user } : {},
    command,
    span: host.spanToFile({ start: i, end: to })
  });
}
function spanAt(host, i) {
  const o = host.toFile(i);
  return { start: o, end: o };
}
function commandText(host, from, to) {
  const t = host.text;
  const pieces = [];
  let segStart = from;
  let end = to;
  for (let k = from; k < to; k++) {
    if (t[k] === "\\" && t[k + 1] === "%") {
      push(pieces, host, segStart, k);
      segStart = k + 1;
      k++;
    } else if (t[k] === "%") {
      end = k;
      break;
    }
  }
  push(pieces, host, segStart, end);
  let text = pieces.map((p) => p.text).join("");
  let keep = text.length;
  while (keep > 0 && (text[keep - 1] === " " || text[keep - 1] === "	")) keep--;
  const trimmed = text.slice(0, keep);
  if (trimmed.length !== text.length) {
    let cut = text.length - trimmed.length;
    while (cut > 0 && pieces.length) {
      const p = pieces[pieces.length - 1];
      const n = Math.min(cut, p.text.length);
      pieces[pieces.length - 1] = { text: p.text.slice(0, p.text.length - n), fileOffset: p.fileOffset };
      cut -= n;
      if (!pieces[pieces.length - 1].text) pieces.pop();
    }
    text = trimmed;
  }
  if (!pieces.length) return EmbeddedText.verbatim("", host.toFile(from));
  return EmbeddedText.fromPieces(pieces);
}
function push(pieces, host, from, to) {
  let s = from;
  for (let k = from + 1; k <= to; k++) {
    if (k === to || host.toFile(k) !== host.toFile(k - 1) + 1) {
      if (k > s) pieces.push({ text: host.text.slice(s, k), fileOffset: host.toFile(s) });
      s = k;
    }
  }
}

// src/classify.ts
var SHELL_EXT = /\.(sh|bash)$/i;
var SYSTEMD_EXT = /\.(service|socket|timer|path|mount)(\.(sample|example|in|template|dist))?$/;
var TS_EXT = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
var COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
var DOCKERFILE_NAME = /^(Dockerfile|Containerfile)([.-][^/]*)?$|\.(Dockerfile|dockerfile|Containerfile)$/;
var SHELLS = /^(sh|bash|dash|ash|ksh|zsh)$/;
function kindByName(relPath) {
  const base = lastSegment(relPath);
  if (base === "package.json") return "packagejson";
  if (base === "Procfile" || base.startsWith("Procfile.")) return "procfile";
  if ((DOCKERFILE_NAME.test(base) || base === "dockerfile") && !base.endsWith(".dockerignore")) return "dockerfile";
  if (SYSTEMD_EXT.test(base)) return "systemd";
  if (isCronPath(relPath, base)) return "cron";
  if (/\.d\/[^/]+\.conf$/.test(relPath) && /\.(service|socket|timer|path|mount)\.d\//.test(relPath)) return "systemd";
  if (SHELL_EXT.test(base)) return "shell";
  if (base.endsWith(".py") || base.endsWith(".pyw")) return "python";
  if (TS_EXT.test(base) && !base.endsWith(".d.ts") && !base.endsWith(".d.mts") && !base.endsWith(".d.cts")) return "typescript";
  if (COMPOSE_NAME.test(base) && !isWorkflow(relPath)) return "compose";
  if (RAILWAY_NAME.test(base)) return "railway";
  if (FLY_NAME.test(base)) return "fly";
  if (RENDER_NAME.test(base)) return "render";
  if (base === "heroku.yml" || base === "heroku.yaml") return "heroku";
  return void 0;
}
var RAILWAY_NAME = /^railway(\.[^/]+)?\.(toml|json)$/;
var FLY_NAME = /^fly(\.[^/]+)?\.toml$/;
var RENDER_NAME = /^render(\.[^/]+)?\.ya?ml$/;
function looksLikeHerokuAppJson(text) {
  if (/"(expo|displayName)"\s*:/.test(text)) return false;
  return /"(formation|addons|buildpacks|stack|success_url|scripts)"\s*:/.test(text);
}
function isWorkflow(relPath) {
  return /(^|\/)\.github\//.test(relPath);
}
function shebangInterpreter(text) {
  if (!text.startsWith("#!")) return void 0;
  const eol = text.indexOf("\n");
  const line = (eol === -1 ? text.slice(2) : text.slice(2, eol)).trim();
  const parts = line.split(/\s+/);
  let prog = parts[0]?.split("/").pop() ?? "";
  if (prog === "env") prog = parts.slice(1).find((p) => !p.startsWith("-") && !p.includes("="))?.split("/").pop() ?? "";
  return prog || void 0;
}
function kindByContent(relPath, head) {
  const text = head.charCodeAt(0) === 65279 ? head.slice(1) : head;
  const interp = shebangInterpreter(text);
  if (interp) {
    if (SHELLS.test(interp)) return "shell";
    if (/^python[\d.]*$/.test(interp) || interp === "pypy3") return "python";
    if (interp === "node" || interp === "deno" || interp === "bun" || interp === "tsx" || interp === "ts-node") return "typescript";
    return void 0;
  }
  if (/\.ya?ml$/i.test(relPath) && !isWorkflow(relPath) && looksLikeCompose(text)) return "compose";
  if (lastSegment(relPath) === "app.json" && looksLikeHerokuAppJson(text)) return "heroku";
  if (/\.ya?ml$/i.test(relPath) && !isWorkflow(relPath) && looksLikeKubernetes(text)) return "kubernetes";
  return void 0;
}
function isCronPath(relPath, base) {
  if (base.startsWith(".") || isWorkflow(relPath)) return false;
  if (base === "crontab" || /\.(cron|crontab)$/.test(base)) return true;
  return /(^|\/)cron\.(d|hourly|daily|weekly|monthly)\/[^/]+$/.test(relPath) && !/\.(md|txt|rst)$/i.test(base);
}
function looksLikeKubernetes(text) {
  return /^\uFEFF?apiVersion:/m.test(text) && /^\uFEFF?kind:[ \t]*["']?(Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob)["']?[ \t]*(#.*)?\r?$/m.test(text);
}
function looksLikeCompose(text) {
  const m = /^services:[ \t]*(#.*)?$/m.exec(text);
  if (!m) return false;
  return /^[ \t]+(image|build):/m.test(text.slice(m.index));
}
function classify(relPath, head) {
  const byName = kindByName(relPath);
  if (byName === "systemd" && head.includes("[D-BUS Service]")) return void 0;
  return byName ?? kindByContent(relPath, head);
}

export {
  parseCronLines,
  kindByName,
  shebangInterpreter,
  looksLikeCompose,
  classify
};
