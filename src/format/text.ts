/**
 * Output for people: findings grouped by file, each with a code frame that underlines its span,
 * then a summary. Colour is a parameter (the CLI decides from TTY / NO_COLOR), never detected here.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Notice, RunResult } from '../report.js';
import type { SourceFile } from '../source.js';
import type { Finding, Severity } from '../types.js';
import { topDirectories } from '../finding-dirs.js';
import { summarize } from './json.js';
import { isWide } from './width.js';
import { wrapWords } from './wrap.js';

export interface TextOptions {
  color: boolean;
  /** Tab stops in code frames (the underline uses the same expansion). */
  tabWidth?: number;
  /**
   * Terminal columns: a finding line longer than this wraps its message with a hanging indent
   * under the message start, the rule id and name kept whole. Unset: no wrapping.
   */
  width?: number;
}

/** Lines of a multi-line span shown in a frame; the rest is elided. */
const MAX_FRAME_LINES = 3;
/** Widest frame line; longer lines (minified code) show a window around the span. */
const MAX_FRAME_WIDTH = 120;
/** Notices shown per notice id before "… and N more". */
const MAX_NOTICES_PER_ID = 3;

const SEVERITY_ICON: Record<Notice['level'], string> = { error: '✖', warning: '⚠', note: 'ℹ' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Control characters from scanned files (or messages quoting them) must not reach the terminal as
 * escape sequences: C0 controls become their visible "control picture", DEL and C1 controls U+FFFD.
 */
function visible(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c < 0x20) return String.fromCodePoint(0x2400 + c);
  if (c === 0x7f) return '\u2421';
  if (c >= 0x80 && c <= 0x9f) return '\ufffd';
  return ch;
}

/** One-line, terminal-safe text for messages and paths. */
export function safeLine(text: string): string {
  return Array.from(text.replace(/\r\n|\r|\n/g, ' ').replace(/\t/g, ' '), visible).join('');
}

interface ExpandedLine {
  /** One entry per terminal column; a wide character is followed by an empty entry. */
  cells: string[];
  /** Terminal column of each UTF-16 offset of the line, plus one past the end. */
  columnAt: number[];
}

/** Lays a source line out in terminal columns: tabs expanded, wide characters counted twice. */
function expandLine(text: string, tabWidth: number): ExpandedLine {
  const cells: string[] = [];
  const columnAt: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    for (let u = 0; u < units; u++) columnAt.push(cells.length);
    const ch = String.fromCodePoint(cp);
    if (ch === '\t') {
      const width = tabWidth - (cells.length % tabWidth);
      for (let k = 0; k < width; k++) cells.push(' ');
    } else if (/\p{M}/u.test(ch) && cells.length > 0) {
      // A combining mark joins the character before it and takes no column of its own.
      cells[cells.length - 1] += ch;
      columnAt[columnAt.length - 1] = cells.length - 1;
    } else {
      cells.push(visible(ch));
      if (isWide(cp)) cells.push('');
    }
    i += units;
  }
  columnAt.push(cells.length);
  return { cells, columnAt };
}

interface FrameLine {
  gutter: string;
  code: string;
  /** Columns of the underline (start inclusive, end exclusive) for the first line only. */
  underline?: { start: number; end: number };
}

/**
 * The lines of a finding's span (at most MAX_FRAME_LINES) with the first one underlined from the
 * start column to the end column, or to the end of the line when the span goes on.
 */
function buildFrame(source: SourceFile, f: Finding, tabWidth: number): FrameLine[] | null {
  const first = f.start.line;
  if (!Number.isInteger(first) || first < 1 || first > source.lineCount) return null;
  // A span that ends at column 1 stops at the previous line's terminator; that line is its last.
  let last = f.end.line > first && f.end.column <= 1 ? f.end.line - 1 : f.end.line;
  if (!Number.isInteger(last) || last < first) last = first;
  last = Math.min(last, source.lineCount);
  const shown = Math.min(last, first + MAX_FRAME_LINES - 1);
  const lines: FrameLine[] = [];

  for (let line = first; line <= shown; line++) {
    const text = source.lineText(line);
    const { cells, columnAt } = expandLine(text, tabWidth);
    let under: { start: number; end: number } | undefined;
    if (line === first) {
      const at = (column: number) => columnAt[Math.max(0, Math.min(text.length, column - 1))]!;
      const start = at(f.start.column);
      const end = last === first ? at(f.end.column) : cells.length;
      under = { start, end: Math.max(end, start + 1) };
    }
    let code: string;
    if (cells.length <= MAX_FRAME_WIDTH) {
      code = cells.join('');
    } else {
      // Show a window of the long line that starts a little before the underline.
      const anchor = under?.start ?? 0;
      const from = Math.max(0, Math.min(anchor - 20, cells.length - MAX_FRAME_WIDTH));
      const to = Math.min(cells.length, from + MAX_FRAME_WIDTH);
      const lead = from > 0 ? '…' : '';
      code = lead + cells.slice(from, to).join('') + (to < cells.length ? '…' : '');
      if (under) {
        const shift = lead.length - from;
        const start = Math.max(under.start, from) + shift;
        const end = Math.min(under.end, to) + shift;
        under = { start, end: Math.max(end, start + 1) };
      }
    }
    lines.push({ gutter: String(line), code, underline: under });
  }
  if (shown < last) lines.push({ gutter: '', code: '…' });
  return lines;
}

