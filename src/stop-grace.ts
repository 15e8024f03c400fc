/**
 * How long a service needs between the stop signal and the kill, as the service itself declares
 * it: a worker's task time limit or a server's graceful-shutdown timeout, written on its command
 * line or in its environment. Platform-neutral (it reads `Command`s and `EnvAssignment`s), so
 * compose's `stop_grace_period`, systemd's `TimeoutStopSec=` and the deployment model's
 * `stopGraceSeconds` are all compared with the same need.
 *
 * Each option is from its tool's documentation: Celery `worker --time-limit/--soft-time-limit`
 * (seconds; a running task is finished on SIGTERM, warm shutdown), Gunicorn `--graceful-timeout`
 * (seconds the arbiter waits for workers after SIGTERM; also in `GUNICORN_CMD_ARGS`), Uvicorn
 * `--timeout-graceful-shutdown` (also `UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN`), Hypercorn
 * `--graceful-timeout`, Sidekiq `-t/--timeout` (shutdown timeout), Dramatiq
 * `--worker-shutdown-timeout` (milliseconds). Only values written explicitly count: a tool's
 * default (Gunicorn's 30 s) is not a visible decision.
 */
import { splitWords } from './shell/words.js';
import { EmbeddedText } from './embedded.js';
import { findFlag, flagValue, programName, subcommand } from './shell/query.js';
import type { Span } from './source.js';
import type { Command, EnvAssignment, Word } from './types.js';

export interface StopNeed {
  /** Seconds the service may need to stop cleanly. */
  seconds: number;
  /** Where it is declared, for messages: `celery --time-limit=600`, `GRACEFUL_TIMEOUT=120`. */
  what: string;
  span: Span;
}

interface FlagSpec {
  /** Program (after wrappers) and, when needed, its subcommand. */
  program: string;
  sub?: string;
  flags: readonly string[];
  /** Seconds per unit of the value (Dramatiq's milliseconds: 0.001). */
  scale?: number;
}

const FLAGS: readonly FlagSpec[] = [
  { program: 'celery', sub: 'worker', flags: ['--time-limit', '--soft-time-limit'] },
  { program: 'gunicorn', flags: ['--graceful-timeout'] },
  { program: 'uvicorn', flags: ['--timeout-graceful-shutdown'] },
  { program: 'hypercorn', flags: ['--graceful-timeout'] },
  { program: 'sidekiq', flags: ['-t', '--timeout'] },
  { program: 'dramatiq', flags: ['--worker-shutdown-timeout'], scale: 0.001 },
];
const CELERY_WITH_VALUE = ['-A', '--app', '-b', '--broker', '--result-backend', '--loader', '--config', '--workdir'];

/**
 * Environment variables that hold a shutdown or per-task timeout in seconds: Uvicorn's own, and
 * the names the common Gunicorn images and worker templates read (`GRACEFUL_TIMEOUT`,
 * `WORKER_TIMEOUT`...).
 */
const ENV_SECONDS = /^(UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN|GUNICORN_GRACEFUL_TIMEOUT|GRACEFUL_TIMEOUT|GRACEFUL_SHUTDOWN_TIMEOUT|SHUTDOWN_TIMEOUT|WORKER_TIMEOUT|TASK_TIMEOUT|JOB_TIMEOUT|CELERY_TASK_TIME_LIMIT|CELERYD_TASK_TIME_LIMIT)(_SECONDS|_SECS|_S)?$/;

/**
 * Variables that hold extra command-line options: Gunicorn reads `GUNICORN_CMD_ARGS`; Celery's
 * documented daemonization setup passes `CELERYD_OPTS` to `celery multi start`.
 */
const OPTION_VARIABLES: Record<string, readonly string[]> = {
  GUNICORN_CMD_ARGS: ['--graceful-timeout'],
  CELERYD_OPTS: ['--time-limit', '--soft-time-limit'],
};

/** A plain number of seconds (`600`, `600.0`); anything else is not judged. */
function seconds(value: string | null | undefined, scale = 1): number | undefined {
  if (value === null || value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value) * scale;
  return n > 0 ? n : undefined;
}

/** The longest stop need a command declares on its command line. */
export function commandStopNeed(command: Command): StopNeed | undefined {
  // `bundle exec sidekiq -t 25`
  const cmd = programName(command) === 'bundle' && command.argv[1]?.value === 'exec' ? { ...command, argv: command.argv.slice(2) } : command;
  const name = programName(cmd);
  let best: StopNeed | undefined;
  for (const spec of FLAGS) {
    if (name !== spec.program) continue;
    if (spec.sub && subcommand(cmd, CELERY_WITH_VALUE)?.value !== spec.sub) continue;
    for (const flag of spec.flags) {
      const word = findFlag(cmd, [flag]);
      // findFlag matches short flags inside clusters (`-tx`); only the flag itself counts here.
      if (!word || !(word.value === flag || word.value?.startsWith(flag + '='))) continue;
      const value = flagValue(cmd, word);
      const s = seconds(value, spec.scale);
      if (s === undefined) continue;
      if (!best || s > best.seconds) best = { seconds: s, what: `${name} ${flag}${word.value?.includes('=') ? '=' : ' '}${value}`, span: spanThroughValue(cmd, word) };
    }
  }
  return best;
}

function spanThroughValue(cmd: Command, flag: Word): Span {
  if (flag.value?.includes('=')) return flag.span;
  const next = cmd.argv[cmd.argv.indexOf(flag) + 1];
  return next ? { start: flag.span.start, end: next.span.end } : flag.span;
}

/** The stop need an environment assignment declares. */
export function envStopNeed(a: EnvAssignment): StopNeed | undefined {
  const options = OPTION_VARIABLES[a.name];
  if (options && a.value) {
    // The value is a command line of its own: `--graceful-timeout 120 --workers 4`.
    const words = splitWords(EmbeddedText.verbatim(a.value, a.valueSpan.start));
    let best: StopNeed | undefined;
    for (const flag of options) {
      const i = words.findIndex((w) => w.word.value === flag || w.word.value?.startsWith(flag + '='));
      if (i === -1) continue;
      const w = words[i]!.word;
      const value = w.value!.includes('=') ? w.value!.slice(w.value!.indexOf('=') + 1) : words[i + 1]?.word.value;
      const s = seconds(value);
      if (s !== undefined && (!best || s > best.seconds)) best = { seconds: s, what: `${a.name} ${flag} ${value}`, span: a.span };
    }
    return best;
  }
  if (!ENV_SECONDS.test(a.name)) return undefined;
  const s = seconds(a.value);
  return s === undefined ? undefined : { seconds: s, what: `${a.name}=${a.value}`, span: a.span };
}

/** The longest stop need among a service's start commands and its environment. */
export function stopNeed(commands: readonly Command[], env: readonly EnvAssignment[]): StopNeed | undefined {
  let best: StopNeed | undefined;
  const consider = (n: StopNeed | undefined) => {
    if (n && (!best || n.seconds > best.seconds)) best = n;
  };
  for (const c of commands) {
    consider(commandStopNeed(c));
    for (const a of c.assigns) consider(envStopNeed(a));
  }
  for (const a of env) consider(envStopNeed(a));
  return best;
}

/** Seconds for messages: `90 s`, `5 min`, `4 h`. */
export function formatSeconds(s: number): string {
  if (s >= 3600 && s % 3600 === 0) return `${s / 3600} h`;
  if (s >= 60 && s % 60 === 0) return `${s / 60} min`;
  return `${Math.round(s * 1000) / 1000} s`;
}

