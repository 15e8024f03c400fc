#!/usr/bin/env node
import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  CARRIER_KINDS,
  CONFIG_FILE_NAMES,
  ConfigError,
  DEFAULT_VENDOR_DIRS,
  KINDS,
  MissingPathError,
  PL,
  SEVERITY_RANK,
  TriggerMemo,
  allRules,
  analyzeFile,
  buildProject,
  closest,
  defaultConfig,
  directiveMatches,
  discover,
  diskInputsHold,
  dockerfileOfImage,
  dockerfilesNamedByCompose,
  environmentOf,
  errorText,
  explainPaths,
  explanationText,
  extractFacts,
  filePlan,
  findRoot,
  formatMessage,
  kindReason,
  loadSettings,
  makeFinding,
  parseFile,
  parseRuleFlag,
  parseSize,
  parserReady,
  platformImageRuns,
  raised,
  readText,
  recordDisk,
  resolveImageEntrypoints,
  ruleTriggered,
  rulesNamed,
  selectorProblem,
  servicesBuilding,
  setStandIn,
  skipDirsWith,
  toRel
} from "./chunks/chunk-3RTMTPDP.js";
import {
  classify,
  kindByName
} from "./chunks/chunk-V66LVUJW.js";
import "./chunks/chunk-H77UUU3J.js";
import "./chunks/chunk-DQM4WAGX.js";
import "./chunks/chunk-ZPAVGACF.js";
import "./chunks/chunk-4MLT5KOZ.js";
import "./chunks/chunk-ZUQH5UIM.js";
import "./chunks/chunk-N7ZMGJDM.js";
import "./chunks/chunk-CO6ODVKD.js";
import "./chunks/chunk-ZDDLBS3N.js";
import {
  setParseBudget
} from "./chunks/chunk-AVKV2H5N.js";
import "./chunks/chunk-A2IITP4I.js";
import {
  SourceFile
} from "./chunks/chunk-RYID3A3E.js";
import "./chunks/chunk-SSERXI7C.js";
import {
  getPair,
  getPath,
  nodeSpan,
  scalarString
} from "./chunks/chunk-S5IXN3TF.js";
import "./chunks/chunk-5RMFBIH2.js";
import "./chunks/chunk-QJ2UYOSA.js";
import "./chunks/chunk-IDQTMHCY.js";
import "./chunks/chunk-LCUPGGL7.js";

// src/cli.ts
import { parseArgs } from "node:util";
import { appendFileSync, existsSync, readFileSync as readFileSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { join as join4, relative as relative2, resolve as resolve5 } from "node:path";

// src/baseline.ts
import { readFileSync } from "node:fs";
var BASELINE_FILE = ".prodlint-baseline.json";
var NOT_BASELINED = /* @__PURE__ */ new Set(["PL000", "PL001"]);
function baselinable(f) {
  return !NOT_BASELINED.has(f.ruleId) && f.fingerprint !== "";
}
function emptyBaseline() {
  return { version: 2, files: {}, unattributed: {} };
}
function baselineSize(b) {
  const sum = (c) => Object.values(c).reduce((a, n) => a + n, 0);
  return Object.values(b.files).reduce((a, c) => a + sum(c), sum(b.unattributed));
}
function add(b, path, fp, n = 1) {
  const counts = b.files[path] ??= {};
  counts[fp] = (counts[fp] ?? 0) + n;
}
function createBaseline(findings) {
  const b = emptyBaseline();
  for (const f of findings) if (baselinable(f)) add(b, f.path, f.fingerprint);
  return b;
}
function serializeBaseline(b) {
  const files = {};
  for (const path of Object.keys(b.files).sort()) {
    if (Object.keys(b.files[path]).length > 0) files[path] = sortedRecord(b.files[path]);
  }
  const legacy = Object.keys(b.unattributed).length > 0 ? { unattributed: sortedRecord(b.unattributed) } : {};
  return `${JSON.stringify({ version: 2, files, ...legacy }, null, 2)}
`;
}
function sortedRecord(counts) {
  const out = {};
  for (const key of Object.keys(counts).sort()) out[key] = counts[key];
  return out;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parseBaseline(text, name) {
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { error: `${name}: not valid JSON (${err.message.split("\n")[0]})` };
  }
  if (!isObject(data)) return { error: `${name}: expected an object with "version" and "files"` };
  const counts = (value, what) => {
    if (!isObject(value)) return `${name}: ${what} must be an object of fingerprint -> count`;
    const out = {};
    for (const [key, n] of Object.entries(value)) {
      if (key === "" || typeof n !== "number" || !Number.isInteger(n) || n < 1) {
        return `${name}: fingerprint ${JSON.stringify(key)} must map to a positive whole count, got ${JSON.stringify(n)}`;
      }
      Object.defineProperty(out, key, { value: n, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const b = emptyBaseline();
  if (data.version === 1) {
    const fps = counts(data.fingerprints, '"fingerprints"');
    if (typeof fps === "string") return { error: fps };
    b.unattributed = fps;
    return { baseline: b };
  }
  if (data.version !== 2) return { error: `${name}: unsupported baseline version ${JSON.stringify(data.version)} (expected 2, or 1 from older releases)` };
  if (!isObject(data.files)) return { error: `${name}: "files" must be an object of path -> { fingerprint: count }` };
  for (const [path, value] of Object.entries(data.files)) {
    const c = counts(value, `files[${JSON.stringify(path)}]`);
    if (typeof c === "string") return { error: c };
    Object.defineProperty(b.files, path, { value: c, enumerable: true, writable: true, configurable: true });
  }
  if (data.unattributed !== void 0) {
    const c = counts(data.unattributed, '"unattributed"');
    if (typeof c === "string") return { error: c };
    b.unattributed = c;
  }
  return { baseline: b };
}
function readBaseline(path, name = path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = err.code;
    return { error: code === "ENOENT" ? `baseline file not found: ${name} (create it with prodlint baseline)` : `${name}: could not be read (${code ?? String(err)})` };
  }
  return parseBaseline(text, name);
}
function matchBaseline(findings, baseline, scope) {
  const own = emptyBaseline();
  const matched = emptyBaseline();
  const matchedLegacy = {};
  const kept = [];
  let baselined = 0;
  const recorded = (c, fp) => c && Object.hasOwn(c, fp) ? c[fp] : 0;
  for (const f of findings) {
    const fp = f.fingerprint;
    const file = Object.hasOwn(baseline.files, f.path) ? baseline.files[f.path] : void 0;
    if (baselinable(f) && recorded(own.files[f.path], fp) < recorded(file, fp)) add(own, f.path, fp);
    else if (baselinable(f) && recorded(matchedLegacy, fp) < recorded(baseline.unattributed, fp)) matchedLegacy[fp] = recorded(matchedLegacy, fp) + 1;
    else {
      kept.push(f);
      continue;
    }
    add(matched, f.path, fp);
    baselined++;
  }
  let staleCount = 0;
  for (const [path, counts] of Object.entries(baseline.files)) {
    if (scope && !scope.has(path)) continue;
    for (const [fp, n] of Object.entries(counts)) staleCount += n - recorded(own.files[path], fp);
  }
  if (!scope) for (const [fp, n] of Object.entries(baseline.unattributed)) staleCount += n - recorded(matchedLegacy, fp);
  return { kept, baselined, matched, matchedLegacy, staleCount };
}
function outsideScope(baseline, m, scope) {
  const out = emptyBaseline();
  if (!scope) return out;
  for (const [path, counts] of Object.entries(baseline.files)) if (!scope.has(path)) out.files[path] = { ...counts };
  for (const [fp, n] of Object.entries(baseline.unattributed)) {
    const left = n - (m.matchedLegacy[fp] ?? 0);
    if (left > 0) out.unattributed[fp] = left;
  }
  return out;
}
function merged(a, b) {
  const out = emptyBaseline();
  for (const part of [a, b]) {
    for (const [path, counts] of Object.entries(part.files)) for (const [fp, n] of Object.entries(counts)) add(out, path, fp, n);
    for (const [fp, n] of Object.entries(part.unattributed)) out.unattributed[fp] = (out.unattributed[fp] ?? 0) + n;
  }
  return out;
}
function rewriteBaseline(existing, findings, scope) {
  const fresh = createBaseline(findings);
  if (!existing) return { baseline: fresh, kept: 0 };
  const outside = outsideScope(existing, matchBaseline(findings, existing, scope), scope);
  return { baseline: merged(outside, fresh), kept: baselineSize(outside) };
}
function pruneBaseline(baseline, findings, scope) {
  const m = matchBaseline(findings, baseline, scope);
  return { baseline: merged(outsideScope(baseline, m, scope), m.matched), removed: m.staleCount };
}
function applyBaseline(result, baseline, name, scope) {
  const m = matchBaseline(result.findings, baseline, scope);
  const notices = [...result.notices];
  const n = m.staleCount;
  if (n > 0) {
    const where = scope ? ` in the files linted` : "";
    notices.push({
      level: "warning",
      id: "baseline-stale",
      message: `${name}: ${n} baselined finding${n === 1 ? "" : "s"}${where} no longer occur${n === 1 ? "s" : ""} (fixed or changed); remove ${n === 1 ? "it" : "them"} with prodlint baseline --prune`
    });
  }
  return { ...result, findings: m.kept, notices, stats: { ...result.stats, baselined: result.stats.baselined + m.baselined } };
}

// src/snapshot.ts
import { createHash } from "node:crypto";
import { resolve } from "node:path";
function coversRoot(paths, cwd, root) {
  const want = resolve(root);
  return (paths.length ? paths : ["."]).some((p) => resolve(cwd, p) === want);
}
function treeSignatureOf(files, run2, perFile) {
  const h = createHash("sha1").update(JSON.stringify(run2));
  const sorted2 = [...files].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  for (const f of sorted2) h.update(`
${f.rel}\0${f.hash ?? "-"}\0${f.kind ?? ""}${perFile ? `\0${perFile(f)}` : ""}`);
  return h.digest("hex");
}

// src/run-scope.ts
function runScope(result, paths, cwd, sharded) {
  if (!sharded && coversRoot(paths, cwd, result.root)) return void 0;
  return /* @__PURE__ */ new Set([...result.linted ?? [], ...result.findings.map((f) => f.path)]);
}

// src/changed.ts
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve as resolve2, sep } from "node:path";
var GitError = class extends Error {
  constructor(message, status, stderr) {
    super(message);
    this.status = status;
    this.stderr = stderr;
  }
  status;
  stderr;
};
var GIT_CONFIG = ["-c", "core.quotePath=false", "-c", "core.fsmonitor=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "-c", "color.ui=false"];
function git(cwd, args) {
  try {
    return execFileSync("git", [...GIT_CONFIG, ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 1024 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" }
    });
  } catch (err) {
    const e = err;
    if (e.code === "ENOENT") throw new GitError("--changed-since needs git, and git was not found on PATH", null, "");
    throw new GitError(firstLine(e.stderr ?? "") || e.message, e.status ?? null, e.stderr ?? "");
  }
}
function firstLine(s) {
  return s.trim().split("\n")[0]?.trim() ?? "";
}
function changedSince(ref, cwd) {
  if (ref === "" || ref.startsWith("-")) return { error: `--changed-since needs a git ref or commit, got "${ref}"` };
  try {
    let toplevel;
    try {
      toplevel = git(cwd, ["rev-parse", "--show-toplevel"]).trim();
    } catch (err) {
      if (err instanceof GitError && err.status === null) throw err;
      return { error: `--changed-since needs a git repository, and ${cwd} is not inside one` };
    }
    const shallow = git(toplevel, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
    const fetchHint = "fetch the history back to where HEAD branched off (git fetch --unshallow, or actions/checkout with fetch-depth: 0)";
    let target;
    try {
      target = git(toplevel, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
    } catch {
      return shallow ? { error: `--changed-since: "${ref}" is not in this shallow clone; fetch it and ${fetchHint}` } : { error: `--changed-since: unknown revision "${ref}" (fetch it first if it is a remote branch or commit)` };
    }
    try {
      git(toplevel, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    } catch {
      return { error: "--changed-since: HEAD has no commit yet, so there is no merge base to compare with" };
    }
    let base;
    try {
      base = git(toplevel, ["merge-base", target, "HEAD"]).trim().split("\n")[0];
    } catch {
      return shallow ? { error: `--changed-since: this shallow clone does not contain the merge base of "${ref}" and HEAD; ${fetchHint}` } : { error: `--changed-since: "${ref}" and HEAD have no common ancestor` };
    }
    const diffOptions = ["--no-color", "--no-ext-diff", "--no-textconv", "--find-renames", "--ignore-submodules", "--no-relative"];
    const status = git(toplevel, ["diff", "--name-status", "-z", ...diffOptions, base, "--"]);
    const patch = git(toplevel, ["diff", "-U0", "--src-prefix=a/", "--dst-prefix=b/", ...diffOptions, base, "--"]);
    const untracked = git(toplevel, ["ls-files", "--others", "--exclude-standard", "-z"]);
    return { changes: buildChangeSet(ref, base, toplevel, parseNameStatus(status), parseHunks(patch), untracked.split("\0").filter((p) => p !== "")) };
  } catch (err) {
    if (err instanceof GitError) return { error: `--changed-since: ${err.message}` };
    return { error: `--changed-since: ${err instanceof Error ? err.message : String(err)}` };
  }
}
function parseNameStatus(z) {
  const parts = z.split("\0");
  const out = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = parts[i++] ?? "";
      const path = parts[i++] ?? "";
      out.push({ status: status[0], path, from });
    } else out.push({ status: status[0], path: parts[i++] ?? "" });
  }
  return out;
}
function parseHunks(patch) {
  const files = /* @__PURE__ */ new Map();
  let current;
  let key;
  const rekey = (path) => {
    if (!current) return;
    if (key !== void 0) files.delete(key);
    key = path;
    files.set(path, current);
  };
  for (const line of patch.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = { added: [], deletions: [], binary: false };
      key = void 0;
      const path = pathOfDiffHeader(line.slice("diff --git ".length));
      if (path !== void 0) rekey(path);
    } else if (!current) {
      continue;
    } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
      rekey(unquote(line.slice(line.indexOf(" to ") + 4)));
    } else if (line.startsWith("+++ ")) {
      const path = unquote(line.slice(4));
      if (path !== "/dev/null") rekey(stripPrefix(path, "b/"));
    } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
      current.binary = true;
    } else if (line.startsWith("@@")) {
      const m = /^@@+ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === void 0 ? 1 : Number(m[2]);
      if (count > 0) current.added.push({ first: start, last: start + count - 1 });
      else current.deletions.push(start);
    }
  }
  return files;
}
function pathOfDiffHeader(rest) {
  const quoted = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*")$/.exec(rest);
  if (quoted) {
    const a = stripPrefix(unquote(quoted[1]), "a/");
    const b = stripPrefix(unquote(quoted[2]), "b/");
    return a === b ? b : void 0;
  }
  if ((rest.length - 5) % 2 !== 0 || !rest.startsWith("a/")) return void 0;
  const len = (rest.length - 5) / 2;
  const path = rest.slice(2, 2 + len);
  return rest.slice(2 + len) === ` b/${path}` ? path : void 0;
}
function stripPrefix(path, prefix) {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
function unquote(text) {
  const s = text.replace(/\t$/, "");
  if (!s.startsWith('"') || !s.endsWith('"') || s.length < 2) return s;
  const bytes = [];
  const body = s.slice(1, -1);
  const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))[0];
      bytes.push(parseInt(oct, 8));
      i += oct.length;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i++;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function buildChangeSet(ref, base, toplevel, statuses, hunks, untracked) {
  const files = /* @__PURE__ */ new Map();
  const deleted = [];
  const STATUS = { A: "added", M: "modified", R: "renamed", C: "copied", T: "type-changed" };
  for (const s of statuses) {
    if (s.status === "D") {
      deleted.push(s.path);
      continue;
    }
    const status = STATUS[s.status] ?? "modified";
    const h = hunks.get(s.path);
    const whole = status === "added" || status === "copied" || status === "type-changed" || h === void 0 || h.binary;
    files.set(s.path, { path: s.path, status, ...s.from !== void 0 ? { from: s.from } : {}, whole, added: h?.added ?? [], deletions: h?.deletions ?? [] });
  }
  for (const path of untracked) files.set(path, { path, status: "untracked", whole: true, added: [], deletions: [] });
  return { ref, base, toplevel, files, deleted: deleted.sort() };
}
function touches(change, first, last) {
  if (change.whole) return true;
  if (change.added.some((r) => r.first <= last && r.last >= first)) return true;
  return change.deletions.some((after) => after >= first && after + 1 <= last);
}
function filterToChanges(result, changes, fileLevel) {
  const byRel = rebase(changes, result.root);
  const touched = (path, first, last) => {
    const c = byRel.get(path);
    return c !== void 0 && touches(c, first, last);
  };
  const keep = (f) => byRel.has(f.path) && fileLevel(f.ruleId) || touched(f.path, f.start.line, endLine(f.start, f.end)) || f.related.some((r) => touched(r.path, r.start.line, endLine(r.start, r.end)));
  const findings = result.findings.filter(keep);
  const dropped = result.findings.length - findings.length;
  const notices = result.notices.filter((n) => n.path === void 0 || byRel.has(n.path));
  const short = changes.base.slice(0, 12);
  notices.push({
    level: "note",
    id: "changed-since",
    message: `diff mode: ${changes.files.size} file${changes.files.size === 1 ? "" : "s"} changed since ${short} (merge base of ${changes.ref}); ${dropped} finding${dropped === 1 ? "" : "s"} on unchanged lines not shown`
  });
  return { ...result, findings, notices };
}
function endLine(start, end) {
  return end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
}
function rebase(changes, root) {
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve2(p);
    }
  };
  const top = real(changes.toplevel);
  const runRoot = real(root);
  const out = /* @__PURE__ */ new Map();
  for (const [path, change] of changes.files) {
    const rel = relative(runRoot, join(top, path));
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
    out.set(sep === "/" ? rel : rel.split(sep).join("/"), change);
  }
  return out;
}

