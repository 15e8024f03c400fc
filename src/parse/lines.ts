/** Line helpers shared by the line-oriented parsers. */
import type { SourceFile } from '../source.js';
import type { Comment, Document, LineRange } from '../types.js';

/**
 * A document whose logical lines are computed on first use. Only a suppression comment asks for
 * them (`suppress.ts`), and most files have none: computing them for every file was 3% of a cold
 * Python stdlib run (a walk over every node) and a regular expression per line of every script.
 */
export function withLazyLogicalLines<T>(doc: Omit<Document<T>, 'logicalLines'>, compute: () => LineRange[]): Document<T> {
  let lines: LineRange[] | undefined;
  return Object.defineProperty(doc, 'logicalLines', { enumerable: true, get: () => (lines ??= compute()) }) as Document<T>;
}

/**
 * Logical lines formed by a trailing backslash (shell, Procfile): each run of physical lines joined
 * by `\` at the end of a line becomes one LineRange.
 */
export function backslashContinuations(source: SourceFile): LineRange[] {
  const out: LineRange[] = [];
  let first = -1;
  for (let line = 1; line <= source.lineCount; line++) {
    const text = source.lineText(line);
    const continues = /(^|[^\\])(\\\\)*\\\s*$/.test(text);
    if (continues && first === -1) first = line;
    if (!continues && first !== -1) {
      out.push({ first, last: line });
      first = -1;
    }
  }
  if (first !== -1 && first < source.lineCount) out.push({ first, last: source.lineCount });
  return out;
}

/** Comments that occupy whole lines starting with one of `markers` (Dockerfile, Procfile, systemd). */
export function ownLineComments(source: SourceFile, markers: string): Comment[] {
  const out: Comment[] = [];
  for (let line = 1; line <= source.lineCount; line++) {
    const text = source.lineText(line);
    const m = /^[ \t]*/.exec(text)!;
    const at = m[0].length;
    if (at < text.length && markers.includes(text[at]!)) {
      const start = source.lineStart(line) + at;
      out.push({ span: { start, end: source.lineStart(line) + text.length }, body: text.slice(at + 1), ownLine: true });
    }
  }
  return out;
}

/** Sort and merge overlapping or nested line ranges. */
export function mergeRanges(ranges: LineRange[]): LineRange[] {
  ranges.sort((a, b) => a.first - b.first || a.last - b.last);
  const out: LineRange[] = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && r.first <= prev.last) prev.last = Math.max(prev.last, r.last);
    else out.push({ ...r });
  }
  return out;
}
