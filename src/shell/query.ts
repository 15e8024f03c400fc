/**
 * Query helpers for command rules (hadolint-style): what program runs, which flags it has, what
 * its subcommand is. They read `Command.argv`, i.e. after wrappers were seen through.
 */
import type { Span } from '../source.js';
import type { Command, Word } from '../types.js';
import { baseName } from './unwrap.js';

/** Basename of the program, e.g. `uvicorn` for `/venv/bin/uvicorn`; undefined when dynamic. */
export function programName(cmd: Command): string | undefined {
  return baseName(cmd.argv[0]?.value);
}

/** The argv words after the program. */
export function args(cmd: Command): Word[] {
  return cmd.argv.slice(1);
}

/**
 * A flag among the arguments: `--reload`, `--reload=true`, and with `prefix` also `--reload-dir`.
 * Short flags match inside clusters (`-fsSL` has `-f`). Stops at `--`.
 */
export function findFlag(cmd: Command, names: readonly string[], opts: { prefix?: boolean; from?: number } = {}): Word | undefined {
  const words = cmd.argv.slice(1 + (opts.from ?? 0));
  for (const w of words) {
    const v = w.value;
    if (v === null) continue;
    if (v === '--') return undefined;
    for (const n of names) {
      if (v === n || v.startsWith(n + '=')) return w;
      if (opts.prefix && n.startsWith('--') && v.startsWith(n + '-')) return w;
      if (n.length === 2 && n[0] === '-' && n[1] !== '-' && /^-[A-Za-z0-9]+$/.test(v) && v.includes(n[1]!)) return w;
    }
  }
  return undefined;
}

/** Value of `--flag=value`, or of `--flag value`. */
export function flagValue(cmd: Command, flag: Word): string | null | undefined {
  const v = flag.value ?? '';
  const eq = v.indexOf('=');
  if (eq !== -1) return v.slice(eq + 1);
  const i = cmd.argv.indexOf(flag);
  return cmd.argv[i + 1]?.value;
}

/**
 * The first positional argument (the subcommand), skipping options; `withValue` lists options
 * that consume the next word (`flask --app x run`).
 */
export function subcommand(cmd: Command, withValue: readonly string[] = [], from = 1): Word | undefined {
  for (let i = from; i < cmd.argv.length; i++) {
    const w = cmd.argv[i]!;
    const v = w.value;
    if (v === null) return undefined;
    if (v === '--') return cmd.argv[i + 1];
    if (v.startsWith('-')) {
      if (withValue.includes(v)) i++;
      continue;
    }
    return w;
  }
  return undefined;
}

/** Span from the start of one word to the end of another. */
export function between(a: Word, b: Word): Span {
  return { start: Math.min(a.span.start, b.span.start), end: Math.max(a.span.end, b.span.end) };
}

/** Human text of a command's argv (for messages), shortened. */
export function commandText(words: readonly Word[], max = 60): string {
  const t = words.map((w) => w.value ?? w.text).join(' ');
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
