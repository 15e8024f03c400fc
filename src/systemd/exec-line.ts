/**
 * The words of an `Exec*=` line as systemd splits them (systemd.service(5) "Command lines"): after
 * the prefixes `-@:+!`, words are separated by blanks and may be quoted. systemd runs no shell, so
 * shell operators written on the line reach the program as ordinary arguments.
 */
import type { Directive } from '../parse/systemd.js';
import { baseName } from '../shell/unwrap.js';
import type { Span } from '../source.js';
import { splitWords, type SplitWord } from '../shell/words.js';

export interface ExecLine {
  /** The prefixes as written (`-`, `+`, `!!`, `@-`...). */
  prefix: string;
  words: SplitWord[];
}

export function execLine(d: Directive): ExecLine {
  const text = d.value.text;
  let i = 0;
  while (i < text.length && '-@:+!'.includes(text[i]!)) i++;
  return { prefix: text.slice(0, i), words: splitWords(d.value.slice(i, text.length), { dollarIsLiteral: true }) };
}

const SHELLS = /^(sh|bash|dash|zsh|ksh|ash|busybox)$/;

/** True when the line runs a shell that interprets a script: `/bin/sh -c '...'`, `bash -lc "..."`. */
export function runsShellScript(line: ExecLine): boolean {
  const words = line.words;
  for (let i = 0; i < words.length; i++) {
    if (!SHELLS.test(baseName(words[i]!.word.value) ?? '')) continue;
    if (words.slice(i + 1).some((w) => w.word.value !== null && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.word.value))) return true;
  }
  return false;
}

/** Whole-word shell operators: control operators and redirections. */
const OPERATORS = new Set(['&&', '||', '|', '|&', '&', ';;', '>', '>>', '<', '<<', '<<<', '&>', '&>>', '>&', '2>&1', '1>&2', '>|']);
/** A redirection glued to its target: `>/var/log/app.log`, `2>>err.log`, `&>/dev/null`, `2>&1`. */
const GLUED_REDIRECT = /^(\d?>>?|&>>?|\d?<)(&\d|[^<>&|\s]+)$/;

export interface ShellSyntax {
  /** The operator, or `$(…)` / `` `…` `` for command substitution. */
  syntax: string;
  /** Where it is written in the file. */
  span: Span;
}

/** The span of `text[from, to)` of a word, when the word is written contiguously in the file. */
function within(w: SplitWord, from: number, to: number): Span {
  const { span, text } = w.word;
  if (span.end - span.start !== text.length) return span; // joined from continuation lines
  return { start: span.start + from, end: span.start + to };
}

/** The shell syntax in a word, or undefined. Quoted text is an argument the author meant literally. */
export function shellSyntax(w: SplitWord): ShellSyntax | undefined {
  const { text, value } = w.word;
  if (value === null) return undefined;
  const quoted = /["']/.test(text);
  if (!quoted && (OPERATORS.has(value) || GLUED_REDIRECT.test(value))) {
    const operator = GLUED_REDIRECT.exec(value)?.[1] ?? value;
    return { syntax: operator, span: within(w, 0, operator === value ? text.length : operator.length) };
  }
  // Command substitution is not expanded by systemd, quoted or not (single quotes aside).
  const visible = text.replace(/'[^']*'/g, (m) => ' '.repeat(m.length));
  const dollar = visible.indexOf('$(');
  if (dollar !== -1) {
    const close = visible.indexOf(')', dollar);
    return { syntax: '$(…)', span: within(w, dollar, close === -1 ? text.length : close + 1) };
  }
  const tick = visible.indexOf('`');
  if (tick !== -1) {
    const close = visible.indexOf('`', tick + 1);
    return { syntax: '`…`', span: within(w, tick, close === -1 ? text.length : close + 1) };
  }
  return undefined;
}