// src/init.ts
import { closeSync, openSync, readSync } from "node:fs";

// src/version.ts
var VERSION = "0.1.0";
var RELEASE_TAG = `v${VERSION}`;

// src/docs.ts
var REPOSITORY_URL = "https://github.com/prodlint/prodlint";
var RULES_DOC_URL = `${REPOSITORY_URL}/blob/${RELEASE_TAG}/rules/README.md`;
var KIND_LABELS = {
  shell: "shell",
  dockerfile: "Dockerfile",
  compose: "compose",
  systemd: "systemd",
  procfile: "Procfile",
  packagejson: "package.json",
  python: "Python",
  typescript: "TypeScript/JavaScript",
  kubernetes: "Kubernetes",
  cron: "crontab",
  railway: "Railway",
  fly: "Fly.io",
  render: "Render",
  heroku: "Heroku"
};
var KIND_FENCE_LANGUAGE = {
  shell: "sh",
  dockerfile: "dockerfile",
  compose: "yaml",
  systemd: "ini",
  procfile: "text",
  packagejson: "json",
  python: "python",
  typescript: "ts",
  kubernetes: "yaml",
  cron: "text",
  railway: "toml",
  fly: "toml",
  render: "yaml",
  heroku: "json"
};
function ruleHeading(rule) {
  return `${rule.id} ${rule.name}`;
}
function headingAnchor(heading) {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}
function ruleAnchor(rule) {
  return headingAnchor(ruleHeading(rule));
}
function ruleHelpUri(rule) {
  return `${RULES_DOC_URL}#${ruleAnchor(rule)}`;
}
function kindsLabel(kinds) {
  if (kinds.length === 0 || KINDS.every((k) => kinds.includes(k))) return "any file";
  return kinds.map((k) => KIND_LABELS[k] ?? String(k)).join(", ");
}
function fenceFor(code) {
  let longest = 0;
  for (const run2 of code.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  return "`".repeat(Math.max(3, longest + 1));
}
function inlineCode(value) {
  let longest = 0;
  for (const run2 of value.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const ticks = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${ticks}${pad}${value}${pad}${ticks}`;
}
function showValue(value) {
  try {
    const json = JSON.stringify(value);
    return json === void 0 ? String(value) : json;
  } catch {
    return String(value);
  }
}
function optionEntries(rule) {
  const options = rule.options;
  if (options === null || typeof options !== "object") return [];
  return Object.keys(options).sort().map((key) => [key, showValue(options[key])]);
}
function sentence(text) {
  const t = text.trim();
  return t === "" || /[.!?:]$/.test(t) ? t : `${t}.`;
}
function trimBlock(text) {
  return (text ?? "").replace(/\r\n?/g, "\n").replace(/^\n+|\s+$/g, "");
}
function metaFacts(rule) {
  return [
    ["Severity", rule.severity],
    ["Category", rule.category],
    ["Applies to", kindsLabel(rule.kinds ?? [])],
    ["Production only", rule.productionOnly ? "yes" : "no"]
  ];
}
function renderRuleMarkdown(rule, headingLevel = 3) {
  const level = Math.min(6, Math.max(1, Math.trunc(headingLevel) || 1));
  const h = "#".repeat(level);
  const sub = "#".repeat(Math.min(6, level + 1));
  const docs = rule.docs;
  const out = [];
  const section = (title, body) => {
    if (body === "") return;
    out.push(`${sub} ${title}`, "", body, "");
  };
  const snippet = (title, ex) => {
    if (!ex || trimBlock(ex.code) === "") return;
    const code = trimBlock(ex.code);
    const fence = fenceFor(code);
    const lang = KIND_FENCE_LANGUAGE[ex.kind] ?? "";
    const caption = ex.path ? `${inlineCode(ex.path)}:

` : "";
    const others = (ex.others ?? []).map((o) => {
      const c = trimBlock(o.code);
      const f = fenceFor(c);
      return `

${inlineCode(o.path)}:

${f}${KIND_FENCE_LANGUAGE[o.kind] ?? ""}
${c}
${f}`;
    });
    section(title, `${caption}${fence}${lang}
${code}
${fence}${others.join("")}`);
  };
  out.push(`${h} ${ruleHeading(rule)}`, "");
  out.push(metaFacts(rule).map(([k, v]) => `**${k}:** ${v}`).join(" \xB7 "), "");
  const summary = sentence(docs?.summary ?? "");
  if (summary !== "") out.push(summary, "");
  section("What it does", trimBlock(docs?.what));
  section("Why it matters", trimBlock(docs?.why));
  snippet("Example", docs?.example);
  snippet("Fix", docs?.fix);
  const refs = (docs?.references ?? []).filter((r) => r.trim() !== "");
  section("References", refs.map((r) => `- ${/^https?:\/\/\S+$/.test(r) ? `<${r}>` : r}`).join("\n"));
  const options = optionEntries(rule);
  if (options.length > 0) {
    const rows = options.map(([k, v]) => `| ${inlineCode(k)} | ${inlineCode(v).replace(/\|/g, "\\|")} |`);
    section("Options", ["| Option | Default |", "| --- | --- |", ...rows].join("\n"));
  }
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}
function markdownToPlain(markdown) {
  return markdown.replace(/\r\n?/g, "\n").replace(
    /\[([^\]\n]+)\]\(([^)\s]+)\)/g,
    (_m, text, url) => text === url ? url : `${text} (${url})`
  ).replace(/<(https?:\/\/[^>\s]+)>/g, "$1").replace(/\*\*([^*\n]+)\*\*/g, "$1").replace(/__([^_\n]+)__/g, "$1");
}
function indent(text, by) {
  return text.split("\n").map((line) => line === "" ? "" : by + line).join("\n");
}
function renderRuleText(rule) {
  const docs = rule.docs;
  const out = [];
  const section = (title, body) => {
    if (body === "") return;
    out.push(title, body, "");
  };
  const snippet = (title, ex) => {
    const code = trimBlock(ex?.code);
    if (!ex || code === "") return;
    section(`${title} (${ex.path ?? KIND_LABELS[ex.kind] ?? ex.kind})`, indent(code, "    "));
    for (const o of ex.others ?? []) section(`  ${o.path}:`, indent(trimBlock(o.code), "    "));
  };
  out.push(ruleHeading(rule));
  out.push(metaFacts(rule).map(([k, v]) => `${k}: ${v}`).join(" \xB7 "), "");
  const summary = sentence(docs?.summary ?? "");
  if (summary !== "") out.push(summary, "");
  section("What it does", indent(markdownToPlain(trimBlock(docs?.what)), "  "));
  section("Why it matters", indent(markdownToPlain(trimBlock(docs?.why)), "  "));
  snippet("Example", docs?.example);
  snippet("Fix", docs?.fix);
  const refs = (docs?.references ?? []).filter((r) => r.trim() !== "");
  section("References", refs.map((r) => `  - ${markdownToPlain(r)}`).join("\n"));
  const options = optionEntries(rule);
  section("Options (defaults)", options.map(([k, v]) => `  ${k}: ${v}`).join("\n"));
  out.push(`More: ${ruleHelpUri(rule)}`);
  return `${out.join("\n")}
`;
}

// src/rule-families.ts
var RULE_FAMILIES = [
  { prefix: "SH", title: "commands and environment", tag: "commands" },
  { prefix: "DF", title: "Dockerfile", tag: "dockerfile" },
  { prefix: "DC", title: "compose", tag: "compose" },
  { prefix: "SD", title: "systemd", tag: "systemd" },
  { prefix: "PF", title: "platforms and orchestrators", tag: "platforms" },
  { prefix: "PY", title: "Python", tag: "python" },
  { prefix: "TS", title: "TypeScript and JavaScript", tag: "typescript" },
  { prefix: "PL", title: "prodlint itself", tag: "prodlint" }
];
function familyOfId(id) {
  return RULE_FAMILIES.find((f) => id.startsWith(f.prefix));
}
function familyIndex(id) {
  const i = RULE_FAMILIES.findIndex((f) => id.startsWith(f.prefix));
  return i === -1 ? RULE_FAMILIES.length : i;
}

// src/finding-dirs.ts
var MANY_FINDINGS = 30;
var MIN_SHARE = 0.1;
var MAX_DIRS = 3;
function topDirectories(findings, min = MANY_FINDINGS) {
  const relevant = findings.filter((f) => !f.ruleId.startsWith("PL") && f.path.includes("/"));
  if (findings.length < min || relevant.length === 0) return [];
  const count = (depth, within) => {
    const m = /* @__PURE__ */ new Map();
    for (const f of relevant) {
      if (within && !f.path.startsWith(within)) continue;
      const parts = f.path.split("/");
      if (parts.length <= depth) continue;
      const dir = `${parts.slice(0, depth).join("/")}/`;
      m.set(dir, (m.get(dir) ?? 0) + 1);
    }
    return m;
  };
  let counts = count(1);
  const first = sorted(counts)[0];
  let top = first;
  for (let depth = 2; first && top && top.findings > relevant.length * 0.6; depth++) {
    const deeper = count(depth, top.dir);
    if (deeper.size === 0) break;
    if (deeper.size > 1) {
      counts.delete(first.dir);
      counts = new Map([...counts, ...deeper]);
      break;
    }
    top = sorted(deeper)[0];
  }
  return sorted(counts).filter((d) => d.findings >= findings.length * MIN_SHARE).slice(0, MAX_DIRS);
}
function sorted(m) {
  return [...m].map(([dir, findings]) => ({ dir, findings })).sort((a, b) => b.findings - a.findings || (a.dir < b.dir ? -1 : 1));
}

// src/init.ts
var DEV_LIKE = /* @__PURE__ */ new Set(["fixtures", "fixture", "samples", "sample", "sandbox", "playground", "scratch", "bench", "benchmark", "benchmarks", "mocks", "mock", "stubs", "demo", "demos", "local"]);
var VENDOR_LIKE = /* @__PURE__ */ new Set(["vendor", "vendored", "third_party", "third-party", "thirdparty", "external", "extern", "bower_components"]);
async function surveyRepository(root) {
  const files = await discover(["."], root, root, () => false, skipDirsWith([]));
  const skipped = new Set(DEFAULT_VENDOR_DIRS);
  const kinds = /* @__PURE__ */ new Map();
  const devFiles = [];
  const devCounts = /* @__PURE__ */ new Map();
  const vendorCounts = /* @__PURE__ */ new Map();
  for (const f of files) {
    const kind = kindByName(f.rel) ?? classify(f.rel, readHead(f.abs));
    if (!kind) continue;
    const vendor = dirNamed(f.rel, VENDOR_LIKE);
    const skip = dirNamed(f.rel, skipped);
    if (!skip) {
      const list = kinds.get(kind);
      if (list) list.push(f.rel);
      else kinds.set(kind, [f.rel]);
    }
    if (skip || vendor) {
      const dir = skip && (!vendor || skip.length <= vendor.length) ? skip : vendor;
      vendorCounts.set(dir, (vendorCounts.get(dir) ?? 0) + 1);
      continue;
    }
    if (environmentOf(f.rel, defaultConfig()) === "development") {
      devFiles.push(f.rel);
      continue;
    }
    const dev = dirNamed(f.rel, DEV_LIKE);
    if (dev) devCounts.set(dev, (devCounts.get(dev) ?? 0) + 1);
  }
  const counted = (m) => [...m].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([dir, n]) => ({ dir, files: n }));
  const vendorDirs = counted(vendorCounts).map((v) => skipped.has(lastDir(v.dir)) ? { ...v, skipped: true } : v);
  return { kinds, devFiles, devCandidates: counted(devCounts), vendorDirs };
}
function lastDir(dir) {
  return dir.slice(0, -1).split("/").pop();
}
function dirNamed(rel, names) {
  const parts = rel.split("/");
  for (let i = 0; i < parts.length - 1; i++) if (names.has(parts[i].toLowerCase())) return `${parts.slice(0, i + 1).join("/")}/`;
  return void 0;
}
function readHead(abs) {
  let fd;
  try {
    fd = openSync(abs, "r");
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n);
    return head.includes(0) ? "" : head.toString("utf8");
  } catch {
    return "";
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
var MAX_LISTED = 10;
function renderInitConfig(survey, rules) {
  const out = [];
  const found = KINDS.filter((k) => survey.kinds.has(k));
  const missing = KINDS.filter((k) => !survey.kinds.has(k));
  out.push(
    "# prodlint configuration, written by `prodlint init`. Every key is optional; edit freely.",
    "# Reference: https://github.com/prodlint/prodlint#configuration",
    "#",
    "# To adopt prodlint without fixing everything first, accept today's findings and fail only on new",
    "# ones:  prodlint baseline   then   prodlint --baseline .prodlint-baseline.json",
    "#"
  );
  if (found.length === 0) out.push("# No files prodlint lints were found.");
  else {
    out.push("# Files found, by kind:");
    const width = Math.max(...found.map((k) => KIND_LABELS[k].length));
    for (const k of found) {
      const files = survey.kinds.get(k);
      out.push(`#   ${KIND_LABELS[k].padEnd(width)}  ${String(files.length).padStart(4)}  e.g. ${files.slice(0, 3).join(", ")}`);
    }
  }
  if (missing.length) out.push(`# Not found: ${missing.map((k) => KIND_LABELS[k]).join(", ")}.`);
  out.push("");
  out.push(
    "# Rules at their default severities: set one to off, note, warning or error (by id or name).",
    "# Rules for kinds this repository does not have are commented out. `prodlint explain ID` tells",
    "# the full story of a rule.",
    "rules:"
  );
  const ordered = [...rules].sort((a, b) => familyIndex(a.id) - familyIndex(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let family = "";
  for (const r of ordered) {
    const f = r.id.slice(0, 2);
    if (f !== family) {
      family = f;
      const title = familyOfId(r.id)?.title ?? f;
      out.push(`  # ${f}: ${title}`);
    }
    const applies = r.kinds.some((k) => survey.kinds.has(k));
    const entry = `${r.id}: ${r.severity}`.padEnd(15);
    const note = `${r.name}: ${r.docs.summary}`.replace(/[\r\n]+/g, " ");
    out.push(applies ? `  ${entry}  # ${note}` : `  # ${entry}# ${note}`);
  }
  out.push("");
  out.push("# Development files: production-only rules skip them.");
  if (survey.devFiles.length) {
    out.push("# These files already match the built-in development paths (tests, docs, examples, *.dev.*,", "# compose overrides, ...):");
    for (const f of survey.devFiles.slice(0, MAX_LISTED)) out.push(`#   ${f}`);
    if (survey.devFiles.length > MAX_LISTED) out.push(`#   ... and ${survey.devFiles.length - MAX_LISTED} more`);
  }
  const byFindings = (survey.findingDirs ?? []).filter((d) => !survey.devCandidates.some((c) => c.dir === d.dir));
  if (survey.devCandidates.length || byFindings.length) {
    const what = byFindings.length ? "These directories look like development, or produce most findings" : "These directories look like development too";
    out.push(`# ${what}; uncomment the ones that are never deployed:`, "# dev-paths:");
    for (const c of survey.devCandidates) out.push(`#   - ${yamlString(c.dir)}  # ${c.files} file${c.files === 1 ? "" : "s"}`);
    for (const d of byFindings) out.push(`#   - ${yamlString(d.dir)}  # ${d.findings} finding${d.findings === 1 ? "" : "s"}`);
  } else {
    out.push("# dev-paths:", "#   - deploy/staging/**");
  }
  out.push("# Files under a development path that are deployed after all:", "# production-paths:", "#   - docs/deploy/**", "");
  const plural3 = (n) => `${n} file${n === 1 ? "" : "s"}`;
  const defaultSkips = survey.vendorDirs.filter((v) => v.skipped);
  const otherVendored = survey.vendorDirs.filter((v) => !v.skipped);
  out.push(`# Vendored code: directories named ${DEFAULT_VENDOR_DIRS.join(", ")} are never walked, like`, "# node_modules (a directory named on the command line still is).");
  if (defaultSkips.length) {
    out.push(`# Skipped here: ${defaultSkips.map((v) => `${v.dir} (${plural3(v.files)})`).join(", ")}. To lint them after all:`);
  } else out.push("# To lint them after all, or to skip other names:");
  out.push("# vendor-dirs: []", "");
  out.push("# Never linted (on top of .gitignore and .prodlintignore):");
  if (otherVendored.length) {
    out.push("# vendored code found; uncomment to skip it:", "# ignore:");
    for (const v of otherVendored) out.push(`#   - ${yamlString(v.dir)}  # ${plural3(v.files)}`);
  } else {
    out.push("# ignore:", '#   - "**/*.generated.sh"');
  }
  out.push(
    "",
    "# Files prodlint does not recognise by name or shebang:",
    "# kinds:",
    '#   "bin/serve": shell',
    "",
    "# A suppression comment must say why (prodlint-disable-next-line SH001 -- reason):",
    "# require-reason: true",
    "",
    "# Larger files are skipped with a notice:",
    "# max-file-size: 1MiB"
  );
  return `${out.join("\n")}
`;
}
function yamlString(s) {
  return /^[A-Za-z0-9_./-]+$/.test(s) && !/^[-.]/.test(s) ? s : JSON.stringify(s);
}
async function initConfig(root, rules, findings = []) {
  const survey = await surveyRepository(root);
  const findingDirs = topDirectories(findings, INIT_MIN_FINDINGS).filter((d) => environmentOf(`${d.dir}x`, defaultConfig()) === "production");
  return renderInitConfig(findingDirs.length ? { ...survey, findingDirs } : survey, rules);
}
var INIT_MIN_FINDINGS = 10;

// src/engine.ts
import { statSync as statSync2 } from "node:fs";

// src/cache.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";

// src/output.ts
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join as join2 } from "node:path";
var OutputError = class extends Error {
};
function outputPathProblem(path, shown = path) {
  const kind = (p) => {
    try {
      return statSync(p).isDirectory() ? "dir" : "file";
    } catch {
      return void 0;
    }
  };
  if (kind(path) === "dir") return `cannot write ${shown}: it is a directory (name a file, e.g. ${join2(shown, "prodlint.out")})`;
  for (let dir = dirname(path), named = dirname(shown); ; dir = dirname(dir), named = dirname(named)) {
    const k = kind(dir);
    if (k === "file") return `cannot write ${shown}: ${named === "." ? dir : named} is a file, not a directory`;
    if (k === "dir" || dirname(dir) === dir) return void 0;
  }
}
function writeFileAtomic(path, content, shown = path) {
  const problem = outputPathProblem(path, shown);
  if (problem) throw new OutputError(problem);
  const dir = dirname(path);
  const tmp = join2(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    const e = err;
    throw new OutputError(`cannot write ${shown}: ${e.code ?? ""}${e.code ? " " : ""}(${e.message.split("\n")[0]})`);
  }
}

// src/cache.ts
var FORMAT = 3;
var MAX_OTHER_OUTPUTS = 2;
var MAX_SNAPSHOTS = 4;
function cacheDir(env2) {
  if (env2.XDG_CACHE_HOME) return join3(env2.XDG_CACHE_HOME, "prodlint");
  if (env2.HOME) return join3(env2.HOME, ".cache", "prodlint");
  return void 0;
}
function contentHash(text) {
  return createHash2("sha1").update(text).digest("hex");
}
var ResultCache = class {
  constructor(dir, root, version) {
    this.version = version;
    this.path = join3(dir, `${createHash2("sha1").update(root).digest("hex").slice(0, 16)}.json`);
    let raw;
    try {
      raw = readFileSync2(this.path, "utf8");
    } catch {
      return;
    }
    try {
      const parsed = JSON.parse(raw);
      if (parsed.format !== FORMAT || parsed.version !== version || typeof parsed.entries !== "object" || parsed.entries === null) {
        this.discarded = "format or version changed";
        return;
      }
      this.entries = parsed.entries;
      this.stored = Array.isArray(parsed.projects) ? parsed.projects : [];
    } catch {
      this.discarded = "unreadable cache";
    }
  }
  version;
  entries = {};
  next = {};
  stored = [];
  nextProject;
  path;
  /** Why the stored cache was not used, if it was not (for tests and --debug). */
  discarded;
  /** The stored entry if the file's metadata still matches. */
  lookup(rel, st) {
    const e = this.entries[rel];
    if (!e || typeof e !== "object") return void 0;
    if (e.size !== st.size || e.mtimeMs !== st.mtimeMs || e.ino !== st.ino || typeof e.hash !== "string") return void 0;
    return e;
  }
  /** The stored output for an analysis key, if consistent. */
  output(entry, key) {
    if (!entry) return void 0;
    const output = entry.key === key ? entry.output : Array.isArray(entry.others) ? entry.others.find((o) => o && o.key === key)?.output : void 0;
    if (!output || !Array.isArray(output.findings) || !Array.isArray(output.directives)) return void 0;
    if (output.inputs !== void 0 && !(Array.isArray(output.inputs) && diskInputsHold(output.inputs))) return void 0;
    return output;
  }
  keep(rel, entry) {
    const prev = this.entries[rel];
    if (prev && typeof prev === "object" && prev.hash === entry.hash) {
      const olds = [...prev.key !== void 0 && prev.output ? [{ key: prev.key, output: prev.output }] : [], ...Array.isArray(prev.others) ? prev.others : []];
      const others = olds.filter((o) => o && o.key !== entry.key).slice(0, MAX_OTHER_OUTPUTS);
      entry = { ...entry, others };
    }
    this.next[rel] = entry;
  }
  /** The stored snapshot of the tree with this signature, if it is well-formed and its disk inputs still hold. */
  snapshot(signature) {
    const p = this.stored.find((s) => s && typeof s === "object" && s.signature === signature);
    if (!p || !Array.isArray(p.startedBy) || !Array.isArray(p.inputs) || !Array.isArray(p.findings)) return void 0;
    return diskInputsHold(p.inputs) ? p : void 0;
  }
  keepSnapshot(snapshot) {
    this.nextProject = snapshot;
  }
  /**
   * Write what this run kept. A partial run (some paths of the repository) also carries over the
   * entries and the snapshot of files it did not see: they are re-validated when used, and a
   * pre-commit run must not throw away the last full scan's results.
   */
  save(opts = {}) {
    const entries = opts.partial ? { ...this.entries, ...this.next } : this.next;
    const others = this.stored.filter((s) => s && typeof s === "object" && s.signature !== this.nextProject?.signature);
    const projects = [...this.nextProject ? [this.nextProject] : [], ...others].slice(0, MAX_SNAPSHOTS);
    const file = { format: FORMAT, version: this.version, entries, projects };
    try {
      writeFileAtomic(this.path, JSON.stringify(file));
    } catch {
    }
  }
};
function analysisKey(parts) {
  return createHash2("sha1").update(JSON.stringify(parts)).digest("hex");
}

// src/fingerprint.ts
import { createHash as createHash3 } from "node:crypto";
function normalisedText(text) {
  return text.replace(/\s+/g, " ").trim();
}
function assignFingerprints(findings, textOf) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.path}\0${normalisedText(textOf(f))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash3("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 16);
  }
}

