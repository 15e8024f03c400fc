/**
 * Suppression comments of peer linters that prodlint honours for its equivalent rules, so a team
 * that already wrote `# noqa: S113` or `# hadolint ignore=DL3025` does not have to write the same
 * decision twice. Only codes whose peer rule means the same hazard are mapped; blanket pragmas
 * (`# noqa`, `# nosec` without codes) are not honoured, because they usually silence style checks
 * and would hide a production hazard nobody looked at. Each pragma keeps the scope its own tool
 * gives it (see `PEER_SCOPES`).
 */
import type { Kind } from './types.js';

export type PeerTool = 'hadolint' | 'bandit' | 'noqa';

export interface PeerMapping {
  tool: PeerTool;
  /** The peer's code as written in its pragma. */
  code: string;
  /** Other spellings the peer accepts for the same check (Bandit test names). */
  aliases?: readonly string[];
  /** What the peer rule reports, in the peer's words (for the README table and reviewers). */
  meaning: string;
  /** prodlint rule ids the pragma suppresses. */
  rules: readonly string[];
}

/**
 * The mapping table. Sources: hadolint README rule table (v2.x); Bandit plugin docs
 * (`bandit/plugins/request_without_timeout.py`, `flask_debug.py`); Ruff rule docs for the
 * flake8-bandit (`S`) and flake8-async (`ASYNC`) codes, which flake8 plugins share.
 * ShellCheck has no check for the hazards prodlint reports, so it has no entry.
 */
export const PEER_MAPPINGS: readonly PeerMapping[] = [
  // hadolint DL3025: "Use arguments JSON notation for CMD and ENTRYPOINT arguments".
  { tool: 'hadolint', code: 'DL3025', meaning: 'use JSON (exec) form for CMD and ENTRYPOINT', rules: ['DF002'] },
  // hadolint DL3002: "Last USER should not be root".
  { tool: 'hadolint', code: 'DL3002', meaning: 'last USER should not be root', rules: ['DF003'] },
  // hadolint DL3006: "Always tag the version of an image explicitly".
  { tool: 'hadolint', code: 'DL3006', meaning: 'always tag the version of an image explicitly', rules: ['DF006'] },
  // hadolint DL3007: "Using latest is prone to errors if the image will ever update".
  { tool: 'hadolint', code: 'DL3007', meaning: 'do not use the latest tag', rules: ['DF006'] },
  // hadolint DL3057: "HEALTHCHECK instruction missing" (off by default in hadolint).
  { tool: 'hadolint', code: 'DL3057', meaning: 'HEALTHCHECK instruction missing', rules: ['DF004'] },
  // Bandit B113 request_without_timeout: requests/httpx calls without a timeout can hang forever.
  { tool: 'bandit', code: 'B113', aliases: ['request_without_timeout'], meaning: 'HTTP request without a timeout', rules: ['PY007'] },
  // Bandit B201 flask_debug_true: Flask app run with debug=True exposes the Werkzeug debugger.
  { tool: 'bandit', code: 'B201', aliases: ['flask_debug_true'], meaning: 'Flask app run with debug=True', rules: ['PY001'] },
  // Ruff / flake8-bandit S113 request-without-timeout (the same check as Bandit B113).
  { tool: 'noqa', code: 'S113', meaning: 'HTTP request without a timeout (flake8-bandit, Ruff)', rules: ['PY007'] },
  // Ruff / flake8-bandit S201 flask-debug-true (the same check as Bandit B201).
  { tool: 'noqa', code: 'S201', meaning: 'Flask app run with debug=True (flake8-bandit, Ruff)', rules: ['PY001'] },
  // flake8-async / Ruff ASYNC210 blocking-http-call-in-async-function (requests, urllib.request).
  { tool: 'noqa', code: 'ASYNC210', meaning: 'blocking HTTP call in an async function (flake8-async, Ruff)', rules: ['PY006'] },
  // flake8-async / Ruff ASYNC221 run-process-in-async-function (subprocess.run, call, check_output...).
  { tool: 'noqa', code: 'ASYNC221', meaning: 'blocking subprocess run in an async function (flake8-async, Ruff)', rules: ['PY006'] },
  // flake8-async / Ruff ASYNC251 blocking-sleep-in-async-function (time.sleep).
  { tool: 'noqa', code: 'ASYNC251', meaning: 'time.sleep in an async function (flake8-async, Ruff)', rules: ['PY006'] },
];