function severityColor(c: ChalkInstance, severity: Severity): ChalkInstance {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
}

function renderFrame(c: ChalkInstance, frame: FrameLine[], severity: Severity): string[] {
  const width = Math.max(...frame.map((l) => l.gutter.length));
  const out: string[] = [];
  for (const l of frame) {
    out.push(`    ${c.dim(`${l.gutter.padStart(width)} |`)} ${l.code}`.trimEnd());
    if (l.underline) {
      const pad = ' '.repeat(l.underline.start);
      const carets = '^'.repeat(l.underline.end - l.underline.start);
      out.push(`    ${c.dim(`${' '.repeat(width)} |`)} ${pad}${severityColor(c, severity)(carets)}`);
    }
  }
  return out;
}

function renderNotices(c: ChalkInstance, notices: readonly Notice[]): string[] {
  const groups = new Map<string, Notice[]>();
  for (const n of notices) {
    const g = groups.get(n.id);
    if (g) g.push(n);
    else groups.set(n.id, [n]);
  }
  const out: string[] = [];
  for (const [id, group] of groups) {
    for (const n of group.slice(0, MAX_NOTICES_PER_ID)) {
      const icon = severityColor(c, n.level)(SEVERITY_ICON[n.level] ?? '•');
      const where = n.path !== undefined ? `${safeLine(n.path)}: ` : '';
      out.push(`${icon} ${where}${safeLine(n.message)}`);
    }
    if (group.length > MAX_NOTICES_PER_ID) {
      out.push(c.dim(`  … and ${group.length - MAX_NOTICES_PER_ID} more (${safeLine(id)})`));
    }
  }
  return out;
}

export function formatText(result: RunResult, opts: TextOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const tabWidth = Math.max(1, Math.trunc(opts.tabWidth ?? 4) || 4);
  const out: string[] = [];

  const byFile = new Map<string, Finding[]>();
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
      const wrapped = opts.width !== undefined && opts.width > 0 ? wrapWords(message.split(' ').filter((w) => w !== ''), ruleText, lead, lead, opts.width) : [];
      if (wrapped.length <= 1) {
        out.push(`  ${c.dim(pos)}  ${sev}  ${message}  ${c.dim(ruleText)}`);
      } else {
        // Hanging indent under the message; the rule id and name end the last line, never split.
        const last = wrapped.length - 1;
        wrapped.forEach((text, i) => {
          const shown = i === last && text.endsWith(ruleText) ? `${text.slice(0, text.length - ruleText.length)}${c.dim(ruleText)}` : text;
          out.push(i === 0 ? `  ${c.dim(pos)}  ${sev}  ${shown}` : `${' '.repeat(lead)}${shown}`);
        });
      }
      const frame = source ? buildFrame(source, f, tabWidth) : null;
      if (frame) out.push(...renderFrame(c, frame, f.severity));
      for (const r of f.related) {
        out.push(`    ${c.dim('↳')} ${safeLine(r.path)}:${r.start.line}:${r.start.column}  ${safeLine(r.message)}`);
      }
      out.push('');
    }
  }

  const s = summarize(result);
  const total = s.errors + s.warnings + s.notes;
  if (total === 0) {
    out.push(c.green(`✔ No problems found (${plural(s.filesLinted, 'file')} checked)`));
  } else {
    const color = s.errors > 0 ? c.red : s.warnings > 0 ? c.yellow : c.blue;
    const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}`;
    out.push(color.bold(`✖ ${plural(total, 'problem')} (${counts}) in ${plural(s.filesWithFindings, 'file')}`));
  }
  const hidden = [
    s.suppressed > 0 ? `${s.suppressed} suppressed` : '',
    s.baselined > 0 ? `${s.baselined} baselined` : '',
  ].filter((x) => x !== '');
  if (hidden.length > 0) out.push(c.dim(`  ${hidden.join(', ')} (not shown)`));
  const dirs = topDirectories(result.findings);
  if (dirs.length > 0) {
    out.push(c.dim(`  most findings come from ${dirs.map((d) => `${safeLine(d.dir)} (${d.findings})`).join(', ')}`));
    out.push(c.dim('  if any of them is never deployed, list it under dev-paths: in .prodlint.yaml (prodlint init proposes them)'));
  }
  out.push(...renderNotices(c, result.notices));
  return `${out.join('\n')}\n`;
}