// src/pool.ts
import { Worker } from "node:worker_threads";
function workerUrl() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return { url: new URL("../scripts/worker-dev.mjs", here), execArgv: [] };
  return { url: new URL("./worker.js", here.includes("/chunks/") ? new URL("../", here) : here), execArgv: [] };
}
var WorkerPool = class {
  constructor(opts) {
    this.opts = opts;
    for (let i = 0; i < opts.size; i++) this.idle.push(this.spawn());
  }
  opts;
  queue = [];
  idle = [];
  busy = /* @__PURE__ */ new Map();
  nextId = 0;
  closed = false;
  spawn() {
    const { url, execArgv } = workerUrl();
    const w = new Worker(url, { workerData: this.opts.workerData, execArgv });
    w.on("message", (msg) => {
      const entry = this.busy.get(w);
      if (!entry || entry.job.id !== msg.id) return;
      clearTimeout(entry.timer);
      this.busy.delete(w);
      entry.job.resolve(msg.output ?? { abandoned: msg.error ?? "worker failed" });
      this.idle.push(w);
      this.pump();
    });
    w.on("error", (err) => this.replace(w, `worker crashed: ${err.message}`));
    w.on("exit", (code) => {
      if (!this.closed && this.busy.has(w)) this.replace(w, `worker exited with code ${code}`);
    });
    w.unref();
    return w;
  }
  replace(w, reason) {
    const entry = this.busy.get(w);
    this.busy.delete(w);
    void w.terminate();
    if (entry) {
      clearTimeout(entry.timer);
      entry.job.resolve({ abandoned: reason });
    }
    if (!this.closed) {
      this.idle.push(this.spawn());
      this.pump();
    }
  }
  run(task) {
    return new Promise((resolve6) => {
      this.queue.push({ id: this.nextId++, task, resolve: resolve6 });
      this.pump();
    });
  }
  pump() {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop();
      const job = this.queue.shift();
      const timer = setTimeout(() => this.replace(w, `analysis took over ${this.opts.hardTimeoutMs} ms and was abandoned`), this.opts.hardTimeoutMs);
      this.busy.set(w, { job, timer });
      w.postMessage({ id: job.id, task: job.task });
    }
  }
  async close() {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
};