/**
 * Which lines a pragma covers, following each tool's own rule:
 * - `line`: the physical line holding the comment (Ruff/flake8 `# noqa`).
 * - `statement`: the whole statement holding the comment (Bandit checks `# nosec` on every line of
 *   the flagged node's range).
 * - `next-line`: the instruction starting on the very next line (hadolint records an ignore for
 *   `line + 1` only: a blank line or another comment in between makes it apply to nothing).
 * - `file`: the whole file (`# hadolint global ignore=`, `# ruff: noqa: CODES`).
 */
export type PeerScope = 'line' | 'statement' | 'next-line' | 'file';

export interface PeerPragma {
  tool: PeerTool;
  scope: PeerScope;
  /** Codes as written, with their offsets into the comment body. */
  codes: { code: string; offset: number }[];
}

/** Kinds each tool's pragmas are read in: hadolint in Dockerfiles, the Python tools in Python. */
const TOOL_KINDS: Record<PeerTool, readonly Kind[]> = {
  hadolint: ['dockerfile'],
  bandit: ['python'],
  noqa: ['python'],
};

// hadolint (src/Hadolint/Pragma.hs): the whole comment is `hadolint [global] ignore=CODE[,CODE]`,
// optionally followed by `# reason`. Codes are made of the letters D, L, S, C and digits.
const HADOLINT = /^[ \t]*hadolint[ \t]+(global[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/s;
// Ruff's file-level exemption `# ruff: noqa: CODES` (own line); codes are letters then digits.
const RUFF_FILE = /^[ \t]*ruff[ \t]*:[ \t]*noqa[ \t]*:[ \t]*([A-Z]+[0-9]+(?:[ \t,]+[A-Z]+[0-9]+)*)/;
// `# noqa: CODES` anywhere in a comment (Ruff and flake8 accept it after other text).
const NOQA = /(?:^|#)[ \t]*noqa[ \t]*:[ \t]*([A-Z]+[0-9]+(?:[ \t]*,[ \t]*[A-Z]+[0-9]+|[ \t]+[A-Z]+[0-9]+)*)/i;
// Bandit (bandit/core/manager.py): `# nosec`, optional colon, then tests up to the next `#`.
const NOSEC = /(?:^|#)[ \t]*nosec(?![\w-]):?[ \t]*([^#]*)/i;

/**
 * The peer pragma in a comment body (the text after the comment marker), if any. Returns
 * undefined for blanket pragmas (no codes): prodlint does not honour those.
 */
export function parsePeerPragma(kind: Kind, body: string): PeerPragma | undefined {
  if (TOOL_KINDS.hadolint.includes(kind)) {
    const m = HADOLINT.exec(body);
    if (m) return { tool: 'hadolint', scope: m[1] ? 'file' : 'next-line', codes: codesIn(m[2]!, body.indexOf(m[2]!, m.index + m[0].indexOf('='))) };
  }
  if (TOOL_KINDS.noqa.includes(kind)) {
    const file = RUFF_FILE.exec(body);
    if (file) return { tool: 'noqa', scope: 'file', codes: codesIn(file[1]!, file.index + file[0].length - file[1]!.length) };
    const m = NOQA.exec(body);
    if (m) return { tool: 'noqa', scope: 'line', codes: codesIn(m[1]!, m.index + m[0].length - m[1]!.length).map((c) => ({ ...c, code: c.code.toUpperCase() })) };
  }
  if (TOOL_KINDS.bandit.includes(kind)) {
    const m = NOSEC.exec(body);
    if (m) {
      const codes = codesIn(m[1]!, m.index + m[0].length - m[1]!.length).filter((c) => /^(B\d+|[a-z\d_]+)$/i.test(c.code));
      if (codes.length) return { tool: 'bandit', scope: 'statement', codes };
    }
  }
  return undefined;
}

function codesIn(list: string, offset: number): { code: string; offset: number }[] {
  const out: { code: string; offset: number }[] = [];
  const re = /[^\s,]+/g;
  for (let t = re.exec(list); t; t = re.exec(list)) out.push({ code: t[0], offset: offset + t.index });
  return out;
}

const BY_CODE = new Map<string, PeerMapping>();
for (const m of PEER_MAPPINGS) {
  BY_CODE.set(`${m.tool}:${m.code.toLowerCase()}`, m);
  for (const a of m.aliases ?? []) BY_CODE.set(`${m.tool}:${a.toLowerCase()}`, m);
}

/** The prodlint rules a peer code suppresses (empty for codes with no equivalent). */
export function mappedRules(tool: PeerTool, code: string): readonly string[] {
  return BY_CODE.get(`${tool}:${code.toLowerCase()}`)?.rules ?? [];
}
