/**
 * A service's `volumes:` in both syntaxes (compose-spec, services.volumes):
 * short `[SOURCE:]TARGET[:MODE]` (a SOURCE that is a path — `.`, `/`, `~`, a variable or a Windows
 * drive — is a bind mount, otherwise a named volume; one part only is an anonymous volume) and
 * long `{type, source, target, read_only}`.
 */
import type { Document as YamlDocument } from 'yaml';
import type { ComposeService } from '../parse/compose.js';
import { getPath, scalarString } from '../parse/yaml-nodes.js';
import { listEntries } from './list-entries.js';
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
  const out: VolumeMount[] = [];
  for (const entry of listEntries(yaml, service, 'volumes', ['source', 'target'])) {
    const { span } = entry;
    if (entry.syntax === 'short') {
      out.push({ ...parseShortVolume(entry.text), span, anchor: span });
    } else {
      const item = entry.item;
      const type = scalarString(getPath(yaml, item, 'type')) ?? 'volume';
      const source = scalarString(getPath(yaml, item, 'source'));
      const target = scalarString(getPath(yaml, item, 'target'));
      const ro = scalarString(getPath(yaml, item, 'read_only'));
      const anchor = entry.anchor;
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