// src/prefilter.ts
var TriggerPrefilter = class {
  constructor(ruleById) {
    this.ruleById = ruleById;
  }
  ruleById;
  plans = /* @__PURE__ */ new Map();
  /** Whether a file of this kind and environment triggers one of the enabled per-file rules. */
  triggered(kind, environment, text, enabled) {
    const plan = this.planFor(kind, environment, enabled);
    if (plan.rules.length === 0) return false;
    if (plan.any && !plan.any.test(text) && !text.includes("\u0130")) return false;
    const memo = new TriggerMemo(text, plan.scan);
    return plan.rules.some((rule) => ruleTriggered(rule, memo));
  }
  planFor(kind, environment, enabled) {
    let byKind = this.plans.get(enabled);
    if (!byKind) this.plans.set(enabled, byKind = /* @__PURE__ */ new Map());
    const key = `${kind}\0${environment}`;
    let plan = byKind.get(key);
    if (!plan) {
      const { entries, scan } = filePlan(this.ruleById, enabled, kind, environment);
      const rules = entries.map((e) => e.rule);
      plan = { rules, scan, any: anyTrigger(rules) };
      byKind.set(key, plan);
    }
    return plan;
  }
};
function anyTrigger(rules) {
  const words = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if (rule.triggers.length === 0) return void 0;
    for (const t of rule.triggers) {
      const first = typeof t === "string" ? t : t[0];
      if (first === void 0 || first === "") return void 0;
      words.add(first.toLowerCase());
    }
  }
  if (words.size === 0) return void 0;
  return new RegExp([...words].map(escapeRegExp).join("|"), "iu");
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/deploy/overrides.ts
function imageUses(model) {
  const out = /* @__PURE__ */ new Map();
  const add2 = (dockerfile, use) => {
    const list = out.get(dockerfile) ?? [];
    if (list.some((u) => u.source.path === use.source.path && u.span.start === use.span.start)) return;
    list.push(use);
    out.set(dockerfile, list);
  };
  for (const run2 of platformImageRuns(model)) {
    if (run2.file.environment !== "production" || !run2.file.source) continue;
    const over = run2.overrides.map((c) => ({ c, replaces: platformReplaces(run2.service.kind, c.carrier.label) })).find((o) => o.replaces !== "none");
    if (over) add2(run2.dockerfile.rel, { source: run2.file.source, replaces: over.replaces, label: platformLabel(run2.service.kind, over.c.carrier.label), span: over.c.carrier.span });
    else add2(run2.dockerfile.rel, { source: run2.file.source, replaces: "none", label: run2.service.name, span: run2.service.span });
  }
  const dockerfiles = model.files.filter((f) => f.kind === "dockerfile" && f.doc && f.environment === "production");
  for (const f of model.files) {
    if (f.kind !== "kubernetes" || f.environment !== "production" || !f.doc || !f.source) continue;
    for (const w of f.doc.tree.workloads) {
      for (const c of w.containers) {
        const image = scalarString(getPath(w.yaml, c.node, "image"))?.trim();
        const built = image ? dockerfileOfImage(dockerfiles, image) : void 0;
        if (!built) continue;
        const command = getPair(w.yaml, c.node, "command");
        const args = getPair(w.yaml, c.node, "args");
        const pair = command ?? args;
        const span = (pair && nodeSpan(pair.key)) ?? c.nameSpan;
        add2(built.rel, { source: f.source, replaces: command ? "both" : args ? "cmd" : "none", label: command ? "command" : args ? "args" : `container "${c.name || w.name}"`, span });
      }
    }
  }
  for (const d of dockerfiles) {
    for (const use of servicesBuilding(model, d.rel)) {
      if (use.compose.environment !== "production" || !use.compose.source || use.target) continue;
      const yaml = use.compose.doc?.tree.yaml;
      if (!yaml) continue;
      const entrypoint = getPair(yaml, use.service.node, "entrypoint");
      const command = getPair(yaml, use.service.node, "command");
      const pair = entrypoint ?? command;
      const span = (pair && nodeSpan(pair.key)) ?? use.span;
      add2(d.rel, { source: use.compose.source, replaces: entrypoint ? "both" : command ? "cmd" : "none", label: entrypoint ? "entrypoint" : command ? "command" : `service "${use.service.name}"`, span });
    }
  }
  return out;
}
function platformReplaces(kind, label) {
  switch (kind) {
    case "railway":
      return label === "startCommand" ? "both" : "none";
    case "render":
      return label === "dockerCommand" ? "cmd" : "none";
    case "fly":
      return label === "entrypoint" ? "entrypoint" : "cmd";
    case "heroku":
      return "cmd";
    default:
      return "none";
  }
}
function platformLabel(kind, label) {
  if (kind === "fly") return label === "cmd" || label === "entrypoint" ? `[experimental] ${label}` : `[processes] ${label}`;
  if (kind === "heroku") return `run.${label}`;
  return label;
}
var replacesKeyword = (use, keyword) => use.replaces === "both" || (keyword === "CMD" ? use.replaces === "cmd" : use.replaces === "entrypoint");
function overriddenStarts(model) {
  const out = /* @__PURE__ */ new Map();
  for (const [rel, uses] of imageUses(model)) {
    const file = model.byPath.get(rel);
    const seen = /* @__PURE__ */ new Set();
    const starts = [];
    for (const cmd of file?.facts?.commands ?? []) {
      const keyword = cmd.carrier.label;
      if (cmd.role !== "start" || keyword !== "CMD" && keyword !== "ENTRYPOINT" || seen.has(cmd.carrier.span.start)) continue;
      seen.add(cmd.carrier.span.start);
      if (uses.length && uses.every((u) => replacesKeyword(u, keyword))) starts.push({ keyword, span: cmd.carrier.span, by: uses });
    }
    if (starts.length) out.set(rel, starts);
  }
  return out;
}
function scriptsOnlyOverriddenStarts(model, overridden) {
  const out = /* @__PURE__ */ new Map();
  if (!overridden.size) return out;
  for (const [rel, vias] of model.startedBy) {
    if (model.byPath.get(rel)?.kind !== "shell" || vias.length === 0) continue;
    const found = [];
    let onlyOverridden = true;
    for (const via of vias) {
      const start = overridden.get(via.path)?.find((s) => s.span.start <= via.span.start && via.span.end <= s.span.end);
      if (!start) {
        onlyOverridden = false;
        break;
      }
      if (!found.some((f) => f.start === start)) found.push({ via, start });
    }
    if (onlyOverridden) out.set(rel, found);
  }
  return out;
}
var SHOWN = 3;
var NOT_RUN = " \u2014 not what runs in production: ";
function replacementList(start) {
  const shown = start.by.slice(0, SHOWN);
  const names = shown.map((u) => `${u.source.path}:${u.source.positionAt(u.span.start).line} ${u.label}`);
  const more = start.by.length > SHOWN ? ` and ${start.by.length - SHOWN} more` : "";
  return `${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`}${more}`;
}
function replacementsRelated(start) {
  return start.by.slice(0, SHOWN).map((u) => ({ path: u.source.path, span: u.span, start: u.source.positionAt(u.span.start), end: u.source.positionAt(u.span.end), message: `runs instead of this image's ${start.keyword}` }));
}
function annotateOverridden(findings, overridden, isCommandRule) {
  if (!overridden.size) return 0;
  let changed = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const starts = overridden.get(f.path);
    if (!starts || !isCommandRule(f.ruleId)) continue;
    const start = starts.find((s) => s.span.start <= f.span.start && f.span.end <= s.span.end);
    if (!start || f.message.includes(NOT_RUN)) continue;
    const verb = start.by.length === 1 ? "replaces" : "replace";
    findings[i] = { ...f, severity: "note", message: `${f.message}${NOT_RUN}${replacementList(start)} ${verb} this ${start.keyword}`, related: [...f.related, ...replacementsRelated(start)] };
    changed++;
  }
  return changed;
}
function annotateScripts(findings, scripts, isCommandRule) {
  let changed = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const starts = scripts.get(f.path);
    if (!starts || !isCommandRule(f.ruleId) || f.message.includes(NOT_RUN)) continue;
    const how = starts.map(({ via, start }) => `${via.path}:${via.start.line} ${start.keyword}, which ${replacementList(start)} ${start.by.length === 1 ? "replaces" : "replace"}`).join("; ");
    const related = starts.flatMap(({ via, start }) => [{ path: via.path, span: via.span, start: via.start, end: via.end, message: `starts this script; replaced in every deployment` }, ...replacementsRelated(start)]);
    findings[i] = { ...f, severity: "note", message: `${f.message}${NOT_RUN}only ${how}, starts this script`, related: [...f.related, ...related] };
    changed++;
  }
  return changed;
}
function judgesStartCommand(rule) {
  if (rule.id.startsWith("PL")) return false;
  return rule.id === "DF002" || rule.kinds.includes("shell") || rule.kinds.includes("railway");
}

// src/shard.ts
import { createHash as createHash4 } from "node:crypto";
import { posix } from "node:path";
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return void 0;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return void 0;
  return { index, count };
}
function inShard(rel, shard) {
  if (!shard || shard.count === 1) return true;
  const dir = posix.dirname(rel);
  const h = createHash4("sha1").update(dir).digest().readUInt32BE(0);
  return h % shard.count + 1 === shard.index;
}

// src/engine.ts
var WORKER_KINDS = /* @__PURE__ */ new Set(["python", "typescript"]);
var DEFAULT_FILE_TIMEOUT_MS = 5e3;
var DEFAULT_WORKER_THRESHOLD = 200;
var Entry = class {
  constructor(rel, abs, explicit, settings) {
    this.rel = rel;
    this.abs = abs;
    this.explicit = explicit;
    this.settings = settings;
  }
  rel;
  abs;
  explicit;
  settings;
  kind;
  stat;
  text;
  hash;
  cached;
  output;
  source;
  doc;
  facts;
  /** Named by a compose `build.dockerfile:` (kind `dockerfile` whatever its name). Not cached: the compose file decides each run. */
  namedBy;
  env;
  get environment() {
    return this.env ??= this.settings.forceEnvironment ?? this.settings.environmentOf(this.rel);
  }
};
async function run(settings) {
  const started = performance.now();
  const root = settings.root ?? findRoot(settings.cwd);
  const ruleById = new Map(settings.rules.map((r) => [r.id, r]));
  const ruleByName = new Map(settings.rules.flatMap((r) => [[r.name.toLowerCase(), r], [r.id.toLowerCase(), r]]));
  const notices = [];
  const today = settings.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const timeoutMs = settings.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  setParseBudget(timeoutMs);
  const stats = { filesDiscovered: 0, filesLinted: 0, filesParsed: 0, durationMs: 0, suppressed: 0, baselined: 0 };
  const cache = settings.cacheDir ? new ResultCache(settings.cacheDir, root, VERSION) : void 0;
  const mine = (rel) => inShard(rel, settings.shard);
  const discovered = await discover(settings.paths, settings.cwd, root, settings.isIgnored, settings.skipDirs);
  stats.filesDiscovered = discovered.length;
  settings.onDiscovered?.(discovered.map((d) => d.abs));
  const files = [];
  for (const d of discovered) {
    const e = new Entry(d.rel, d.abs, d.explicit, settings);
    files.push(e);
    const problem = statFile(e, settings.maxFileSize);
    if (problem) {
      if (mine(d.rel) && (problem.skip !== "unreadable" || d.explicit || classify(d.rel, "") !== void 0)) notices.push(noticeOf(problem, d.rel));
      continue;
    }
    e.cached = cache?.lookup(d.rel, e.stat);
    const override = settings.kindOverride(d.rel);
    if (e.cached && e.cached.kind !== void 0) {
      e.hash = e.cached.hash;
      e.kind = override ?? e.cached.kind ?? void 0;
    } else {
      const read = readText(e.abs);
      if ("skip" in read) {
        if (mine(d.rel)) notices.push(noticeOf(read, d.rel));
        continue;
      }
      e.text = read.text;
      e.hash = contentHash(read.text);
      e.kind = override ?? classify(d.rel, read.text.slice(0, 4096));
    }
    if (!e.kind && cache) cache.keep(d.rel, { size: e.stat.size, mtimeMs: e.stat.mtimeMs, ino: e.stat.ino, hash: e.hash, kind: null });
    if (!e.kind && d.explicit && !settings.ignoreUnknown && mine(d.rel)) {
      notices.push({ level: "note", id: "unknown-kind", path: d.rel, message: `${d.rel}: not a kind of file prodlint lints (use --ignore-unknown to silence)` });
    }
  }
  const named = dockerfilesNamedByCompose(composeTexts(files, notices, mine));
  if (named.size) {
    for (const e of files) {
      const by = named.get(e.rel);
      if (!by || e.kind || !e.hash || settings.kindOverride(e.rel)) continue;
      e.kind = "dockerfile";
      e.namedBy = by;
    }
    const now = new Set(files.filter((e) => e.namedBy).map((e) => e.rel));
    for (let i = notices.length - 1; i >= 0; i--) if (notices[i].id === "unknown-kind" && now.has(notices[i].path ?? "")) notices.splice(i, 1);
  }
  const rulesPart = /* @__PURE__ */ new Map();
  const rulesKey = (enabled) => {
    let k = rulesPart.get(enabled);
    if (k === void 0) rulesPart.set(enabled, k = contentHash(JSON.stringify([...enabled].map(([id, s]) => [id, s.severity, s.options]))));
    return k;
  };
  const deploymentSignature = contentHash(files.filter((f) => f.kind && CARRIER_KINDS.has(f.kind)).map((f) => `${f.rel}\0${f.hash ?? ""}`).join("\n"));
  const fullScan = coversRoot(settings.paths, settings.cwd, root);
  const perFile = settings.configDigest !== void 0 ? void 0 : (e) => `${e.environment}\0${e.kind ? rulesKey(settings.rulesFor(e.rel)) : ""}`;
  const treeSignature = cache ? treeSignatureOf(files, [VERSION, settings.inlineSuppressions, timeoutMs, settings.configDigest ?? null], perFile) : "";
  const keyOf = (e, startedBy) => analysisKey([VERSION, e.hash, e.kind, e.environment, rulesKey(settings.rulesFor(e.rel)), startedBy.get(e.rel) ?? [], settings.inlineSuppressions, timeoutMs, e.kind === "shell" ? deploymentSignature : "", CARRIER_KINDS.has(e.kind) ? treeSignature : ""]);
  const snapshot = cache?.snapshot(treeSignature);
  const snapshotKeys = new Map((Array.isArray(snapshot?.keys) ? snapshot.keys : []).filter((k) => Array.isArray(k) && typeof k[0] === "string" && typeof k[1] === "string"));
  const reused = snapshot ? reuseAll(files, mine, cache, (e) => snapshotKeys.get(e.rel)) : false;
  let projectFindings;
  if (snapshot && reused) {
    projectFindings = snapshot.findings.filter((f) => mine(f.path));
    stats.fromSnapshot = true;
  } else {
    const stopRecording = recordDisk();
    try {
      projectFindings = await analyseTree(stopRecording);
    } finally {
      stopRecording();
    }
  }
  async function analyseTree(stopRecording) {
    for (const e of files) {
      if (!e.kind || !CARRIER_KINDS.has(e.kind) || !e.hash) continue;
      if (!ensureText(e, notices, mine)) continue;
      e.source = new SourceFile(e.rel, e.abs, e.text);
      try {
        e.doc = await parseFile(e.kind, e.source, e.environment);
        e.facts = await extractFacts(e.doc);
      } catch (err) {
        e.output = { rel: e.rel, findings: [parseFailure(e.source, err, settings.rulesFor(e.rel), ruleById)], directives: [], parsed: false };
        e.doc = void 0;
      }
    }
    resolveImageEntrypoints(files);
    const project = buildProject(root, files);
    const todo = [];
    const keys = [];
    const prefilter = new TriggerPrefilter(ruleById);
    for (const e of files) {
      if (!e.kind || !e.hash || !mine(e.rel)) continue;
      if (e.output) {
        const key2 = keyOf(e, project.startedBy);
        keys.push([e.rel, key2]);
        cache?.keep(e.rel, entryOf(e, key2));
        continue;
      }
      const enabled = settings.rulesFor(e.rel);
      const via = project.startedBy.get(e.rel) ?? [];
      const key = keyOf(e, project.startedBy);
      keys.push([e.rel, key]);
      const reuse = CARRIER_KINDS.has(e.kind) ? void 0 : cache?.output(e.cached, key);
      if (reuse) {
        e.output = reuse;
        cache.keep(e.rel, { ...e.cached, key, output: reuse });
        continue;
      }
      if (!e.doc && !ensureText(e, notices, mine)) continue;
      const text = e.text ?? e.source?.text ?? "";
      if (!e.doc && !prefilter.triggered(e.kind, e.environment, text, enabled)) {
        e.output = { rel: e.rel, findings: [], directives: [], parsed: false };
        cache?.keep(e.rel, entryOf(e, key));
        continue;
      }
      todo.push({ e, key, task: { rel: e.rel, abs: e.abs, kind: e.kind, environment: e.environment, text, via } });
    }
    await preloadParsers(new Set(todo.map((t) => t.e.kind)));
    const workerTodo = todo.filter((t) => WORKER_KINDS.has(t.e.kind));
    const usePool = (settings.workers ?? 1) > 1 && settings.workerInit !== void 0 && workerTodo.length >= (settings.workerThreshold ?? DEFAULT_WORKER_THRESHOLD);
    const pool = usePool ? new WorkerPool({
      size: settings.workers,
      workerData: { settings: settings.workerInit, root, timeoutMs, inlineSuppressions: settings.inlineSuppressions },
      hardTimeoutMs: timeoutMs * 2 + 2e3
    }) : void 0;
    stats.workerThreads = pool ? settings.workers : 0;
    let done = 0;
    const finish = (e, key) => {
      settings.onProgress?.(++done, todo.length);
      cache?.keep(e.rel, entryOf(e, key));
    };
    try {
      const pooled = pool ? Promise.all(
        todo.filter((t) => WORKER_KINDS.has(t.e.kind)).map(async ({ e, task, key }) => {
          const r = await pool.run(task);
          e.output = "abandoned" in r ? abandonedOutput(e, r.abandoned, settings.rulesFor(e.rel), ruleById) : r;
          finish(e, key);
        })
      ) : Promise.resolve();
      for (const { e, task, key } of todo) {
        if (pool && WORKER_KINDS.has(e.kind)) continue;
        e.output = await analyzeFile(task, {
          rules: ruleById,
          enabled: settings.rulesFor(e.rel),
          project,
          inlineSuppressions: settings.inlineSuppressions,
          timeoutMs,
          ...e.doc ? { parsed: { doc: e.doc, facts: e.facts } } : {}
        });
        finish(e, key);
      }
      await pooled;
    } finally {
      await pool?.close();
    }
    const found = await runProjectRules(settings, project, ruleById);
    const overridden = overriddenStarts(project);
    if (overridden.size) {
      const isCommandRule = (id) => {
        const rule = ruleById.get(id);
        return rule !== void 0 && judgesStartCommand(rule);
      };
      for (const e of files) if (e.kind === "dockerfile" && e.output && overridden.has(e.rel)) annotateOverridden(e.output.findings, overridden, isCommandRule);
      annotateOverridden(found, overridden, isCommandRule);
      const scripts = scriptsOnlyOverriddenStarts(project, overridden);
      for (const e of files) if (e.kind === "shell" && e.output && scripts.has(e.rel)) annotateScripts(e.output.findings, scripts, isCommandRule);
      annotateScripts(found, scripts, isCommandRule);
    }
    cache?.keepSnapshot({ signature: treeSignature, startedBy: [...project.startedBy], inputs: stopRecording(), findings: found, keys });
    return found.filter((f) => mine(f.path));
  }
  const findings = [];
  const directives = /* @__PURE__ */ new Map();
  const linted = [];
  for (const e of files) {
    if (!e.output || !mine(e.rel)) continue;
    stats.filesLinted++;
    linted.push(e.rel);
    if (e.output.parsed) stats.filesParsed++;
    findings.push(...e.output.findings);
    if (e.output.directives.length) directives.set(e.rel, e.output.directives);
  }
  findings.push(...projectFindings);
  findings.sort(compareFindings);
  assignFingerprints(findings, (f) => f.flagged ?? "");
  const kept = applySuppressions(findings, directives, settings, ruleById, ruleByName, today, stats);
  kept.sort(compareFindings);
  if (!stats.fromSnapshot) cache?.save({ partial: !fullScan || settings.shard !== void 0 });
  const sources = /* @__PURE__ */ new Map();
  const byRel = new Map(files.map((e) => [e.rel, e]));
  for (const f of kept) {
    for (const path of [f.path, ...f.related.map((r) => r.path)]) {
      if (sources.has(path)) continue;
      const e = byRel.get(path);
      const text = e?.source?.text ?? e?.text ?? readQuietly(e?.abs);
      if (text !== void 0) sources.set(path, e?.source ?? new SourceFile(path, e?.abs ?? "", text));
    }
  }
  const result = kept.map(stripFlagged);
  const classified = classificationOf(new Set(result.map((f) => f.path)), byRel, settings);
  stats.durationMs = Math.round(performance.now() - started);
  const usedMaps = new Set(files.filter((f) => f.kind).map((f) => settings.rulesFor(f.rel)));
  const enabledRules = settings.rules.filter((r) => [...usedMaps].some((m) => m.has(r.id)));
  return { toolVersion: VERSION, root, findings: result, rules: enabledRules.length ? enabledRules : settings.rules, notices, linted, sources, stats, classified };
}
function classificationOf(paths, byRel, settings) {
  const out = [];
  for (const path of [...paths].sort()) {
    const e = byRel.get(path);
    if (!e?.kind) continue;
    const head = (e.text ?? e.source?.text ?? "").slice(0, 4096);
    const override = settings.kindOverride(path);
    const env2 = settings.explainEnvironment?.(path);
    out.push({ path, kind: e.kind, kindReason: kindReason(path, head, e.kind, { override, namedBy: e.namedBy }), environment: e.environment, environmentReason: env2?.text ?? "" });
  }
  return out;
}
async function preloadParsers(kinds) {
  for (const kind of ["shell", "python", "typescript"]) if (kinds.has(kind)) await parserReady(kind);
}
function stripFlagged(f) {
  const { flagged: _flagged, ...rest } = f;
  void _flagged;
  return rest;
}
function* composeTexts(files, notices, mine) {
  for (const e of files) if (e.kind === "compose" && e.hash && ensureText(e, notices, mine)) yield { rel: e.rel, text: e.text };
}
function entryOf(e, key) {
  const st = e.stat;
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, hash: e.hash, kind: e.namedBy ? null : e.kind ?? null, key, ...e.output ? { output: e.output } : {} };
}
async function runProjectRules(settings, project, ruleById) {
  const out = [];
  for (const rule of settings.rules) {
    if (!rule.project) continue;
    const ctx = {
      options: { ...rule.options ?? {}, ...firstSetting(settings, project, rule.id)?.options ?? {} },
      project,
      report: (r) => {
        const setting = settings.rulesFor(r.source.path).get(rule.id);
        if (!setting) return;
        const file = project.byPath.get(r.source.path);
        if (rule.productionOnly && file?.environment === "development") return;
        const related = (r.related ?? []).map((x) => ({ path: x.source.path, span: x.span, start: x.source.positionAt(x.span.start), end: x.source.positionAt(x.span.end), message: x.message }));
        out.push(makeFinding(rule, raised(setting.severity, r.severity), r.source, r.span, formatMessage(rule.messages[r.messageId] ?? r.messageId, r.data), related));
      }
    };
    if (!firstSetting(settings, project, rule.id)) continue;
    try {
      await rule.project(project, ctx);
    } catch (err) {
      const first = project.files.find((f) => f.source);
      if (first?.source) out.push(makeFinding(ruleById.get(PL.internal) ?? rule, "warning", first.source, { start: 0, end: 0 }, `rule ${rule.id} failed: ${errorText(err)}`, []));
    }
  }
  return out;
}
function firstSetting(settings, project, id) {
  for (const f of project.files) {
    if (!f.kind) continue;
    const s = settings.rulesFor(f.rel).get(id);
    if (s) return s;
  }
  return void 0;
}
function statFile(e, maxSize) {
  try {
    const st = statSync2(e.abs);
    if (!st.isFile()) return { skip: "unreadable", message: `${e.rel}: not a regular file` };
    if (st.size > maxSize) return { skip: "size", message: `skipped: ${st.size} bytes is over the ${maxSize}-byte limit (--max-file-size)` };
    e.stat = st;
    return void 0;
  } catch (err) {
    return { skip: "unreadable", message: `could not be read: ${err.code ?? errorText(err)}` };
  }
}
function reuseAll(files, mine, cache, keyOf) {
  const found = [];
  for (const e of files) {
    if (!e.kind || !e.hash || !mine(e.rel)) continue;
    const key = keyOf(e);
    const output = typeof key === "string" ? cache.output(e.cached, key) : void 0;
    if (!output) return false;
    found.push([e, output]);
  }
  for (const [e, output] of found) e.output = output;
  return true;
}
function noticeOf(s, rel) {
  return { level: s.skip === "unreadable" ? "warning" : "note", id: `skipped-${s.skip}`, path: rel, message: s.message };
}
function ensureText(e, notices, mine) {
  if (e.text !== void 0) return true;
  const read = readText(e.abs);
  if ("skip" in read) {
    if (mine(e.rel)) notices.push(noticeOf(read, e.rel));
    return false;
  }
  e.text = read.text;
  e.hash = contentHash(read.text);
  return true;
}
function readQuietly(abs) {
  if (!abs) return void 0;
  const r = readText(abs);
  return "text" in r ? r.text : void 0;
}
function parseFailure(source, err, enabled, ruleById) {
  const rule = ruleById.get(PL.parse) ?? { id: PL.parse, name: "parse-error" };
  return makeFinding(rule, enabled.get(PL.parse)?.severity ?? "note", source, { start: 0, end: 0 }, `${source.path} could not be parsed: ${errorText(err)}`, []);
}
function abandonedOutput(e, reason, enabled, ruleById) {
  const source = new SourceFile(e.rel, e.abs, e.text ?? "");
  const rule = ruleById.get(PL.parse) ?? { id: PL.parse, name: "parse-error" };
  return { rel: e.rel, findings: [makeFinding(rule, enabled.get(PL.parse)?.severity ?? "note", source, { start: 0, end: 0 }, `${e.rel}: ${reason}; the file was not analysed`, [])], directives: [], parsed: false };
}
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function applySuppressions(findings, directives, settings, ruleById, ruleByName, today, stats) {
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  for (const finding of findings) {
    const list = settings.inlineSuppressions ? directives.get(finding.path) : void 0;
    const hit = finding.ruleId.startsWith("PL00") ? void 0 : list?.find((d) => directiveMatches(d, { ruleId: finding.ruleId, ruleName: finding.ruleName, line: finding.start.line }, today));
    if (hit) {
      used.add(hit);
      stats.suppressed++;
      continue;
    }
    kept.push(finding);
  }
  if (!settings.inlineSuppressions) return kept;
  const extra = [];
  for (const [rel, list] of directives) {
    const enabled = settings.rulesFor(rel);
    const report = (id, start, end, span, message) => {
      const rule = ruleById.get(id);
      const setting = enabled.get(id);
      if (!rule || !setting) return;
      extra.push({ ruleId: id, ruleName: rule.name, severity: setting.severity, message, path: rel, span, start, end, related: [], fingerprint: "", flagged: message });
    };
    for (const d of list) {
      if (d.peer) continue;
      d.rules.forEach((r, i) => {
        if (!ruleByName.has(r.name.toLowerCase())) report(PL.unknown, d.ruleRanges[i].start, d.ruleRanges[i].end, r.span, `suppression names an unknown rule "${r.name}"`);
      });
      if (d.kind !== "enable" && !used.has(d) && !(d.until && d.until < today)) {
        report(PL.unused, d.start, d.end, d.span, `suppression of ${d.rules.map((r) => r.name).join(", ") || "all rules"} suppresses nothing`);
      }
      if (settings.requireReason && d.kind !== "enable" && !d.reason) report(PL.unused, d.start, d.end, d.span, 'suppression has no reason: add " -- why this is safe"');
    }
  }
  extra.sort(compareFindings);
  assignFingerprints(extra, (f) => f.flagged);
  return [...kept, ...extra];
}

