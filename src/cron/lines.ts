/**
 * crontab(5) lines: `# comment`, `NAME=value` environment settings, and entries — five time fields
 * (or `@reboot`, `@daily`...), a user name in the system format (`/etc/crontab`, `cron.d/*`), then
 * the command, which cron hands to `/bin/sh`. An unescaped `%` ends the command (the rest is fed
 * to it as standard input) and `\%` is a literal `%`. Lines do not continue with `\`.
 * Works on an `EmbeddedText`, so an entry written by a script (`echo "…" | crontab -`) keeps the
 * positions of the script it is written in.
 */
import { EmbeddedText, type TextPiece } from '../embedded.js';
import type { Span } from '../source.js';

export interface CronEntry {
  schedule: string;
  scheduleSpan: Span;
  user?: { value: string; span: Span };
  /** The command as `/bin/sh` receives it, mapped to the file. */
  command: EmbeddedText;
  /** The whole entry line (without its newline). */
  span: Span;
}

export interface CronEnvLine {
  name: string;
  value: string;
  nameSpan: Span;
  valueSpan: Span;
  span: Span;
}

export interface CronLines {
  entries: CronEntry[];
  env: CronEnvLine[];
  /** Own-line `#` comments, as file spans. */
  comments: Span[];
}

const NICKNAMES = new Set(['@reboot', '@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const FIELD = /^[0-9*][0-9*/,\-]*$|^[A-Za-z]{3}([,-][A-Za-z]{3})*$/;
const ENV = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]*=/;
const USER = /^[a-z_][a-z0-9_.-]*\$?$/;

/** `system`: the sixth field is the user (`/etc/crontab`, `cron.d/*`); `user`: a per-user crontab, except a sixth field `root`. */
export type CronFormat = 'system' | 'user';

export function parseCronLines(host: EmbeddedText, format: CronFormat): CronLines {
  const out: CronLines = { entries: [], env: [], comments: [] };
  const t = host.text;
  let lineStart = 0;
  while (lineStart <= t.length) {
    let lineEnd = t.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = t.length;
    parseLine(host, lineStart, t.endsWith('\r', lineEnd) && lineEnd > lineStart ? lineEnd - 1 : lineEnd, format, out);
    if (lineEnd === t.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function parseLine(host: EmbeddedText, from: number, to: number, format: CronFormat, out: CronLines): void {
  const t = host.text;
  let i = from;
  while (i < to && (t[i] === ' ' || t[i] === '\t')) i++;
  if (i >= to) return;
  if (t[i] === '#') {
    out.comments.push(host.spanToFile({ start: i, end: to }));
    return;
  }
  const line = t.slice(i, to);
  const env = ENV.exec(line);
  if (env && !/^[0-9*@]/.test(line)) {
    const name = env[1]!;
    let vStart = i + env[0].length;
    while (vStart < to && (t[vStart] === ' ' || t[vStart] === '\t')) vStart++;
    let vEnd = to;
    while (vEnd > vStart && (t[vEnd - 1] === ' ' || t[vEnd - 1] === '\t')) vEnd--;
    let value = t.slice(vStart, vEnd);
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]!)) {
      value = value.slice(1, -1);
      vStart++;
      vEnd--;
    }
    out.env.push({ name, value, nameSpan: host.spanToFile({ start: i, end: i + name.length }), valueSpan: vEnd > vStart ? host.spanToFile({ start: vStart, end: vEnd }) : spanAt(host, vStart), span: host.spanToFile({ start: i, end: to }) });
    return;
  }
  const fields: { start: number; end: number }[] = [];
  let k = i;
  const wanted = t[i] === '@' ? 1 : 5;
  while (fields.length < wanted + 1 && k < to) {
    const s = k;
    while (k < to && t[k] !== ' ' && t[k] !== '\t') k++;
    fields.push({ start: s, end: k });
    while (k < to && (t[k] === ' ' || t[k] === '\t')) k++;
  }
  const time = fields.slice(0, wanted);
  if (time.length < wanted) return;
  if (wanted === 1 ? !NICKNAMES.has(t.slice(time[0]!.start, time[0]!.end)) : !time.every((f) => FIELD.test(t.slice(f.start, f.end)))) return;
  let cmdStart = fields[wanted]?.start;
  if (cmdStart === undefined) return;
  let user: CronEntry['user'];
  const sixth = fields[wanted]!;
  const sixthText = t.slice(sixth.start, sixth.end);
  if ((format === 'system' && USER.test(sixthText)) || sixthText === 'root') {
    user = { value: sixthText, span: host.spanToFile(sixth) };
    cmdStart = sixth.end;
    while (cmdStart < to && (t[cmdStart] === ' ' || t[cmdStart] === '\t')) cmdStart++;
    if (cmdStart >= to) return;
  }
  const command = commandText(host, cmdStart, to);
  const last = time[time.length - 1]!;
  out.entries.push({
    schedule: t.slice(time[0]!.start, last.end),
    scheduleSpan: host.spanToFile({ start: time[0]!.start, end: last.end }),
    ...(user ? { user } : {}),
    command,
    span: host.spanToFile({ start: i, end: to }),
  });
}

function spanAt(host: EmbeddedText, i: number): Span {
  const o = host.toFile(i);
  return { start: o, end: o };
}

/** The command up to the first unescaped `%`, with `\%` unescaped, mapped to the file. */
function commandText(host: EmbeddedText, from: number, to: number): EmbeddedText {
  const t = host.text;
  const pieces: TextPiece[] = [];
  let segStart = from;
  let end = to;
  for (let k = from; k < to; k++) {
    if (t[k] === '\\' && t[k + 1] === '%') {
      push(pieces, host, segStart, k);
      segStart = k + 1;
      k++;
    } else if (t[k] === '%') {
      end = k;
      break;
    }
  }
  push(pieces, host, segStart, end);
  let text = pieces.map((p) => p.text).join('');
  // Trailing blanks are not part of the command.
  let keep = text.length;
  while (keep > 0 && (text[keep - 1] === ' ' || text[keep - 1] === '\t')) keep--;
  const trimmed = text.slice(0, keep);
  if (trimmed.length !== text.length) {
    let cut = text.length - trimmed.length;
    while (cut > 0 && pieces.length) {
      const p = pieces[pieces.length - 1]!;
      const n = Math.min(cut, p.text.length);
      pieces[pieces.length - 1] = { text: p.text.slice(0, p.text.length - n), fileOffset: p.fileOffset };
      cut -= n;
      if (!pieces[pieces.length - 1]!.text) pieces.pop();
    }
    text = trimmed;
  }
  if (!pieces.length) return EmbeddedText.verbatim('', host.toFile(from));
  return EmbeddedText.fromPieces(pieces);
}

/** A run of host characters as pieces of consecutive file offsets. */
function push(pieces: TextPiece[], host: EmbeddedText, from: number, to: number): void {
  let s = from;
  for (let k = from + 1; k <= to; k++) {
    if (k === to || host.toFile(k) !== host.toFile(k - 1) + 1) {
      if (k > s) pieces.push({ text: host.text.slice(s, k), fileOffset: host.toFile(s) });
      s = k;
    }
  }
}
