/**
 * Decoding shell words (quote removal) with a per-character map back to the text they came from.
 * Used for tree-sitter-bash nodes and for the no-shell splitters (compose strings, systemd Exec).
 */
import { EmbeddedText } from '../embedded.js';
import type { Word } from '../types.js';

/** A decoded word: `value` with `offsets[i]` = FILE offset of value[i], plus one entry for the end. */
export interface Decoded {
  value: string | null;
  offsets: number[];
}

export function makeWord(decoded: Decoded, rawStart: number, rawEnd: number, host: EmbeddedText): Word {
  const span = host.spanToFile({ start: rawStart, end: rawEnd });
  return { value: decoded.value, text: host.text.slice(rawStart, rawEnd), span };
}

/**
 * Embedded text of a word's value, mapped to the file (for parsing `sh -c '<script>'`).
 * Returns undefined for dynamic words.
 */
export function wordEmbedded(decoded: Decoded): EmbeddedText | undefined {
  if (decoded.value === null || decoded.offsets.length !== decoded.value.length + 1) return undefined;
  return EmbeddedText.fromOffsets(decoded.value, decoded.offsets);
}

/** Convert offsets computed in the host's coordinates to file offsets. */
export function toFileOffsets(d: Decoded, host: EmbeddedText): Decoded {
  // A whole file's words (most of a shell run's) keep their offsets: no copy per word.
  if (host.isIdentity && d.offsets.every((o) => o >= 0 && o <= host.length)) return { value: d.value, offsets: d.offsets };
  return { value: d.value, offsets: d.offsets.map((o) => host.toFile(o)) };
}

const SPACE = /[ \t\r\n]/;

export interface SplitWord {
  word: Word;
  decoded: Decoded;
}

/**
 * Split a command line into words the way compose (and similar no-shell runners) do: whitespace
 * separates words; single quotes are literal; double quotes allow `\"`, `\\`, `\$`; a backslash
 * outside quotes escapes the next character. `$NAME`, `${NAME}` make a word dynamic (null value)
 * unless `dollarIsLiteral`. Unterminated quotes run to the end of the text.
 */
export function splitWords(host: EmbeddedText, opts: { dollarIsLiteral?: boolean } = {}): SplitWord[] {
  const t = host.text;
  const out: SplitWord[] = [];
  let i = 0;
  while (i < t.length) {
    while (i < t.length && SPACE.test(t[i]!)) i++;
    if (i >= t.length) break;
    const start = i;
    let value = '';
    const offsets: number[] = [];
    let dynamic = false;
    while (i < t.length && !SPACE.test(t[i]!)) {
      const c = t[i]!;
      if (c === "'") {
        i++;
        while (i < t.length && t[i] !== "'") {
          value += t[i];
          offsets.push(i);
          i++;
        }
        i++;
      } else if (c === '"') {
        i++;
        while (i < t.length && t[i] !== '"') {
          if (t[i] === '\\' && i + 1 < t.length && '"\\$`'.includes(t[i + 1]!)) i++;
          else if (t[i] === '$' && !opts.dollarIsLiteral && /[A-Za-z_{]/.test(t[i + 1] ?? '')) dynamic = true;
          value += t[i];
          offsets.push(i);
          i++;
        }
        i++;
      } else if (c === '\\' && i + 1 < t.length) {
        value += t[i + 1];
        offsets.push(i + 1);
        i += 2;
      } else {
        if (c === '$' && !opts.dollarIsLiteral && /[A-Za-z_{]/.test(t[i + 1] ?? '')) dynamic = true;
        value += c;
        offsets.push(i);
        i++;
      }
    }
    const end = Math.min(i, t.length);
    offsets.push(end);
    const decoded = toFileOffsets({ value: dynamic ? null : value, offsets }, host);
    out.push({ word: makeWord(decoded, start, end, host), decoded });
  }
  return out;
}

/** One word whose value is a whole embedded text (a compose list item, a JSON string). */
export function wordFromEmbedded(e: EmbeddedText, rawSpan: { start: number; end: number }, rawText: string, dynamic = false): SplitWord {
  const offsets: number[] = [];
  for (let i = 0; i <= e.length; i++) offsets.push(e.toFile(i));
  const value = dynamic ? null : e.text;
  return { word: { value, text: rawText, span: rawSpan }, decoded: { value, offsets } };
}