// src/format/json.ts
var JSON_FORMAT_VERSION = 1;
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  return counts;
}
function summarize(result) {
  const counts = countBySeverity(result.findings);
  return {
    errors: counts.error,
    warnings: counts.warning,
    notes: counts.note,
    filesWithFindings: new Set(result.findings.map((f) => f.path)).size,
    filesLinted: result.stats.filesLinted,
    suppressed: result.stats.suppressed,
    baselined: result.stats.baselined
  };
}
var position = (p) => ({ line: p.line, column: p.column });
function formatJson(result) {
  const s = summarize(result);
  const withFindings = new Set(result.findings.map((f) => f.path));
  const out = {
    version: JSON_FORMAT_VERSION,
    toolVersion: result.toolVersion,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      message: f.message,
      path: f.path,
      start: position(f.start),
      end: position(f.end),
      related: f.related.map((r) => ({
        path: r.path,
        start: position(r.start),
        end: position(r.end),
        message: r.message
      })),
      fingerprint: f.fingerprint
    })),
    notices: result.notices.map((n) => ({
      level: n.level,
      id: n.id,
      message: n.message,
      ...n.path !== void 0 ? { path: n.path } : {}
    })),
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      filesLinted: s.filesLinted,
      suppressed: s.suppressed,
      baselined: s.baselined
    },
    // Why each file with findings was linted as it was (kind, environment and what decided them).
    files: (result.classified ?? []).filter((c) => withFindings.has(c.path)).map((c) => ({ path: c.path, kind: c.kind, kindReason: c.kindReason, environment: c.environment, environmentReason: c.environmentReason }))
  };
  return `${JSON.stringify(out, null, 2)}
`;
}

// src/format/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var STEP_SUMMARY_MAX_BYTES = 512 * 1024;
var MAX_TABLE_ROWS = 1e3;
var SUMMARY_FINDINGS = 50;
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var SEVERITIES_DESC = ["error", "warning", "note"];
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function visibleControls(text) {
  return text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(9216 + c.charCodeAt(0)));
}
var positive = (n) => Number.isFinite(n) && n >= 1 ? Math.trunc(n) : 1;
function annotation(f) {
  const line = positive(f.start.line);
  const endLine2 = Math.max(line, positive(f.end.line));
  const props = [`file=${escapeProperty(f.path)}`, `line=${line}`, `endLine=${endLine2}`];
  if (line === endLine2) {
    const col = positive(f.start.column);
    props.push(`col=${col}`, `endColumn=${Math.max(col, positive(f.end.column))}`);
  }
  props.push(`title=${escapeProperty(visibleControls(`${f.ruleId} ${f.ruleName}`.trim()))}`);
  const related = f.related.map((r) => `
\u21B3 ${r.path}:${r.start.line}:${r.start.column} ${r.message}`.trimEnd());
  return `::${COMMAND[f.severity] ?? "warning"} ${props.join(",")}::${escapeData(visibleControls(f.message + related.join("")))}`;
}
function formatGithub(result, opts = {}) {
  const cap = Math.max(1, Math.trunc(opts.perLevel ?? ANNOTATIONS_PER_LEVEL));
  const byLevel = new Map(SEVERITIES_DESC.map((s) => [s, []]));
  for (const f of result.findings) byLevel.get(f.severity)?.push(f);
  const overflowing = SEVERITIES_DESC.some((s) => byLevel.get(s).length > cap);
  const lines = [];
  const leftOut = [];
  for (const severity of SEVERITIES_DESC) {
    const all = byLevel.get(severity);
    const room = severity === "note" && overflowing ? cap - 1 : cap;
    for (const f of all.slice(0, room)) lines.push(annotation(f));
    const rest = all.length - Math.min(all.length, room);
    if (rest > 0) leftOut.push(`${rest} ${severity}${rest === 1 ? "" : "s"}`);
  }
  if (leftOut.length > 0) {
    lines.push(
      `::notice::${escapeData(
        `prodlint: ${leftOut.join(", ")} not annotated (GitHub shows ${cap} annotations per level per step); see the job summary or the SARIF report for all findings.`
      )}`
    );
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
function mdText(text) {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|#])/g, "\\$1");
}
function mdPath(path) {
  return inlineCode(path.replace(/[\u0000-\u001f\u007f]+/g, " ")).replace(/\|/g, "\\|");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var ByteBudget = class {
  constructor(limit, reserve) {
    this.limit = limit;
    this.reserve = reserve;
  }
  limit;
  reserve;
  lines = [];
  used = 0;
  cost(line) {
    return Buffer.byteLength(line, "utf8") + 1;
  }
  /** Adds the line if it fits outside the reserve. */
  add(line) {
    const c = this.cost(line);
    if (this.used + c > this.limit - this.reserve) return false;
    this.lines.push(line);
    this.used += c;
    return true;
  }
  /** Adds a short line from the reserve (truncation notes). */
  force(line) {
    const c = this.cost(line);
    if (this.used + c > this.limit) return;
    this.lines.push(line);
    this.used += c;
  }
};
function addTable(out, table) {
  if (!out.add(table.heading) || !out.add("") || !table.header.every((h) => out.add(h))) {
    out.force(`_${plural(table.rows.length, table.noun)} not shown: the summary reached its size limit._`);
    return;
  }
  let shown = 0;
  for (const row of table.rows.slice(0, MAX_TABLE_ROWS)) {
    if (!out.add(row)) break;
    shown++;
  }
  out.add("");
  if (shown < table.rows.length) {
    out.force(`_\u2026 ${plural(table.rows.length - shown, `more ${table.noun}`)} not shown._`);
    out.force("");
  }
}
function summaryLinksFromEnv(env2) {
  const repository = env2.GITHUB_REPOSITORY ?? "";
  const sha = env2.GITHUB_SHA ?? "";
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha)) return void 0;
  let server = env2.GITHUB_SERVER_URL ?? "https://github.com";
  while (server.endsWith("/")) server = server.slice(0, -1);
  return /^https?:\/\/[^\s()<>]+$/.test(server) ? { server, repository, sha } : void 0;
}
function findingUrl(links, path, line) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${links.server}/${links.repository}/blob/${links.sha}/${encoded}#L${positive(line)}`;
}
function findingItems(findings, links, count) {
  const ordered = findings.map((f, i) => ({ f, i })).sort((a, b) => (SEVERITY_RANK[b.f.severity] ?? 0) - (SEVERITY_RANK[a.f.severity] ?? 0) || a.i - b.i).slice(0, count);
  return ordered.map(({ f }) => {
    const where = `${f.path}:${positive(f.start.line)}`;
    const loc = links ? `[${mdText(where)}](${findingUrl(links, f.path, f.start.line)})` : mdPath(where);
    return `- ${loc} **${f.severity}** ${mdText(f.ruleId)}: ${mdText(f.message)}`;
  });
}
function formatStepSummary(result, opts = {}) {
  const out = new ByteBudget(Math.max(1024, opts.maxBytes ?? STEP_SUMMARY_MAX_BYTES), 1024);
  const s = summarize(result);
  const total = s.errors + s.warnings + s.notes;
  out.add("## prodlint");
  out.add("");
  if (total === 0) {
    out.add(`**\u2714 No problems found** (${plural(s.filesLinted, "file")} checked)`);
  } else {
    out.add(
      `**\u2716 ${plural(total, "problem")}** (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")}) in ${plural(s.filesWithFindings, "file")} \xB7 ${plural(s.filesLinted, "file")} checked`
    );
  }
  const hidden = [
    s.suppressed > 0 ? `${s.suppressed} suppressed` : "",
    s.baselined > 0 ? `${s.baselined} baselined` : ""
  ].filter((x) => x !== "");
  if (hidden.length > 0) out.add(`
${hidden.join(", ")} (not shown).`);
  out.add("");
  if (total > 0) {
    const listed = Math.max(0, Math.trunc(opts.listed ?? SUMMARY_FINDINGS));
    const items = findingItems(result.findings, opts.links, listed);
    const more = result.findings.length - items.length;
    addTable(out, {
      heading: more > 0 ? `### First ${items.length} findings (of ${result.findings.length}; all are in the SARIF report)` : "### Findings",
      header: [],
      rows: items,
      noun: "finding"
    });
    const rulesById = new Map(result.rules.map((r) => [r.id, r]));
    const byRule = /* @__PURE__ */ new Map();
    const byFile = /* @__PURE__ */ new Map();
    for (const f of result.findings) {
      const r = byRule.get(f.ruleId);
      if (!r) byRule.set(f.ruleId, { name: f.ruleName, severity: f.severity, count: 1 });
      else {
        r.count++;
        if ((SEVERITY_RANK[f.severity] ?? 0) > (SEVERITY_RANK[r.severity] ?? 0)) r.severity = f.severity;
      }
      const counts = byFile.get(f.path) ?? { error: 0, warning: 0, note: 0 };
      counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      byFile.set(f.path, counts);
    }
    const ruleRows = [...byRule.entries()].sort(
      ([ida, a], [idb, b]) => (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0) || b.count - a.count || (ida < idb ? -1 : ida > idb ? 1 : 0)
    ).map(([id, r]) => {
      const rule = rulesById.get(id);
      const idCell = rule ? `[${mdText(id)}](${ruleHelpUri(rule)})` : mdText(id);
      return `| ${idCell} | ${mdText(r.name)} | ${r.severity} | ${r.count} |`;
    });
    addTable(out, {
      heading: "### Findings by rule",
      header: ["| Rule | Name | Severity | Count |", "| --- | --- | --- | ---: |"],
      rows: ruleRows,
      noun: "rule"
    });
    const fileRows = [...byFile.entries()].map(([path, c], order) => ({ path, c, order })).sort((a, b) => b.c.error - a.c.error || b.c.warning - a.c.warning || b.c.note - a.c.note || a.order - b.order).map(({ path, c }) => `| ${mdPath(path)} | ${c.error} | ${c.warning} | ${c.note} |`);
    addTable(out, {
      heading: "### Findings by file",
      header: ["| File | Errors | Warnings | Notes |", "| --- | ---: | ---: | ---: |"],
      rows: fileRows,
      noun: "file"
    });
  }
  if (result.notices.length > 0) {
    addTable(out, {
      heading: "### Notices",
      header: [],
      rows: result.notices.map((n) => `- ${n.level}: ${n.path !== void 0 ? `${mdPath(n.path)}: ` : ""}${mdText(n.message)}`),
      noun: "notice"
    });
  }
  let text = out.lines.join("\n");
  let end = text.length;
  while (end > 0 && text[end - 1] === "\n") end--;
  text = text.slice(0, end);
  return `${text}
`;
}

