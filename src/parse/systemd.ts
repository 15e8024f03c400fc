/**
 * systemd unit files (`.service .socket .timer .path .mount`, drop-ins `*.d/*.conf`), parsed with
 * positions and with every repeated key kept: the `ini` package loses both.
 *
 * The syntax follows systemd.syntax(7) and systemd's own reader (`config_parse()` in
 * src/shared/conf-parser.c):
 * - lines whose first non-blank character is `#` or `;` are comments; there are no trailing
 *   comments, so a `#` after a value belongs to the value;
 * - a line ending in an odd number of backslashes continues on the next line: the backslash becomes
 *   a space and the next line is appended as written (its indentation kept); comment lines met
 *   inside a continuation are skipped; a blank line ends it;
 * - `[Name]` opens a section; `Key = Value` is split at the first `=`, key and value are stripped of
 *   blanks; `Key=` (empty) is kept because it resets list settings;
 * - specifiers (`%i`) and quotes are left in the value: interpreting them is each directive's job.
 *
 * systemd refuses the whole file on a malformed section header; we report it and keep going so the
 * rest of the file is still checked.
 */
import { lastSegment } from '../paths.js';
import { withoutTemplateSuffix } from '../systemd/directives.js';
import { EmbeddedText, type TextPiece } from '../embedded.js';
import type { SourceFile, Span } from '../source.js';
import type { Comment, Document, Environment, LineRange, ParseProblem } from '../types.js';

export interface UnitTree {
  sections: UnitSection[];
}

export interface UnitSection {
  /** The name between the brackets, as written (`Service`). */
  name: string;
  nameSpan: Span;
  /** `[Service]` including the brackets. */
  headerSpan: Span;
  /** From the header to the end of the last directive. */
  span: Span;
  directives: Directive[];
}

export interface Directive {
  key: string;
  keySpan: Span;
  /** The value with continuations joined (backslash-newline read as one space), mapped to the file. */
  value: EmbeddedText;
  /** First to last character of the value in the file; an empty span just after `=` when empty. */
  valueSpan: Span;
  /** From the key to the end of the value. */
  span: Span;
  /** Name of the section the directive is in. */
  section: string;
}

