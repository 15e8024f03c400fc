/**
 * The entries of a service list that compose accepts in a short (one string) and a long (a
 * mapping) syntax, as `ports:` and `volumes:` are: each with its span, and for the long syntax an
 * anchor from the item's start (where a reader sees the mapping begin) to the end of the pair that
 * names the entry, so that a finding underlines what identifies it rather than the whole mapping.
 */
import type { Document as YamlDocument, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../parse/yaml-guards.js';
import type { ComposeService } from '../parse/compose.js';
import { getPair, nodeSpan, resolve, scalarString } from '../parse/yaml-nodes.js';
import type { Span } from '../source.js';

export type ListEntry = { syntax: 'short'; text: string; span: Span } | { syntax: 'long'; item: YAMLMap; span: Span; anchor: Span };

/** `namingKeys`: the keys that name a long entry, the first present one ending its anchor. */
export function* listEntries(yaml: YamlDocument, service: ComposeService, key: string, namingKeys: readonly string[]): Generator<ListEntry> {
  const list = resolve(yaml, getPair(yaml, service.node, key)?.value);
  if (!isSeq(list)) return;
  for (const raw of list.items) {
    const item = resolve(yaml, raw);
    const span = nodeSpan(item as never);
    if (!span) continue;
    if (isScalar(item)) {
      const text = scalarString(item);
      if (text) yield { syntax: 'short', text, span };
    } else if (isMap(item)) {
      let pair;
      for (const k of namingKeys) if ((pair = getPair(yaml, item, k))) break;
      const keySpan = nodeSpan(pair?.key as never);
      const valueSpan = nodeSpan(resolve(yaml, pair?.value) as never);
      const anchor = keySpan ? { start: span.start, end: Math.max(valueSpan?.end ?? keySpan.end, keySpan.end) } : span;
      yield { syntax: 'long', item, span, anchor };
    }
  }
}