// src/format/sarif.ts
import { isAbsolute as isAbsolute2 } from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_RESULT_LIMIT = 25e3;
var SARIF_RELATED_LIMIT = 1e3;
var FINGERPRINT_KEY = "prodlint/v1";
var SRCROOT = "%SRCROOT%";
var MAX_NAME = 255;
var MAX_DESCRIPTION = 1024;
var MAX_TAGS = 10;
var PROBLEM_SEVERITY = { error: "error", warning: "warning", note: "recommendation" };
function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function truncate(text, max) {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut--;
  return `${text.slice(0, cut)}\u2026`;
}
function artifactUri(path) {
  return wellFormed(path).split("/").map(encodeURIComponent).join("/");
}
function rootUri(root) {
  if (root === "" || !isAbsolute2(root)) return null;
  const href = pathToFileURL(wellFormed(root)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function nonEmpty(text, fallback) {
  const t = (text ?? "").trim();
  return t === "" ? fallback : t;
}
function tagsFor(rule) {
  const tags = [rule.category, familyOfId(rule.id)?.tag, ...rule.kinds ?? []];
  return [...new Set(tags.filter((t) => typeof t === "string" && t !== ""))].slice(0, MAX_TAGS);
}
function ruleDescriptor(rule, withHelp) {
  const summary = nonEmpty(rule.docs?.summary, rule.name || rule.id);
  const properties = {
    tags: tagsFor(rule),
    ...rule.precision ? { precision: rule.precision } : {},
    "problem.severity": PROBLEM_SEVERITY[rule.severity] ?? "warning"
  };
  const score = rule.securitySeverity;
  if (rule.category === "security" && typeof score === "number" && score > 0 && score <= 10) {
    properties["security-severity"] = score.toFixed(1);
  }
  return {
    id: rule.id,
    name: truncate(nonEmpty(rule.name, rule.id), MAX_NAME),
    shortDescription: { text: truncate(summary, MAX_DESCRIPTION) },
    ...withHelp ? {
      fullDescription: { text: truncate(nonEmpty(markdownToPlain(rule.docs?.what ?? ""), summary), MAX_DESCRIPTION) },
      help: { text: renderRuleText(rule), markdown: renderRuleMarkdown(rule, 2) }
    } : {},
    helpUri: ruleHelpUri(rule),
    defaultConfiguration: { level: rule.severity },
    properties
  };
}
function minimalDescriptor(f) {
  const name = nonEmpty(f.ruleName, f.ruleId);
  return {
    id: f.ruleId,
    name: truncate(name, MAX_NAME),
    shortDescription: { text: truncate(name, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(name, MAX_DESCRIPTION) },
    help: { text: name },
    defaultConfiguration: { level: f.severity }
  };
}
var positive2 = (n) => Number.isFinite(n) && n >= 1 ? Math.trunc(n) : 1;
function region(start, end) {
  const startLine = positive2(start.line);
  const startColumn = positive2(start.column);
  let endLine2 = positive2(end.line);
  let endColumn = positive2(end.column);
  if (endLine2 < startLine || endLine2 === startLine && endColumn < startColumn) {
    endLine2 = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine: endLine2, endColumn };
}
function physicalLocation(path, start, end) {
  return {
    artifactLocation: { uri: artifactUri(path), uriBaseId: SRCROOT },
    ...start && end ? { region: region(start, end) } : {}
  };
}
function escapeMessage(text) {
  return text.replace(/[\\[\]]/g, "\\$&");
}
function resultMessage(text, related) {
  if (related.length === 0) return text;
  const links = related.map((r, i) => `[${escapeMessage(oneLine(nonEmpty(r.message, "related location")))}](${i + 1})`);
  return `${escapeMessage(text)} (${links.join("; ")})`;
}
function oneLine(text) {
  return text.replace(/\s+/g, " ");
}
function relatedLocation(r, index) {
  return {
    id: index + 1,
    physicalLocation: physicalLocation(r.path, r.start, r.end),
    ...r.message.trim() !== "" ? { message: { text: r.message } } : {}
  };
}
function keptIndexes(findings, limit) {
  const order = findings.map((_, i) => i);
  if (findings.length > limit) {
    order.sort((a, b) => (SEVERITY_RANK[findings[b].severity] ?? 0) - (SEVERITY_RANK[findings[a].severity] ?? 0) || a - b);
  }
  return new Set(order.slice(0, Math.max(0, limit)));
}
function formatSarif(result, opts = {}) {
  const limit = Math.max(0, Math.trunc(opts.resultLimit ?? SARIF_RESULT_LIMIT));
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const reported = new Set(result.findings.map((f) => f.ruleId));
  for (const rule of result.rules) {
    if (ruleIndex.has(rule.id)) continue;
    ruleIndex.set(rule.id, rules.length);
    rules.push(ruleDescriptor(rule, reported.has(rule.id)));
  }
  for (const f of result.findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    rules.push(minimalDescriptor(f));
  }
  const kept = keptIndexes(result.findings, limit);
  const results = result.findings.filter((_, i) => kept.has(i)).map((f) => {
    const shownRelated = f.related.slice(0, SARIF_RELATED_LIMIT);
    const related = shownRelated.map(relatedLocation);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: f.severity,
      message: { text: resultMessage(nonEmpty(f.message, nonEmpty(f.ruleName, f.ruleId)), shownRelated) },
      locations: [{ physicalLocation: physicalLocation(f.path, f.start, f.end) }],
      ...related.length > 0 ? { relatedLocations: related } : {},
      ...f.fingerprint !== "" ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}
    };
  });
  const notifications = result.notices.map((n) => ({
    level: n.level,
    message: { text: nonEmpty(n.message, n.id) },
    ...n.path !== void 0 ? { locations: [{ physicalLocation: physicalLocation(n.path) }] } : {},
    descriptor: { id: n.id }
  }));
  for (const f of result.findings) {
    if (f.ruleId !== "PL000") continue;
    notifications.push({
      level: f.severity,
      message: { text: nonEmpty(f.message, "File could not be fully parsed") },
      locations: [{ physicalLocation: physicalLocation(f.path, f.start, f.end) }],
      descriptor: { id: "parse-error" },
      associatedRule: { id: f.ruleId, index: ruleIndex.get(f.ruleId) }
    });
  }
  const leftOut = result.findings.length - results.length;
  if (leftOut > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `${leftOut} of ${result.findings.length} results were left out: a SARIF run may hold at most ${limit} (the most severe are kept).`
      },
      descriptor: { id: "sarif-capped" }
    });
  }
  const base = rootUri(result.root);
  const rawCategory = opts.category ?? "";
  let categoryEnd = rawCategory.length;
  while (categoryEnd > 0 && rawCategory[categoryEnd - 1] === "/") categoryEnd--;
  const category = rawCategory.slice(0, categoryEnd);
  const run2 = {
    tool: {
      driver: {
        name: "prodlint",
        ...result.toolVersion !== "" ? { semanticVersion: result.toolVersion } : {},
        informationUri: REPOSITORY_URL,
        rules
      }
    },
    ...category !== "" ? { automationDetails: { id: `${category}/` } } : {},
    columnKind: "utf16CodeUnits",
    ...base !== null ? { originalUriBaseIds: { [SRCROOT]: { uri: base } } } : {},
    invocations: [
      {
        executionSuccessful: true,
        ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
      }
    ],
    results
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run2] };
  return `${JSON.stringify(log, null, 2)}
`;
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position2 = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position2 !== -1 && (terminatorPosition === -1 || position2 < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/format/width.ts
function isWide(c) {
  return c >= 4352 && c <= 4447 || c >= 11904 && c <= 42191 && c !== 12351 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65072 && c <= 65103 || c >= 65280 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 127744 && c <= 128591 || c >= 129280 && c <= 129535 || c >= 131072 && c <= 262141;
}

// src/format/wrap.ts
function displayWidth(text) {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0)) ? 2 : 1;
  return w;
}
function wrapWords(words, tail, firstWidth, indent2, width) {
  const lines = [];
  let line = "";
  let used = firstWidth;
  const push = (unit, sep2) => {
    const w = displayWidth(unit);
    if (line !== "" && used + sep2.length + w > width) {
      lines.push(line);
      line = unit;
      used = indent2 + w;
    } else {
      line = line === "" ? unit : `${line}${sep2}${unit}`;
      used += (line === unit ? 0 : sep2.length) + w;
    }
  };
  for (const word of words) push(word, " ");
  if (tail !== "") push(tail, "  ");
  if (line !== "") lines.push(line);
  return lines;
}

