/**
 * A service's `depends_on:` in both syntaxes (compose-spec, services.depends_on): a list of
 * service names (each means `condition: service_started`), or a map of service name to
 * `{condition, restart, required}`.
 */
import type { Document as YamlDocument } from 'yaml';
import { isMap, isScalar, isSeq } from '../parse/yaml-guards.js';
import type { ComposeService } from '../parse/compose.js';
import { getPair, mapEntries, nodeSpan, resolve, scalarString } from '../parse/yaml-nodes.js';
import type { Span } from '../source.js';

export interface Dependency {
  /** The service depended on. */
  name: string;
  /** Written as a list item (short syntax). */
  short: boolean;
  /** `condition:` as written; undefined when absent (compose then uses `service_started`). */
  condition?: string;
  /** The list item, or the key of the map entry. */
  span: Span;
  /** The `condition:` value. */
  conditionSpan?: Span;
}

export function dependencies(yaml: YamlDocument, service: ComposeService): Dependency[] {
  const node = resolve(yaml, getPair(yaml, service.node, 'depends_on')?.value);
  const out: Dependency[] = [];
  if (isSeq(node)) {
    for (const raw of node.items) {
      const item = resolve(yaml, raw);
      const span = nodeSpan(item as never);
      const name = scalarString(item);
      if (span && name) out.push({ name, short: true, span });
    }
  } else if (isMap(node)) {
    for (const pair of mapEntries(yaml, node)) {
      if (!isScalar(pair.key)) continue;
      const span = nodeSpan(pair.key as never);
      if (!span) continue;
      const dep: Dependency = { name: String(pair.key.value), short: false, span };
      const cond = getPair(yaml, pair.value, 'condition');
      if (cond) {
        const value = resolve(yaml, cond.value);
        const c = scalarString(value);
        if (c !== undefined) dep.condition = c;
        const cs = nodeSpan(value as never);
        if (cs) dep.conditionSpan = cs;
      }
      out.push(dep);
    }
  }
  return out;
}