/** systemd's WHITESPACE set, used to strip keys, values and lines. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Index of the first non-blank character of `text` at or after `from`, or `to` if none. */
function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last non-blank character of `text` before `to`, not below `from`. */
function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A line continues when it ends in an odd number of backslashes (an even run is escaped). */
function endsWithContinuation(line: string): boolean {
  let n = 0;
  for (let i = line.length - 1; i >= 0 && line.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}

export function parseSystemd(source: SourceFile, environment: Environment): Document<UnitTree> {
  const template = withoutTemplateSuffix(lastSegment(source.path)) !== lastSegment(source.path);
  const text = source.text;
  const sections: UnitSection[] = [];
  const comments: Comment[] = [];
  const logicalLines: LineRange[] = [];
  const parseErrors: ParseProblem[] = [];
  let current: UnitSection | undefined;

  /** If the line is a comment, record it and return true. */
  const takeComment = (start: number, end: number): boolean => {
    const first = skipBlanks(text, start, end);
    const ch = text[first];
    if (first >= end || (ch !== '#' && ch !== ';')) return false;
    comments.push({ span: { start: first, end }, body: text.slice(first + 1, end), ownLine: true });
    return true;
  };

  const handleLogicalLine = (et: EmbeddedText): void => {
    const t = et.text;
    const s = skipBlanks(t, 0, t.length);
    const e = trimEnd(t, s, t.length);
    if (s >= e) return;
    const whole = et.spanToFile({ start: s, end: e });

    if (t[s] === '[') {
      let nameEnd: number;
      if (t[e - 1] === ']' && e - s >= 2) {
        nameEnd = e - 1;
      } else {
        // Recover with the text up to the first `]` (or the end) so the rest of the file still
        // lands in a plausibly named section.
        const close = t.indexOf(']', s + 1);
        nameEnd = close !== -1 && close < e ? close : e;
        parseErrors.push({ span: whole, message: `invalid section header ${JSON.stringify(t.slice(s, e))}: it must end with ']'` });
      }
      current = {
        name: t.slice(s + 1, nameEnd),
        nameSpan: et.spanToFile({ start: s + 1, end: nameEnd }),
        headerSpan: whole,
        span: whole,
        directives: [],
      };
      sections.push(current);
      return;
    }

    const eq = t.indexOf('=', s);
    if (eq === -1 || eq >= e) {
      // A unit shipped as a template (`web.service.in`) has whole-line placeholders that the build
      // replaces with directives (`{{SERVICE_WATCHDOG}}`, `@EXTRA_OPTIONS@`).
      if (template && /^(\{\{[^{}]*\}\}|@[A-Za-z0-9_]+@)$/.test(t.slice(s, e).trim())) return;
      parseErrors.push({ span: whole, message: `missing '=' in ${JSON.stringify(t.slice(s, e))}: systemd ignores this line` });
      return;
    }
    const keyEnd = trimEnd(t, s, eq);
    if (keyEnd === s) {
      parseErrors.push({ span: whole, message: "missing key name before '=': systemd ignores this line" });
      return;
    }
    if (!current) {
      parseErrors.push({ span: whole, message: 'assignment outside of any [Section]: systemd ignores this line' });
      return;
    }
    const valueStart = skipBlanks(t, eq + 1, e);
    const keySpan = et.spanToFile({ start: s, end: keyEnd });
    const valueSpan =
      valueStart < e ? et.spanToFile({ start: valueStart, end: e }) : { start: et.toFile(eq) + 1, end: et.toFile(eq) + 1 };
    const directive: Directive = {
      key: t.slice(s, keyEnd),
      keySpan,
      value: valueStart < e ? et.slice(valueStart, e) : EmbeddedText.verbatim('', valueSpan.start),
      valueSpan,
      span: { start: keySpan.start, end: Math.max(valueSpan.end, et.toFile(eq) + 1) },
      section: current.name,
    };
    current.directives.push(directive);
    current.span = { start: current.span.start, end: Math.max(current.span.end, directive.span.end) };
  };

  const lineCount = source.lineCount;
  let line = 1;
  while (line <= lineCount) {
    const start = source.lineStart(line);
    const end = source.lineEnd(line);
    if (skipBlanks(text, start, end) >= end || takeComment(start, end)) {
      line++;
      continue;
    }
    // Gather one logical line: this line and its continuations.
    const first = line;
    const pieces: TextPiece[] = [];
    let lineStart = start;
    let lineEnd = end;
    for (;;) {
      const content = text.slice(lineStart, lineEnd);
      if (!endsWithContinuation(content)) {
        pieces.push({ text: content, fileOffset: lineStart });
        break;
      }
      pieces.push({ text: content.slice(0, -1), fileOffset: lineStart });
      pieces.push({ text: ' ', fileOffset: lineEnd - 1 });
      // Skip comment lines inside the continuation, as systemd does.
      do {
        line++;
        if (line > lineCount) break;
        lineStart = source.lineStart(line);
        lineEnd = source.lineEnd(line);
      } while (takeComment(lineStart, lineEnd));
      if (line > lineCount) {
        line = lineCount;
        break;
      }
    }
    if (line > first) logicalLines.push({ first, last: line });
    handleLogicalLine(EmbeddedText.fromPieces(pieces));
    line++;
  }

  return { kind: 'systemd', source, environment, tree: { sections }, comments, logicalLines, parseErrors };
}

/** The first section with this name (systemd merges repeated sections; see `getSections`). */
export function getSection(tree: UnitTree, name: string): UnitSection | undefined {
  return tree.sections.find((s) => s.name === name);
}

/** Every section with this name, in file order (drop-ins and hand-edited units repeat them). */
export function getSections(tree: UnitTree, name: string): UnitSection[] {
  return tree.sections.filter((s) => s.name === name);
}

type SectionInput = UnitSection | readonly UnitSection[] | undefined;

function sectionList(section: SectionInput): readonly UnitSection[] {
  if (!section) return [];
  return Array.isArray(section) ? section : [section as UnitSection];
}

/** All directives with this key (case-sensitive, as in systemd), in file order. */
export function getDirectives(section: SectionInput, key: string): Directive[] {
  const out: Directive[] = [];
  for (const s of sectionList(section)) for (const d of s.directives) if (d.key === key) out.push(d);
  return out;
}

/** The directive that wins for a single-valued setting: the last one. */
export function lastDirective(section: SectionInput, key: string): Directive | undefined {
  const all = getDirectives(section, key);
  return all[all.length - 1];
}