// src/format/text.ts
var MAX_FRAME_LINES = 3;
var MAX_FRAME_WIDTH = 120;
var MAX_NOTICES_PER_ID = 3;
var SEVERITY_ICON = { error: "\u2716", warning: "\u26A0", note: "\u2139" };
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function visible(ch) {
  const c = ch.codePointAt(0);
  if (c < 32) return String.fromCodePoint(9216 + c);
  if (c === 127) return "\u2421";
  if (c >= 128 && c <= 159) return "\uFFFD";
  return ch;
}
function safeLine(text) {
  return Array.from(text.replace(/\r\n|\r|\n/g, " ").replace(/\t/g, " "), visible).join("");
}
function expandLine(text, tabWidth) {
  const cells = [];
  const columnAt = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const units = cp > 65535 ? 2 : 1;
    for (let u = 0; u < units; u++) columnAt.push(cells.length);
    const ch = String.fromCodePoint(cp);
    if (ch === "	") {
      const width = tabWidth - cells.length % tabWidth;
      for (let k = 0; k < width; k++) cells.push(" ");
    } else if (new RegExp("\\p{M}", "u").test(ch) && cells.length > 0) {
      cells[cells.length - 1] += ch;
      columnAt[columnAt.length - 1] = cells.length - 1;
    } else {
      cells.push(visible(ch));
      if (isWide(cp)) cells.push("");
    }
    i += units;
  }
  columnAt.push(cells.length);
  return { cells, columnAt };
}
function buildFrame(source, f, tabWidth) {
  const first = f.start.line;
  if (!Number.isInteger(first) || first < 1 || first > source.lineCount) return null;
  let last = f.end.line > first && f.end.column <= 1 ? f.end.line - 1 : f.end.line;
  if (!Number.isInteger(last) || last < first) last = first;
  last = Math.min(last, source.lineCount);
  const shown = Math.min(last, first + MAX_FRAME_LINES - 1);
  const lines = [];
  for (let line = first; line <= shown; line++) {
    const text = source.lineText(line);
    const { cells, columnAt } = expandLine(text, tabWidth);
    let under;
    if (line === first) {
      const at = (column) => columnAt[Math.max(0, Math.min(text.length, column - 1))];
      const start = at(f.start.column);
      const end = last === first ? at(f.end.column) : cells.length;
      under = { start, end: Math.max(end, start + 1) };
    }
    let code;
    if (cells.length <= MAX_FRAME_WIDTH) {
      code = cells.join("");
    } else {
      const anchor = under?.start ?? 0;
      const from = Math.max(0, Math.min(anchor - 20, cells.length - MAX_FRAME_WIDTH));
      const to = Math.min(cells.length, from + MAX_FRAME_WIDTH);
      const lead = from > 0 ? "\u2026" : "";
      code = lead + cells.slice(from, to).join("") + (to < cells.length ? "\u2026" : "");
      if (under) {
        const shift = lead.length - from;
        const start = Math.max(under.start, from) + shift;
        const end = Math.min(under.end, to) + shift;
        under = { start, end: Math.max(end, start + 1) };
      }
    }
    lines.push({ gutter: String(line), code, underline: under });
  }
  if (shown < last) lines.push({ gutter: "", code: "\u2026" });
  return lines;
}
function severityColor(c, severity) {
  return severity === "error" ? c.red : severity === "warning" ? c.yellow : c.blue;
}
function renderFrame(c, frame, severity) {
  const width = Math.max(...frame.map((l) => l.gutter.length));
  const out = [];
  for (const l of frame) {
    out.push(`    ${c.dim(`${l.gutter.padStart(width)} |`)} ${l.code}`.trimEnd());
    if (l.underline) {
      const pad = " ".repeat(l.underline.start);
      const carets = "^".repeat(l.underline.end - l.underline.start);
      out.push(`    ${c.dim(`${" ".repeat(width)} |`)} ${pad}${severityColor(c, severity)(carets)}`);
    }
  }
  return out;
}
function renderNotices(c, notices) {
  const groups = /* @__PURE__ */ new Map();
  for (const n of notices) {
    const g = groups.get(n.id);
    if (g) g.push(n);
    else groups.set(n.id, [n]);
  }
  const out = [];
  for (const [id, group] of groups) {
    for (const n of group.slice(0, MAX_NOTICES_PER_ID)) {
      const icon = severityColor(c, n.level)(SEVERITY_ICON[n.level] ?? "\u2022");
      const where = n.path !== void 0 ? `${safeLine(n.path)}: ` : "";
      out.push(`${icon} ${where}${safeLine(n.message)}`);
    }
    if (group.length > MAX_NOTICES_PER_ID) {
      out.push(c.dim(`  \u2026 and ${group.length - MAX_NOTICES_PER_ID} more (${safeLine(id)})`));
    }
  }
  return out;
}
function formatText(result, opts) {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const tabWidth = Math.max(1, Math.trunc(opts.tabWidth ?? 4) || 4);
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list = byFile.get(f.path);
    if (list) list.push(f);
    else byFile.set(f.path, [f]);
  }
  for (const [path, findings] of byFile) {
    out.push(c.underline(safeLine(path)));
    const source = result.sources.get(path);
    const posWidth = Math.max(...findings.map((f) => `${f.start.line}:${f.start.column}`.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    for (const f of findings) {
      const pos = `${f.start.line}:${f.start.column}`.padEnd(posWidth);
      const sev = severityColor(c, f.severity)(f.severity.padEnd(sevWidth));
      const ruleText = `${f.ruleId} ${safeLine(f.ruleName)}`;
      const message = safeLine(f.message);
      const lead = 2 + pos.length + 2 + sevWidth + 2;
      const wrapped = opts.width !== void 0 && opts.width > 0 ? wrapWords(message.split(" ").filter((w) => w !== ""), ruleText, lead, lead, opts.width) : [];
      if (wrapped.length <= 1) {
        out.push(`  ${c.dim(pos)}  ${sev}  ${message}  ${c.dim(ruleText)}`);
      } else {
        const last = wrapped.length - 1;
        wrapped.forEach((text, i) => {
          const shown = i === last && text.endsWith(ruleText) ? `${text.slice(0, text.length - ruleText.length)}${c.dim(ruleText)}` : text;
          out.push(i === 0 ? `  ${c.dim(pos)}  ${sev}  ${shown}` : `${" ".repeat(lead)}${shown}`);
        });
      }
      const frame = source ? buildFrame(source, f, tabWidth) : null;
      if (frame) out.push(...renderFrame(c, frame, f.severity));
      for (const r of f.related) {
        out.push(`    ${c.dim("\u21B3")} ${safeLine(r.path)}:${r.start.line}:${r.start.column}  ${safeLine(r.message)}`);
      }
      out.push("");
    }
  }
  const s = summarize(result);
  const total = s.errors + s.warnings + s.notes;
  if (total === 0) {
    out.push(c.green(`\u2714 No problems found (${plural2(s.filesLinted, "file")} checked)`));
  } else {
    const color = s.errors > 0 ? c.red : s.warnings > 0 ? c.yellow : c.blue;
    const counts = `${plural2(s.errors, "error")}, ${plural2(s.warnings, "warning")}, ${plural2(s.notes, "note")}`;
    out.push(color.bold(`\u2716 ${plural2(total, "problem")} (${counts}) in ${plural2(s.filesWithFindings, "file")}`));
  }
  const hidden = [
    s.suppressed > 0 ? `${s.suppressed} suppressed` : "",
    s.baselined > 0 ? `${s.baselined} baselined` : ""
  ].filter((x) => x !== "");
  if (hidden.length > 0) out.push(c.dim(`  ${hidden.join(", ")} (not shown)`));
  const dirs = topDirectories(result.findings);
  if (dirs.length > 0) {
    out.push(c.dim(`  most findings come from ${dirs.map((d) => `${safeLine(d.dir)} (${d.findings})`).join(", ")}`));
    out.push(c.dim("  if any of them is never deployed, list it under dev-paths: in .prodlint.yaml (prodlint init proposes them)"));
  }
  out.push(...renderNotices(c, result.notices));
  return `${out.join("\n")}
`;
}

// src/format/concise.ts
function formatConcise(result) {
  const lines = result.findings.map((f) => `${safeLine(f.path)}:${f.start.line}:${f.start.column}: ${f.ruleId} ${safeLine(f.message)}`);
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// src/format/index.ts
var FORMATS = ["text", "json", "sarif", "github", "concise"];
var formatters = {
  text: (result, opts) => formatText(result, { color: opts.color ?? false, ...opts.width !== void 0 ? { width: opts.width } : {} }),
  json: (result) => formatJson(result),
  sarif: (result, opts) => formatSarif(result, opts.sarifCategory !== void 0 ? { category: opts.sarifCategory } : {}),
  github: (result) => formatGithub(result),
  concise: (result) => formatConcise(result)
};
function isFormatName(name) {
  return FORMATS.includes(name);
}
function formatResult(name, result, opts = {}) {
  return formatters[name](result, opts);
}

// src/cli-args.ts
var NUMERIC = /* @__PURE__ */ new Set(["file-timeout", "workers", "max-file-size"]);
var NUMBER_WANTED = {
  "file-timeout": "a positive whole number of milliseconds",
  workers: "a positive whole number or auto",
  "max-file-size": "a size such as 1048576, 512KiB or 2MB"
};
function parseArgsMessage(err, argv, options) {
  const e = err;
  const text = e.message ?? String(err);
  const quoted = /'(-{1,2}[^' ]+)/.exec(text)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const guess = quoted.startsWith("--") ? closest(quoted.slice(2), options) : void 0;
    if (guess) return `unknown option ${quoted} (did you mean --${guess}?)`;
    return `unknown option ${quoted} (see prodlint --help; a path starting with "-" goes after --, as in: prodlint -- ${quoted})`;
  }
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /--([a-z][\w-]*)/.exec(text)?.[1] ?? quoted.replace(/^-+|,$/g, "");
    const typed = quoted.replace(/,$/, "");
    const at = argv.indexOf(typed);
    const value = at >= 0 ? argv[at + 1] : void 0;
    if (/ambiguous/.test(text) && value !== void 0) {
      if (NUMERIC.has(name)) return `--${name} needs ${NUMBER_WANTED[name]}, got "${value}"`;
      return `--${name} needs a value, but "${value}" looks like an option (write --${name}=${value} if it is the value)`;
    }
    if (/missing/.test(text)) return `--${name} needs a value (see prodlint --help)`;
    if (/does not take an argument/.test(text)) return `--${name} takes no value (see prodlint --help)`;
  }
  return `${text.split("\n")[0]} (see prodlint --help)`;
}

// src/empty-paths.ts
import { statSync as statSync3 } from "node:fs";
import { resolve as resolve3 } from "node:path";
function emptyPathMessage(abs, path) {
  let file = false;
  try {
    file = statSync3(abs).isFile();
  } catch {
  }
  return file ? `${path} is not a kind of file prodlint lints (--ignore-unknown skips such files quietly)` : `no files to lint in ${path} (none of a kind prodlint lints)`;
}
function emptyPaths(paths, cwd, root, covered, ignoreUnknown) {
  const linted = covered;
  const given = paths.length ? paths : ["."];
  return given.filter((p) => {
    const abs = resolve3(cwd, p);
    let isFile = false;
    try {
      isFile = statSync3(abs).isFile();
    } catch {
      return false;
    }
    if (isFile && ignoreUnknown) return false;
    const rel = toRel(root, abs);
    if (rel === "") return linted.length === 0;
    return !linted.some((l) => l === rel || l.startsWith(`${rel}/`));
  });
}

// src/merge.ts
var MergeError = class extends Error {
};
function location(r) {
  const loc = r.locations?.[0]?.physicalLocation;
  const uri = String(loc?.artifactLocation?.uri ?? "");
  let path = uri;
  try {
    path = decodeURIComponent(uri);
  } catch {
  }
  return { path, line: Number(loc?.region?.startLine ?? 0), column: Number(loc?.region?.startColumn ?? 0) };
}
function compareResults(a, b) {
  const x = location(a);
  const y = location(b);
  if (x.path !== y.path) return x.path < y.path ? -1 : 1;
  const id = (r) => String(r.ruleId ?? "");
  const msg = (r) => String(r.message?.text ?? "");
  return x.line - y.line || x.column - y.column || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0) || (msg(a) < msg(b) ? -1 : msg(a) > msg(b) ? 1 : 0);
}
function mergeSarif(texts) {
  if (texts.length === 0) throw new MergeError("merge needs at least one SARIF file");
  const runs = texts.map(({ name, text }) => {
    let log;
    try {
      log = JSON.parse(text);
    } catch {
      throw new MergeError(`${name}: not valid JSON`);
    }
    if (log.version !== "2.1.0" || !Array.isArray(log.runs) || log.runs.length !== 1) throw new MergeError(`${name}: not a one-run SARIF 2.1.0 log written by prodlint`);
    const run3 = log.runs[0];
    if (run3?.tool?.driver?.name !== "prodlint") throw new MergeError(`${name}: written by ${run3?.tool?.driver?.name ?? "an unknown tool"}, not prodlint`);
    return run3;
  });
  const first = runs[0];
  const rules = [];
  const index = /* @__PURE__ */ new Map();
  for (const run3 of runs) {
    for (const rule of run3.tool.driver.rules ?? []) {
      const at = index.get(rule.id);
      if (at !== void 0 && rule.help && !rules[at].help) rules[at] = rule;
      if (at !== void 0) continue;
      index.set(rule.id, rules.length);
      rules.push(rule);
    }
  }
  const results = runs.flatMap((run3) => run3.results ?? []).map((r) => ({ ...r, ruleIndex: index.get(r.ruleId) ?? r.ruleIndex })).sort(compareResults);
  const notes = runs.flatMap((run3) => run3.invocations?.[0]?.toolExecutionNotifications ?? []);
  const byPath = (a, b) => {
    const x = location(a).path;
    const y = location(b).path;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const parseErrors = notes.filter((n) => n.descriptor?.id === "parse-error").map((n) => ({ ...n, ...n.associatedRule ? { associatedRule: { ...n.associatedRule, index: index.get(n.associatedRule.id) ?? n.associatedRule.index } } : {} }));
  const other = notes.filter((n) => n.descriptor?.id !== "parse-error" && n.descriptor?.id !== "sarif-capped");
  const capped = notes.filter((n) => n.descriptor?.id === "sarif-capped");
  const notifications = [...other.sort(byPath), ...parseErrors.sort((a, b) => compareResults({ ...a, ruleId: "" }, { ...b, ruleId: "" })), ...capped];
  const run2 = {
    ...first,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    invocations: [{ executionSuccessful: runs.every((r) => r.invocations?.[0]?.executionSuccessful !== false), ...notifications.length ? { toolExecutionNotifications: notifications } : {} }],
    results
  };
  return `${JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run2] }, null, 2)}
`;
}

// src/color.ts
function colorEnabled(flag, isTTY, env2) {
  if (flag !== void 0) return flag;
  const force = env2.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env2.NO_COLOR !== void 0 && env2.NO_COLOR !== "") return false;
  return isTTY;
}
function textWidth(stream, env2) {
  const fromEnv = /^\d+$/.test(env2.COLUMNS ?? "") ? Number(env2.COLUMNS) : void 0;
  if (stream.isTTY) return stream.columns && stream.columns > 0 ? stream.columns : fromEnv ?? 80;
  return fromEnv !== void 0 && fromEnv > 0 ? fromEnv : void 0;
}

// src/progress.ts
function progressReporter(stream, opts = {}) {
  const now = opts.now ?? (() => performance.now());
  const delay = opts.delayMs ?? 1e3;
  const interval = opts.intervalMs ?? 200;
  const started = now();
  let last = -Infinity;
  let shown = false;
  return (done, total) => {
    const t = now();
    if (done >= total) {
      if (shown) stream.write("\r\x1B[K");
      shown = false;
      return;
    }
    if (t - started < delay || t - last < interval) return;
    last = t;
    shown = true;
    stream.write(`\rprodlint: ${done}/${total} files`);
  };
}

