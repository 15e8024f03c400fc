/**
 * Reading `curl` and `wget` command lines: which options they were given, with curl's short options
 * clustered (`-fsSL`) and its options that take a value skipped, so that `-o -f` is not read as
 * `--fail`. Option names from curl(1) and wget(1).
 */
import type { Command, Word } from '../types.js';
import { programName } from './query.js';

/** curl short options that take a value (curl(1)); in a cluster, the rest of the word is that value. */
const CURL_SHORT_WITH_VALUE = new Set('AbCcDdEeFHKmoPQrTtUuwXxYyz'.split(''));
/** curl long options that take a value, among those the rules ask about or that could hide them. */
const CURL_LONG_WITH_VALUE = new Set([
  '--max-time', '--connect-timeout', '--output', '--write-out', '--config', '--speed-time', '--speed-limit', '--header', '--data', '--data-raw', '--data-binary',
  '--data-urlencode', '--form', '--request', '--user', '--user-agent', '--url', '--proxy', '--cookie', '--cookie-jar', '--retry', '--retry-delay', '--retry-max-time',
  '--cacert', '--cert', '--key', '--resolve', '--connect-to', '--referer', '--range', '--upload-file', '--interface', '--dns-servers', '--unix-socket', '--max-filesize',
  '--limit-rate', '--json', '--oauth2-bearer', '--aws-sigv4', '--expect100-timeout', '--happy-eyeballs-timeout-ms', '--keepalive-time', '--output-dir', '--create-file-mode',
  '--variable', '--trace', '--trace-ascii', '--stderr', '--dump-header', '--etag-save', '--etag-compare', '--time-cond', '--local-port', '--proto', '--proto-redir',
]);

export interface CurlOption {
  /** `-f`, `--fail`, `-m`... (a short option inside a cluster is reported by itself). */
  name: string;
  value: string | null | undefined;
  word: Word;
}

/** The options of a `curl` command, in order; stops at `--`. Undefined for any other program. */
export function curlOptions(cmd: Command): CurlOption[] | undefined {
  return readCurl(cmd)?.options;
}

/** The URLs of a `curl` command (null when dynamic): its positional arguments and `--url` values. */
export function curlUrls(cmd: Command): (string | null)[] | undefined {
  const r = readCurl(cmd);
  if (!r) return undefined;
  return [...r.positionals.map((w) => w.value), ...r.options.filter((o) => o.name === '--url').map((o) => o.value ?? null)];
}

function readCurl(cmd: Command): { options: CurlOption[]; positionals: Word[] } | undefined {
  if (programName(cmd) !== 'curl') return undefined;
  const out: CurlOption[] = [];
  const positionals: Word[] = [];
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i]!;
    const v = w.value;
    if (v === null || !v.startsWith('-') || v === '-') {
      positionals.push(w);
      continue;
    }
    if (v === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq === -1 ? v : v.slice(0, eq);
      if (eq !== -1) out.push({ name, value: v.slice(eq + 1), word: w });
      else if (CURL_LONG_WITH_VALUE.has(name)) {
        out.push({ name, value: argv[i + 1]?.value, word: w });
        i++;
      } else out.push({ name, value: undefined, word: w });
      continue;
    }
    // A cluster: `-fsSL`, `-sSo/dev/null`, `-m10`.
    for (let k = 1; k < v.length; k++) {
      const c = v[k]!;
      if (CURL_SHORT_WITH_VALUE.has(c)) {
        const rest = v.slice(k + 1);
        if (rest) out.push({ name: `-${c}`, value: rest, word: w });
        else {
          out.push({ name: `-${c}`, value: argv[i + 1]?.value, word: w });
          i++;
        }
        break;
      }
      out.push({ name: `-${c}`, value: undefined, word: w });
    }
  }
  return { options: out, positionals };
}

export function hasOption(options: readonly CurlOption[], ...names: string[]): CurlOption | undefined {
  return options.find((o) => names.includes(o.name));
}

/** wget short options that take a value (wget(1)). */
const WGET_SHORT_WITH_VALUE = new Set('OoaitTwQPeUlARDIXB'.split(''));

/** wget options as `name` -> value (`-T 10`, `--timeout=10`, `-T10`); short clusters are split. */
export function wgetOptions(cmd: Command): CurlOption[] | undefined {
  if (programName(cmd) !== 'wget') return undefined;
  const out: CurlOption[] = [];
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i]!;
    const v = w.value;
    if (v === null || !v.startsWith('-') || v === '-') continue;
    if (v === '--') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      out.push({ name: eq === -1 ? v : v.slice(0, eq), value: eq === -1 ? undefined : v.slice(eq + 1), word: w });
      continue;
    }
    for (let k = 1; k < v.length; k++) {
      const c = v[k]!;
      if (WGET_SHORT_WITH_VALUE.has(c)) {
        const rest = v.slice(k + 1);
        out.push({ name: `-${c}`, value: rest || argv[i + 1]?.value, word: w });
        if (!rest) i++;
        break;
      }
      out.push({ name: `-${c}`, value: undefined, word: w });
    }
  }
  return out;
}
