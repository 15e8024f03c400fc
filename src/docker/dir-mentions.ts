/**
 * How source code mentions a directory by name (DF001 asks whether an image reads its migrations
 * at run time or embeds them at build time). The text is any file of the scanned repository, so
 * these are linear scans: the expressions they replace (`["'`](?:[^"'`\s]*\/)?NAME…` and
 * `go:embed[^\n]*\bNAME\b|…`) rescan the rest of the text from every quote or every `go:embed`,
 * which is quadratic on a long literal of `migrations/` segments or a line of `go:embed`s.
 */

const QUOTES = new Set(['"', "'", '`']);
/** Compile-time embedding that names no directory: sqlx's `migrate!(…)`, diesel's `embed_migrations!`. */
const MIGRATION_MACROS = /\bmigrate!\s*\(|\bembed_migrations!/;

/**
 * Whether `text` holds a string literal that is a path with a segment equal to `name`:
 * `"migrations"`, `'./migrations/*.sql'`, `` `file://migrations` ``, but not
 * `"no migrations to run"` (a literal with blanks is a sentence) or `"migrations_old"`.
 *
 * Exactly what `["'`](?:[^"'`\s]*\/)?NAME(?:\/[^"'`\s]*)?["'`]` matches: a quote, then blank- and
 * quote-free text that is empty or ends in `/`, the name, then such text that is empty or starts
 * with `/`, then a quote (of any kind: the expression never paired them).
 */
export function quotesPathSegment(text: string, name: string): boolean {
  if (name === '') return false;
  let lastStop = -1; // last quote or blank before `from`, found by a forward walk
  let from = 0;
  let nextStop = 0; // first quote or blank at or after the current name's end
  for (let s = text.indexOf(name); s !== -1; s = text.indexOf(name, s + 1)) {
    for (; from < s; from++) if (isStop(text[from]!)) lastStop = from;
    const leftOk = lastStop !== -1 && QUOTES.has(text[lastStop]!) && (lastStop === s - 1 || text[s - 1] === '/');
    if (!leftOk) continue;
    const end = s + name.length;
    if (nextStop < end) nextStop = end;
    while (nextStop < text.length && !isStop(text[nextStop]!)) nextStop++;
    if (nextStop < text.length && QUOTES.has(text[nextStop]!) && (nextStop === end || text[end] === '/')) return true;
  }
  return false;
}

/**
 * Whether `text` embeds a directory named `name` at compile time: a `go:embed` line naming it,
 * `include_dir!(…name…)`, or a migrations macro (`migrate!(`, `embed_migrations!`). Exactly what
 * `go:embed[^\n]*\bNAME\b|\bmigrate!\s*\(|\bembed_migrations!|\binclude_dir!\s*\([^)]*\bNAME\b`
 * matches.
 */
export function embedsDirectory(text: string, name: string): boolean {
  if (MIGRATION_MACROS.test(text)) return true;
  if (name === '') return false;
  const names = wordOccurrences(text, name);
  if (names.length === 0) return false;
  // `go:embed` then the name later on the same line; the first `go:embed` of a line sees the most.
  for (let g = text.indexOf('go:embed'); g !== -1; ) {
    const lineEnd = text.indexOf('\n', g);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const s = firstAtOrAfter(names, g + 'go:embed'.length);
    if (s !== undefined && s <= end) return true;
    if (lineEnd === -1) break;
    g = text.indexOf('go:embed', lineEnd);
  }
  // `include_dir!`, blanks, `(`, then the name before any `)`.
  const macro = 'include_dir!';
  let close = -1; // the first `)` after the last `(`: reused while it lies ahead
  for (let p = text.indexOf(macro); p !== -1; p = text.indexOf(macro, p + 1)) {
    if (p > 0 && isWord(text.charCodeAt(p - 1))) continue;
    let open = p + macro.length;
    while (open < text.length && isBlank(text[open]!)) open++;
    if (text[open] !== '(') continue;
    const s = firstAtOrAfter(names, open + 1);
    if (s === undefined) continue;
    if (close <= open) close = text.indexOf(')', open + 1);
    if (close === -1 || s <= close) return true;
  }
  return false;
}

/** Start offsets of `name` where `\bNAME\b` matches (word boundaries as in a non-Unicode expression), ascending. */
function wordOccurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (let s = text.indexOf(name); s !== -1; s = text.indexOf(name, s + 1)) {
    if (boundaryAt(text, s) && boundaryAt(text, s + name.length)) out.push(s);
  }
  return out;
}

function firstAtOrAfter(sorted: readonly number[], min: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

function boundaryAt(text: string, i: number): boolean {
  const before = i > 0 && isWord(text.charCodeAt(i - 1));
  const after = i < text.length && isWord(text.charCodeAt(i));
  return before !== after;
}

/** `\w` without the `u` flag: ASCII letters, digits and `_`. */
function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `\s`: printable ASCII other than the space is never a blank, the rest asks the engine. */
function isBlank(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return /\s/.test(ch);
}

function isStop(ch: string): boolean {
  return QUOTES.has(ch) || isBlank(ch);
}
