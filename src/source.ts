/**
 * A file's text and the arithmetic that turns offsets into line/column positions.
 *
 * Offsets are JavaScript string indexes (UTF-16 code units) into `text`, which is the file's
 * content with a leading byte-order mark removed: editors do not count the BOM as a column, so
 * neither do we. Lines end at `\n`; a `\r` before it belongs to the line terminator, so CRLF files
 * report the same columns as LF files.
 */
export interface Span {
  /** Inclusive start offset. */
  start: number;
  /** Exclusive end offset. */
  end: number;
}

/** 1-based line and 1-based column in UTF-16 code units (SARIF `columnKind: utf16CodeUnits`). */
export interface Position {
  line: number;
  column: number;
}

export class SourceFile {
  /** Content without a leading BOM. */
  readonly text: string;
  readonly hadBom: boolean;
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(
    /** Repository-relative, `/`-separated path: what every output shows. */
    readonly path: string,
    /** Absolute path on disk (empty for in-memory sources). */
    readonly absPath: string,
    rawText: string,
  ) {
    this.hadBom = rawText.charCodeAt(0) === 0xfeff;
    this.text = this.hadBom ? rawText.slice(1) : rawText;
    const starts = [0];
    const t = this.text;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Position of an offset; offsets past the end clamp to the end of the text. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1 };
  }

  /** 1-based line number of an offset. */
  lineOf(offset: number): number {
    return this.positionAt(offset).line;
  }

  /** Offset of the first character of a 1-based line (the text length past the last line). */
  lineStart(line: number): number {
    if (line < 1) return 0;
    return line <= this.lineStarts.length ? this.lineStarts[line - 1]! : this.text.length;
  }

  /** Offset just past the last visible character of a 1-based line (before `\r\n` or `\n`). */
  lineEnd(line: number): number {
    const next = line < this.lineStarts.length ? this.lineStarts[line]! - 1 : this.text.length;
    return next > this.lineStart(line) && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  /** Text of a 1-based line without its terminator. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}

export function span(start: number, end: number): Span {
  return { start, end: Math.max(start, end) };
}

/** The smallest span covering both. */
export function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
