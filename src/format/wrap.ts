/**
 * Word wrapping for terminal text by display columns (wide characters count two), with a hanging
 * indent. Words are never split: a word longer than the room overflows its line rather than being
 * cut, so ids, paths and flags stay searchable.
 */
import { isWide } from './width.js';

/** Terminal columns a string takes (no escape sequences expected). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

/**
 * Lays `words` out after a first-line prefix of `firstWidth` columns, continuation lines indented
 * by `indent` columns, each line at most `width` columns where the words allow. `tail` (e.g. the
 * rule id and name) is one unbreakable unit after the last word, two spaces apart. Returns the
 * lines' contents without the prefix or indent.
 */
export function wrapWords(words: readonly string[], tail: string, firstWidth: number, indent: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = firstWidth;
  const push = (unit: string, sep: string) => {
    const w = displayWidth(unit);
    if (line !== '' && used + sep.length + w > width) {
      lines.push(line);
      line = unit;
      used = indent + w;
    } else {
      line = line === '' ? unit : `${line}${sep}${unit}`;
      used += (line === unit ? 0 : sep.length) + w;
    }
  };
  for (const word of words) push(word, ' ');
  if (tail !== '') push(tail, '  ');
  if (line !== '') lines.push(line);
  return lines;
}
