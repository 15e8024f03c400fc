/**
 * Remote code run straight from a download: `curl … | sh`, `wget -qO- … | sudo bash -s --`,
 * `bash <(curl …)`, `sh -c "$(curl …)"`, `eval "$(wget -qO- …)"`, `curl … | python3 -`. The
 * consumer must be an interpreter reading its program from standard input (no script file, no
 * `-c`/`-e`/`-m`), so `curl … | python -c 'import json…'` (parsing JSON) and `curl … | sh x.sh` are
 * not this. Downloads to a file and then run are not either: the file can be checked in between.
 */
import type { Span } from '../source.js';
import type { Command, Word } from '../types.js';
import { curlOptions, curlUrls, hasOption, wgetOptions } from './curl.js';
import { between, programName } from './query.js';
import { scriptKey } from './script-context.js';

export interface RemoteExec {
  /** `curl`, `wget`. */
  fetcher: string;
  /** `sh`, `bash`, `python3`, `eval`. */
  runner: string;
  /** The URL fetched, when static. */
  url?: string;
  span: Span;
}

const SHELLS = /^(sh|bash|dash|zsh|ksh|ash|mksh|fish)$/;
const INTERPRETERS = /^(python[\d.]*|pypy3?|perl|ruby|node|php)$/;
/** Shell options that take a value (`bash -o pipefail`). */
const SHELL_WITH_VALUE = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);
const FETCH_IN_SUBSTITUTION = /^"?(?:<\(|\$\()\s*(?:sudo\s+(?:-\S+\s+)*)?(curl|wget)\b([^)]*)/;

/** The commands of one script are given so a pipe's producer can be found. */
export function remoteExec(cmd: Command, siblings: readonly Command[]): RemoteExec | undefined {
  const runner = programName(cmd);
  if (!runner) return undefined;
  // `bash <(curl …)`, `source <(curl …)`, `sh -c "$(curl …)"`, `eval "$(curl …)"`.
  const sub = substitutedFetch(cmd, runner);
  if (sub) return sub;
  const pipe = cmd.shell?.pipe;
  if (!pipe || pipe.index === 0 || !readsProgramFromStdin(cmd, runner)) return undefined;
  const producer = pipeNeighbour(cmd, siblings, pipe.index - 1);
  if (!producer) return undefined;
  const fetch = fetchesToStdout(producer);
  if (!fetch) return undefined;
  return { fetcher: fetch.name, runner, ...(fetch.url ? { url: fetch.url } : {}), span: { start: producer.span.start, end: cmd.argv[0]!.span.end } };
}

/** Static URL of a fetch, and its program name, when it writes the download to stdout. */
function fetchesToStdout(cmd: Command): { name: string; url?: string } | undefined {
  const curl = curlOptions(cmd);
  if (curl) {
    const out = hasOption(curl, '-o', '--output');
    if ((out && out.value !== '-') || hasOption(curl, '-O', '--remote-name', '--remote-name-all', '-I', '--head')) return undefined;
    const url = (curlUrls(cmd) ?? []).find((u): u is string => u !== null && /^[a-z]+:\/\/|^[\w.-]+\.[a-z]{2,}\//i.test(u));
    return { name: 'curl', ...(url ? { url } : {}) };
  }
  const wget = wgetOptions(cmd);
  if (wget) {
    const out = hasOption(wget, '-O', '--output-document');
    if (!out || (out.value !== '-' && out.value !== '/dev/stdout')) return undefined;
    const url = cmd.argv.slice(1).map((w) => w.value).find((v): v is string => v !== null && /^[a-z]+:\/\//i.test(v));
    return { name: 'wget', ...(url ? { url } : {}) };
  }
  return undefined;
}

/** `sh`, `bash -s -- --flag`, `sudo -E bash -`, `python3 -`: no script operand, no `-c`. */
function readsProgramFromStdin(cmd: Command, runner: string): boolean {
  const shell = SHELLS.test(runner);
  if (!shell && !INTERPRETERS.test(runner)) return false;
  const args = cmd.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) return false;
    if (v === '-' || (shell && /^-[a-zA-Z]*s[a-zA-Z]*$/.test(v))) return true;
    // After `--`, a word is the script file (`bash -- install.sh`).
    if (v === '--') return args[i + 1] === undefined;
    if (!v.startsWith('-') && !(shell && v.startsWith('+'))) return false;
    if (shell && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) return false;
    // `python -c`, `python -m json.tool`, `node -e`/`-p`/`-r`, `perl -e`/`-n`, `ruby -e`, `php -r`.
    if (!shell && /^-(?:-(?:eval|print|require|import)|[a-zA-Z]*[cmeprnE])/.test(v)) return false;
    if (shell && SHELL_WITH_VALUE.has(v)) i++;
  }
  return true;
}

function substitutedFetch(cmd: Command, runner: string): RemoteExec | undefined {
  const args = cmd.argv.slice(1);
  let word: Word | undefined;
  if (SHELLS.test(runner)) {
    const dashC = args.findIndex((w) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value ?? ''));
    // `sh -c "$(curl …)"` runs the download; `bash <(curl …)` reads it as the script file.
    word = dashC !== -1 ? args[dashC + 1] : args.find((w) => w.value === null || !w.value.startsWith('-'));
  } else if (runner === 'eval' || runner === 'source' || runner === '.') {
    word = args[0];
  }
  if (!word || word.value !== null) return undefined;
  const m = FETCH_IN_SUBSTITUTION.exec(word.text);
  if (!m) return undefined;
  if (m[1] === 'wget' && !/(^|\s)-[a-zA-Z]*O\s*-|--output-document=-|-O\s*\/dev\/stdout/.test(m[2]!)) return undefined;
  if (m[1] === 'curl' && /(^|\s)(-o\s*(?!-\s)\S|--output\s|-O\b|--remote-name)/.test(m[2]!)) return undefined;
  const url = /\b(https?|ftp):\/\/[^\s"')]+/.exec(m[2]!)?.[0];
  return { fetcher: m[1]!, runner, ...(url ? { url } : {}), span: between(cmd.argv[0]!, word) };
}

/** The command at `index` of the same pipeline as `cmd`. */
function pipeNeighbour(cmd: Command, siblings: readonly Command[], index: number): Command | undefined {
  const key = scriptKey(cmd);
  const me = cmd.shell!;
  let best: Command | undefined;
  for (const c of siblings) {
    const s = c.shell;
    if (!s?.pipe || s.pipe.index !== index || s.pipe.length !== me.pipe!.length || s.top !== me.top) continue;
    if (scriptKey(c) !== key || c.nesting !== cmd.nesting || c.span.end > cmd.span.start) continue;
    if (!best || c.span.start > best.span.start) best = c;
  }
  return best;
}