// src/statistics.ts
function ruleCounts(result) {
  const byId = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const c = byId.get(f.ruleId);
    if (!c) byId.set(f.ruleId, { id: f.ruleId, name: f.ruleName, severity: f.severity, count: 1 });
    else {
      c.count++;
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[c.severity]) c.severity = f.severity;
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function formatStatistics(result) {
  const counts = ruleCounts(result);
  if (counts.length === 0) return "";
  const countWidth = Math.max(...counts.map((c) => String(c.count).length));
  const idWidth = Math.max(...counts.map((c) => c.id.length));
  const nameWidth = Math.max(...counts.map((c) => c.name.length));
  return counts.map((c) => `${String(c.count).padStart(countWidth)}  ${c.id.padEnd(idWidth)}  ${c.name.padEnd(nameWidth)}  ${c.severity}`).join("\n") + "\n";
}

// src/stdin.ts
import { resolve as resolve4 } from "node:path";
var StdinUsageError = class extends Error {
};
async function withStdin(paths, stdinFilename, cwd, stdin) {
  const dashes = paths.filter((p) => p === "-").length;
  if (stdinFilename === void 0) {
    if (dashes > 0) throw new StdinUsageError('"-" reads standard input: name the file it stands for with --stdin-filename <path>');
    return paths;
  }
  if (dashes !== 1 || paths.length !== 1) throw new StdinUsageError('--stdin-filename goes with "-" as the only path: prodlint --stdin-filename app/start.sh -');
  if (stdinFilename.trim() === "") throw new StdinUsageError("--stdin-filename needs a path");
  const chunks = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  setStandIn(resolve4(cwd, stdinFilename), Buffer.concat(chunks));
  return [stdinFilename];
}

// src/cli.ts
var HELP = `prodlint ${VERSION} \u2014 catch production hazards before they ship

Usage:
  prodlint [paths...] [options]     lint files and directories (default: .)
  prodlint explain <RULE>           print a rule's documentation
  prodlint rules [-f json|sarif]    list the rules
  prodlint baseline [paths...]      accept today's findings: write .prodlint-baseline.json
  prodlint baseline --prune         drop baseline entries that no longer match a finding
  prodlint init [--force]           write a commented starter .prodlint.yaml for this repository
  prodlint merge <a.sarif>... [-o f] join the SARIF files of --shard runs into one run

Options:
  -f, --format <name>        text (default), concise, json, sarif or github; repeatable
  -o, --output <file>        write the matching --format to a file (in order); default stdout
      --fail-on <level>      error (default), warning, note or none: the lowest severity that exits 1
  -c, --config <file>        one configuration file for every file (default: the nearest .prodlint.yaml above each file)
      --rule <ID=level>      set a rule (id, any case, or name) to off, note, warning or error; repeatable
      --select <list>        run only these rules: ids, prefixes (SH, PY0), names or ALL; comma-separated
      --ignore <list>        do not run these rules (same selectors); --rule wins over both
      --max-file-size <size> skip larger files (default 1MiB; e.g. 512KiB, 2MB)
      --ignore-unknown       silently skip named files of no known kind (pre-commit file lists)
      --no-inline-suppressions  ignore prodlint-disable comments and peer pragmas (audits)
      --baseline <file>      leave out findings accepted in this baseline (and, with the baseline
                             command, the file to write; default .prodlint-baseline.json)
      --changed-since <ref>  report only findings on lines changed since the merge base of <ref>
                             and HEAD (working tree included), plus absence findings of changed files
      --prune                with baseline: remove stale entries instead of rewriting the file
      --force                with init: overwrite an existing configuration
      --workers <n|auto>     worker threads for Python/TypeScript analysis (default auto: up to 4)
      --no-cache             do not read or write the result cache ($XDG_CACHE_HOME/prodlint)
      --shard <i/n>          report only shard i of n (CI matrices); join with prodlint merge
      --file-timeout <ms>    give up on a file after this long (default 5000)
  -q, --quiet                print only findings at or above --fail-on (errors with --fail-on none)
      --statistics           print finding counts per rule instead of the text/concise output
      --stdin-filename <path>  with "-" as the path: lint standard input as the file <path>
      --explain-file <path>  print the file's kind and environment and what decided them (with -f json:
                             as JSON); lints nothing; repeatable
      --color / --no-color   force colour on or off (default: on for a TTY; FORCE_COLOR beats NO_COLOR)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or config error.
Docs: https://github.com/prodlint/prodlint#readme`;
var UsageError = class extends Error {
};
async function main(argv, io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }) {
  try {
    return await mainInner(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof MissingPathError || err instanceof OutputError || err instanceof StdinUsageError) {
      io.stderr.write(`prodlint: ${err.message.split("\n")[0]}
`);
      return 2;
    }
    io.stderr.write(`prodlint: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}
`);
    return 2;
  }
}
async function mainInner(argv, io) {
  let parsed;
  const options = {
    format: { type: "string", short: "f", multiple: true },
    output: { type: "string", short: "o", multiple: true },
    "fail-on": { type: "string" },
    config: { type: "string", short: "c" },
    rule: { type: "string", multiple: true },
    select: { type: "string", multiple: true },
    ignore: { type: "string", multiple: true },
    "max-file-size": { type: "string" },
    "ignore-unknown": { type: "boolean" },
    "no-inline-suppressions": { type: "boolean" },
    baseline: { type: "string" },
    "changed-since": { type: "string" },
    prune: { type: "boolean" },
    force: { type: "boolean" },
    workers: { type: "string" },
    "no-cache": { type: "boolean" },
    shard: { type: "string" },
    "file-timeout": { type: "string" },
    quiet: { type: "boolean", short: "q" },
    statistics: { type: "boolean" },
    "stdin-filename": { type: "string" },
    "explain-file": { type: "string", multiple: true },
    color: { type: "boolean" },
    "no-color": { type: "boolean" },
    version: { type: "boolean", short: "v" },
    help: { type: "boolean", short: "h" }
  };
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    throw new UsageError(parseArgsMessage(err, argv, Object.keys(options)));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === "help") {
    io.stdout.write(HELP + "\n");
    return 0;
  }
  if (values.version) {
    io.stdout.write(VERSION + "\n");
    return 0;
  }
  const formats = (values.format ?? ["text"]).map((f) => {
    if (!isFormatName(f)) throw new UsageError(`unknown --format "${f}" (expected ${FORMATS.join(", ")})`);
    return f;
  });
  const outputs = values.output ?? [];
  if (outputs.length > formats.length) throw new UsageError("more --output than --format options: give each --output its --format");
  const toStdout = formats.slice(outputs.length);
  if (toStdout.length > 1) throw new UsageError(`${toStdout.join(" and ")} would both go to standard output: give all but one of them an --output file (--output pairs with --format in order)`);
  outputs.forEach((o) => {
    const problem = outputPathProblem(resolve5(io.cwd, o), o);
    if (problem) throw new UsageError(problem);
  });
  const [command, ...rest] = positionals;
  if (command === "explain") return explain(rest, io);
  if (command === "rules") return listRules(formats[0] ?? "text", io, outputs[0]);
  if (command === "init") return init(rest, values.force ?? false, io);
  if (command === "merge") return merge(rest, outputs[0], io);
  const writingBaseline = command === "baseline";
  const stdinName = values["stdin-filename"];
  const paths = await withStdin(writingBaseline ? rest : positionals, stdinName, io.cwd, io.stdin ?? process.stdin);
  if (values.prune && !writingBaseline) throw new UsageError("--prune only goes with the baseline command: prodlint baseline --prune");
  if (values.force) throw new UsageError("--force only goes with the init command: prodlint init --force");
  if (writingBaseline && values["changed-since"] !== void 0) throw new UsageError("a baseline records the whole tree: drop --changed-since");
  const failOn = values["fail-on"] ?? "error";
  if (!["error", "warning", "note", "none"].includes(failOn)) throw new UsageError(`unknown --fail-on "${failOn}" (expected error, warning, note or none)`);
  let maxFileSize;
  if (values["max-file-size"] !== void 0) {
    maxFileSize = parseSize(values["max-file-size"]);
    if (maxFileSize === void 0) throw new UsageError(`invalid --max-file-size "${values["max-file-size"]}" (e.g. 1048576, 512KiB, 2MB)`);
  }
  const cliRules = (values.rule ?? []).flatMap((r) => parseRuleFlag(r, allRules));
  let changes;
  if (values["changed-since"] !== void 0) {
    const c = changedSince(values["changed-since"], io.cwd);
    if ("error" in c) throw new UsageError(c.error);
    changes = c.changes;
  }
  let baseline;
  const baselineName = values.baseline;
  if (baselineName !== void 0 && !writingBaseline) {
    const b = readBaseline(resolve5(io.cwd, baselineName), baselineName);
    if ("error" in b) throw new UsageError(b.error);
    baseline = b.baseline;
  }
  const { settings, tree } = loadSettings({
    // --explain-file alone: the repository is the one around the files it names.
    paths: values["explain-file"] && paths.length === 0 ? values["explain-file"] : paths,
    cwd: io.cwd,
    rules: allRules,
    ...values.config ? { configPath: values.config } : {},
    cliRules,
    ...cliSelection(values.select, values.ignore),
    ...maxFileSize !== void 0 ? { maxFileSize } : {},
    inlineSuppressions: !values["no-inline-suppressions"],
    ignoreUnknown: values["ignore-unknown"] ?? false,
    workers: workerCount(values.workers),
    ...values.shard !== void 0 ? { shard: shardOf(values.shard) } : {},
    ...values["file-timeout"] !== void 0 ? { fileTimeoutMs: positiveInt(values["file-timeout"], "--file-timeout") } : {},
    ...!values["no-cache"] && stdinName === void 0 && cacheDir(io.env) ? { cacheDir: cacheDir(io.env) } : {}
  });
  if (values["explain-file"]) {
    const explained = await explainPaths(values["explain-file"], settings, settings.root, io.cwd);
    io.stdout.write(formats[0] === "json" ? `${JSON.stringify(explained, null, 2)}
` : explained.map(explanationText).join(""));
    return 0;
  }
  if (io.stderr.isTTY && !io.env.CI && !values.quiet) settings.onProgress = progressReporter(io.stderr);
  if (io.env.PRODLINT_BENCH_FILES) settings.onDiscovered = (paths2) => writeFileAtomic(io.env.PRODLINT_BENCH_FILES, paths2.join("\n"));
  let result = await run(settings);
  for (const w of tree.warnings) io.stderr.write(`prodlint: warning: ${w}
`);
  if (io.env.PRODLINT_BENCH_STATS) writeFileAtomic(io.env.PRODLINT_BENCH_STATS, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, stats: result.stats }));
  const scope = runScope(result, paths, io.cwd, values.shard !== void 0);
  if (writingBaseline) return writeBaseline(result.findings, scope, result.root, baselineName, values.prune ?? false, io);
  if (baseline) result = applyBaseline(result, baseline, baselineName, scope);
  if (changes) {
    const fileLevel = new Set(allRules.filter((r) => r.anchor === "owner").map((r) => r.id));
    fileLevel.add("PL000");
    fileLevel.add("PL001");
    result = filterToChanges(result, changes, (id) => fileLevel.has(id));
  }
  const empty = values.shard === void 0 ? emptyPaths(paths, io.cwd, result.root, [...result.linted ?? [], ...result.notices.filter((n) => n.id.startsWith("skipped-") && n.path).map((n) => n.path)], values["ignore-unknown"] ?? false) : [];
  const given = paths.length ? paths : ["."];
  if (empty.length === given.length) throw new UsageError(given.length === 1 ? emptyPathMessage(resolve5(io.cwd, given[0]), given[0]) : `nothing to lint: no file of a kind prodlint lints in ${given.join(", ")}`);
  for (const p of empty) if (!result.notices.some((n) => n.id === "unknown-kind" && resolve5(result.root, n.path ?? "") === resolve5(io.cwd, p))) io.stderr.write(`prodlint: warning: ${emptyPathMessage(resolve5(io.cwd, p), p)}
`);
  const threshold = failOn === "none" ? Infinity : SEVERITY_RANK[failOn];
  if (values.quiet) result.findings = result.findings.filter((f) => SEVERITY_RANK[f.severity] >= (failOn === "none" ? SEVERITY_RANK.error : threshold));
  const color = colorEnabled(values["no-color"] ? false : values.color ? true : void 0, Boolean(io.stdout.isTTY), io.env);
  const width = textWidth(io.stdout, io.env);
  formats.forEach((format, i) => {
    const human = !outputs[i] && (format === "text" || format === "concise");
    const out = values.statistics && human ? formatStatistics(result) : formatResult(format, result, { color: outputs[i] ? false : color, ...outputs[i] || width === void 0 ? {} : { width } });
    if (outputs[i]) writeFileAtomic(resolve5(io.cwd, outputs[i]), out, outputs[i]);
    else io.stdout.write(out);
    if (format === "github" && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatStepSummary(result, { links: summaryLinksFromEnv(io.env) }));
  });
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
function writeBaseline(findings, scope, root, name, prune, io) {
  const path = name !== void 0 ? resolve5(io.cwd, name) : join4(root, BASELINE_FILE);
  const shown = name ?? (relative2(io.cwd, path) || BASELINE_FILE);
  const plural3 = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const outside = scope ? `; entries of files outside this run kept` : "";
  if (prune) {
    const existing2 = readBaseline(path, shown);
    if ("error" in existing2) throw new UsageError(existing2.error);
    const { baseline: baseline2, removed } = pruneBaseline(existing2.baseline, findings, scope);
    writeFileAtomic(path, serializeBaseline(baseline2), shown);
    const kept2 = baselineSize(baseline2);
    io.stdout.write(`prodlint: pruned ${plural3(removed, "stale entry", "stale entries")} from ${shown}; ${plural3(kept2, "accepted finding remains", "accepted findings remain")}${outside}
`);
    return 0;
  }
  let existing;
  if (scope && existsSync(path)) {
    const read = readBaseline(path, shown);
    if ("error" in read) throw new UsageError(`${read.error}; not overwritten by a run over part of the tree (run prodlint baseline on the whole repository to replace it)`);
    existing = read.baseline;
  }
  const { baseline, kept } = rewriteBaseline(existing, findings, scope);
  writeFileAtomic(path, serializeBaseline(baseline), shown);
  const count = baselineSize(baseline) - kept;
  const also = kept > 0 ? ` (and keeping ${kept} of files outside this run)` : "";
  io.stdout.write(`prodlint: wrote ${shown} accepting ${plural3(count, "finding", "findings")}${also}; lint with --baseline ${shown} to report only new ones
`);
  return 0;
}
async function init(args, force, io) {
  if (args.length > 0) throw new UsageError(`init takes no paths (it surveys the whole repository), got "${args[0]}"`);
  const root = findRoot(io.cwd);
  const existing = CONFIG_FILE_NAMES.map((n) => join4(root, n)).find((p) => existsSync(p));
  if (existing && !force) throw new UsageError(`${relative2(io.cwd, existing) || existing} already exists; edit it, or use prodlint init --force to replace it`);
  const target = existing ?? join4(root, CONFIG_FILE_NAMES[0]);
  const { settings } = loadSettings({ paths: [root], cwd: root, root, rules: allRules, config: defaultConfig(), workers: 1 });
  const { findings } = await run(settings);
  writeFileAtomic(target, await initConfig(root, allRules, findings), relative2(io.cwd, target) || target);
  io.stdout.write(`prodlint: wrote ${relative2(io.cwd, target) || target}
`);
  return 0;
}
function cliSelection(select, ignore) {
  const split = (flag, values) => values?.flatMap((v) => v.split(",").map((x) => x.trim()).filter((x) => x !== "")).map((x) => {
    const problem = selectorProblem(x, allRules);
    if (problem) throw new UsageError(`--${flag} ${problem}`);
    return x;
  });
  const s = split("select", select);
  const i = split("ignore", ignore);
  if (!s && !i) return {};
  return { cliSelection: { ...s ? { select: s } : {}, ...i ? { ignore: i } : {} } };
}
function workerCount(text) {
  if (text === void 0 || text === "auto") return Math.max(1, Math.min(4, availableParallelism()));
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--workers needs ${NUMBER_WANTED.workers}, got "${text}"`);
  return Number(text);
}
function positiveInt(text, flag) {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${flag} needs a positive whole number, got "${text}"`);
  return Number(text);
}
function shardOf(text) {
  const shard = parseShard(text);
  if (!shard) throw new UsageError(`--shard needs i/n with 1 <= i <= n, e.g. 2/4; got "${text}"`);
  return shard;
}
function merge(files, output, io) {
  if (files.length === 0) throw new UsageError("merge needs SARIF files: prodlint merge a.sarif b.sarif [-o merged.sarif]");
  const texts = files.map((f) => {
    try {
      return { name: f, text: readFileSync3(resolve5(io.cwd, f), "utf8") };
    } catch {
      throw new UsageError(`cannot read ${f}`);
    }
  });
  let merged2;
  try {
    merged2 = mergeSarif(texts);
  } catch (err) {
    if (err instanceof MergeError) throw new UsageError(err.message);
    throw err;
  }
  if (output) writeFileAtomic(resolve5(io.cwd, output), merged2, output);
  else io.stdout.write(merged2);
  return 0;
}
function explain(ids, io) {
  const id = ids[0];
  if (!id) throw new UsageError("explain needs a rule id or name, e.g. prodlint explain SH001");
  const named = rulesNamed(id, allRules);
  if (named.length === 0) throw new UsageError(`unknown rule "${id}" (prodlint rules lists them)`);
  io.stdout.write(named.map((rule) => renderRuleText(rule) + "\n").join("\n"));
  return 0;
}
function listRules(format, io, output) {
  let text;
  if (format === "github") throw new UsageError("prodlint rules lists rules as text, json or sarif; github annotations are for findings");
  if (format === "sarif") {
    text = formatSarif({ toolVersion: VERSION, root: io.cwd, findings: [], rules: allRules, notices: [], sources: /* @__PURE__ */ new Map(), stats: { filesDiscovered: 0, filesLinted: 0, filesParsed: 0, durationMs: 0, suppressed: 0, baselined: 0 } });
  } else if (format === "json") {
    const list = allRules.map((r) => ({ id: r.id, name: r.name, severity: r.severity, category: r.category, kinds: r.kinds, productionOnly: r.productionOnly, summary: r.docs.summary }));
    text = JSON.stringify(list, null, 2) + "\n";
  } else {
    text = allRules.map((r) => `${r.id}  ${r.name.padEnd(38)} ${r.severity.padEnd(8)} ${r.kinds.length === 8 ? "all kinds" : r.kinds.join(", ")}
`).join("");
  }
  if (output) writeFileAtomic(resolve5(io.cwd, output), text, output);
  else io.stdout.write(text);
  return 0;
}
var isMain = process.argv[1] && /(^|[\\/])(cli\.(ts|js)|prodlint)$/.test(process.argv[1]);
if (isMain) {
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
export {
  main
};
