/**
 * The words of the names an expression mentions: `Date.now() - this.lastHeartbeatAt > MAX_IDLE_MS`
 * mentions `date now this last heartbeat at max idle ms`. Rules that judge what a condition is
 * about (staleness, shutdown, startup) match these words instead of raw substrings, so `usage`
 * never matches `age` and `elastic` never matches `last`.
 */
import { walk, type Node } from './ast.js';
import { isFunction } from './context.js';

/** `lastHeartbeatAt` -> [last, heartbeat, at]; `MAX_IDLE_MS` -> [max, idle, ms]; `_isStopped` -> [is, stopped]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    // `HTTPResponse` -> `HTTP Response`; a lookahead keeps this linear on long runs of capitals.
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Every word of every identifier, property name and string key in `expr` (nested functions excluded). */
export function mentionedWords(expr: Node): Set<string> {
  const out = new Set<string>();
  walk(expr, (n) => {
    if (n !== expr && isFunction(n)) return false;
    if (n.type === 'Identifier' || n.type === 'PrivateIdentifier') for (const w of nameWords(n.name)) out.add(w);
    return true;
  });
  return out;
}

export function mentionsAny(expr: Node, words: ReadonlySet<string>): boolean {
  for (const w of mentionedWords(expr)) if (words.has(w)) return true;
  return false;
}
