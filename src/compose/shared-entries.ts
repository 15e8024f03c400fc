/**
 * Compose files share settings through merge keys (`<<: *defaults`): one `depends_on` or
 * `logging` written once applies to twenty services. A finding on such an entry is reported once,
 * naming the first service and counting the others, instead of twenty times on the same line.
 */
import type { Span } from '../source.js';

export interface EntryFinding {
  span: Span;
  service: string;
}

/** One finding per written entry (same span and kind), with `others` = " (and N other services …)". */
export function oncePerEntry<T extends EntryFinding>(items: readonly T[], kind: (item: T) => string = () => ''): (T & { others: string })[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = `${item.span.start}:${item.span.end}:${kind(item)}`;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].map((list) => {
    const n = list.length - 1;
    const others = n === 0 ? '' : ` (and ${n} other service${n === 1 ? '' : 's'} sharing this entry)`;
    return { ...list[0]!, others };
  });
}
