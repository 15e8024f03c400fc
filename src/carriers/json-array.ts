/**
 * Exec form: a JSON array of strings (`CMD ["uvicorn", "app:app"]`), decoded with the file offset
 * of every character so findings land on the exact word. Returns undefined when the text is not a
 * JSON string array; Docker then treats the instruction as shell form.
 */
import type { EmbeddedText } from '../embedded.js';
import type { ShellWord } from '../shell/script.js';
import { makeWord, toFileOffsets } from '../shell/words.js';

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJsonStringArray(host: EmbeddedText): ShellWord[] | undefined {
  const t = host.text;
  let i = 0;
  const ws = () => {
    while (i < t.length && /\s/.test(t[i]!)) i++;
  };
  ws();
  if (t[i] !== '[') return undefined;
  i++;
  const words: ShellWord[] = [];
  ws();
  if (t[i] === ']') return trailingOk(t, i + 1) ? words : undefined;
  for (;;) {
    ws();
    if (t[i] !== '"') return undefined;
    const start = i;
    i++;
    let value = '';
    const offsets: number[] = [];
    while (i < t.length && t[i] !== '"') {
      if (t[i] === '\\') {
        const e = t[i + 1];
        if (e === undefined) return undefined;
        if (e === 'u') {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
          value += String.fromCharCode(parseInt(hex, 16));
          offsets.push(i);
          i += 6;
          continue;
        }
        const decoded = ESCAPES[e];
        if (decoded === undefined) return undefined;
        value += decoded;
        offsets.push(i + 1);
        i += 2;
        continue;
      }
      if (t.charCodeAt(i) < 0x20) return undefined;
      value += t[i];
      offsets.push(i);
      i++;
    }
    if (t[i] !== '"') return undefined;
    i++;
    offsets.push(i - 1);
    const decoded = { value, offsets };
    words.push({ word: makeWord(decoded, start, i, host), decoded: toFileOffsets(decoded, host) });
    ws();
    if (t[i] === ',') {
      i++;
      continue;
    }
    if (t[i] === ']') return trailingOk(t, i + 1) ? words : undefined;
    return undefined;
  }
}

function trailingOk(t: string, i: number): boolean {
  return /^\s*$/.test(t.slice(i));
}
