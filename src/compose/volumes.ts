/**
 * A service's `volumes:` in both syntaxes (compose-spec, services.volumes):
 * short `[SOURCE:]TARGET[:MODE]` (a SOURCE that is a path — `.`, `/`, `~`, a variable or a Windows
 * drive — is a bind mount, otherwise a named volume; one part only is an anonymous volume) and
 * long `{type, source, target, read_only}`.
 */
import { isMap, isScalar, isSeq, type Document as YamlDocument } from 'yaml';
import type { ComposeService } from '../parse/compose.js';
import { getPair, getPath, nodeSpan, resolve, scalarString } from '../parse/yaml-nodes.js';
import type { Span } from '../source.js';

export interface VolumeMount {
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'other';
  source?: string;
  target?: string;
  readOnly: boolean;
  /** The whole entry. */
  span: Span;
  /** The smallest span naming the mount: the short-syntax string, or the long syntax's item up to its `source:` pair. */
  anchor: Span;
}

export function serviceVolumes(yaml: YamlDocument, service: ComposeService): VolumeMount[] {
  const list = resolve(yaml, getPair(yaml, service.node, 'volumes')?.value);
  if (!isSeq(list)) return [];
  const out: VolumeMount[] = [];
  for (const raw of list.items) {
    const item = resolve(yaml, raw);
    const span = nodeSpan(item as never);
    if (!span) continue;
    if (isScalar(item)) {
      const text = scalarString(item);
      if (text) out.push({ ...parseShortVolume(text), span, anchor: span });
    } else if (isMap(item)) {
      const type = scalarString(getPath(yaml, item, 'type')) ?? 'volume';
      const source = scalarString(getPath(yaml, item, 'source'));
      const target = scalarString(getPath(yaml, item, 'target'));
      const ro = scalarString(getPath(yaml, item, 'read_only'));
      const sourcePair = getPair(yaml, item, 'source') ?? getPair(yaml, item, 'target');
      const keySpan = nodeSpan(sourcePair?.key as never);
      const valueSpan = nodeSpan(resolve(yaml, sourcePair?.value) as never);
      const anchor = keySpan ? { start: span.start, end: Math.max(valueSpan?.end ?? keySpan.end, keySpan.end) } : span;
      const m: VolumeMount = {
        type: type === 'bind' || type === 'volume' || type === 'tmpfs' || type === 'npipe' ? type : 'other',
        readOnly: ro === 'true',
        span,
        anchor,
      };
      if (source !== undefined) m.source = source;
      if (target !== undefined) m.target = target;
      out.push(m);
    }
  }
  return out;
}

/** `./src:/app:ro` -> bind ./src -> /app read-only. */
export function parseShortVolume(text: string): Omit<VolumeMount, 'span' | 'anchor'> {
  const parts = splitVolume(text);
  if (parts.length === 1) return { type: 'volume', target: parts[0]!, readOnly: false };
  const [source, target, mode] = parts as [string, string, string | undefined];
  const readOnly = (mode ?? '').split(',').includes('ro');
  const bind = /^[./~$\\]/.test(source) || /^[A-Za-z]:[\\/]/.test(source);
  return { type: bind ? 'bind' : 'volume', source, target, readOnly };
}

/** Split on `:` except after a Windows drive letter and inside `${...}`. */
function splitVolume(text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let braces = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '$' && text[i + 1] === '{') braces++;
    if (ch === '}' && braces > 0) braces--;
    const drive = ch === ':' && cur.length === 1 && /[A-Za-z]/.test(cur) && /[\\/]/.test(text[i + 1] ?? '');
    if (ch === ':' && braces === 0 && !drive) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}
