/**
 * The one error type configuration problems surface as, and the helpers that make its message
 * useful: a `file:line:column: key: reason` prefix and "did you mean" suggestions.
 */

/**
 * A problem with `.prodlint.yaml` or a `--rule` flag. `message` is always a single line so the CLI
 * can print it as is and exit 2.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    message: string,
    /** The file as shown in the message (empty for CLI flags). */
    readonly file = '',
    /** 1-based; 0 when the problem has no position (an unreadable file, a CLI flag). */
    readonly line = 0,
    readonly column = 0,
    /** Dotted path of the offending key, e.g. `rules.SH001.options.port` (empty if none). */
    readonly key = '',
  ) {
    super(oneLine(message));
  }
}

/** Collapse whitespace runs (including newlines from library messages) to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A key path for messages: plain segments joined with dots, list indexes in brackets and keys with
 * unusual characters (globs) JSON-quoted in brackets, so `kinds["deploy/*.sh"]` stays unambiguous.
 */
export function formatKeyPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal
 * string alignment), case-insensitive: `sh001` is 0 away from `SH001`, `prot` 1 from `port`.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [Array.from({ length: t.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[s.length]![t.length]!;
}

/**
 * The candidate closest to `wrong`, if it is close enough to be a plausible typo: at most a third
 * of the longer word's length away (and at least one edit allowed). Ties go to the earlier
 * candidate, so callers list the most common keys first.
 */
export function closest(wrong: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(wrong, candidate);
    const allowed = Math.max(1, Math.floor(Math.max(wrong.length, candidate.length) / 3));
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `a, b, c or d` for "expected ..." messages. */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
