/**
 * A service's published `ports:` in both syntaxes (compose-spec, services.ports):
 * short `[HOST_IP:][HOST_PORTS:]CONTAINER_PORTS[/PROTOCOL]` — ports may be ranges (`9090-9091`),
 * an IPv6 host address is bracketed (`[::1]:5432:5432`), and a mapping with no host port still
 * publishes to a random host port — and long `{target, published, host_ip, protocol}`.
 * Interpolation (`${DB_PORT:-5432}`) is read with its default; a variable without one is unknown.
 */
import type { Document as YamlDocument } from 'yaml';
import type { ComposeService } from '../parse/compose.js';
import { getPath, scalarString } from '../parse/yaml-nodes.js';
import { listEntries } from './list-entries.js';
import type { Span } from '../source.js';

export interface PortMapping {
  /** Host address as written (defaults resolved); undefined when none is given (all interfaces). */
  hostIp?: string;
  /** The host address depends on a variable without a default. */
  hostIpUnknown: boolean;
  /** Host port(s) as written; undefined for a random port. */
  published?: string;
  /** Container port range; undefined when not a static number. */
  target?: [number, number];
  protocol?: string;
  span: Span;
  /** The short-syntax string, or the long syntax's item up to its `published:` (else `target:`) pair. */
  anchor: Span;
}

export function servicePorts(yaml: YamlDocument, service: ComposeService): PortMapping[] {
  const out: PortMapping[] = [];
  for (const entry of listEntries(yaml, service, 'ports', ['published', 'target'])) {
    const { span } = entry;
    if (entry.syntax === 'short') {
      const parsed = parseShortPort(entry.text);
      if (parsed) out.push({ ...parsed, span, anchor: span });
    } else {
      const item = entry.item;
      const target = scalarString(getPath(yaml, item, 'target'));
      const published = scalarString(getPath(yaml, item, 'published'));
      const hostIp = scalarString(getPath(yaml, item, 'host_ip'));
      const protocol = scalarString(getPath(yaml, item, 'protocol'));
      const m: PortMapping = { hostIpUnknown: false, span, anchor: entry.anchor };
      if (hostIp !== undefined && hostIp !== '') {
        const ip = interpolateDefault(hostIp);
        if (ip === undefined) m.hostIpUnknown = true;
        else if (ip !== '') m.hostIp = ip;
      }
      if (published !== undefined && published !== '') m.published = published;
      const range = target !== undefined ? portRange(interpolateDefault(target)) : undefined;
      if (range) m.target = range;
      if (protocol) m.protocol = protocol;
      out.push(m);
    }
  }
  return out;
}

/** Parse the short syntax; undefined when it is not a port mapping at all. */
export function parseShortPort(text: string): Omit<PortMapping, 'span' | 'anchor'> | undefined {
  let rest = text.trim();
  let protocol: string | undefined;
  const slash = rest.lastIndexOf('/');
  if (slash !== -1 && !rest.slice(slash).includes('}')) {
    protocol = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
  }
  let ipText: string | undefined;
  let parts: string[];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1 || rest[close + 1] !== ':') return undefined;
    ipText = rest.slice(1, close);
    parts = splitOutsideBraces(rest.slice(close + 2));
  } else {
    parts = splitOutsideBraces(rest);
    if (parts.length > 3) {
      // Unbracketed IPv6 host address: the last two parts are the ports.
      ipText = parts.slice(0, -2).join(':');
      parts = parts.slice(-2);
    } else if (parts.length === 3) {
      ipText = parts.shift();
    }
  }
  if (parts.length === 0 || parts.length > 2) return undefined;
  const out: Omit<PortMapping, 'span' | 'anchor'> = { hostIpUnknown: false };
  if (ipText !== undefined && ipText !== '') {
    const ip = interpolateDefault(ipText);
    if (ip === undefined) out.hostIpUnknown = true;
    else if (ip !== '') out.hostIp = ip.replace(/^\[|\]$/g, '');
  }
  if (parts.length === 2 && parts[0] !== '') out.published = parts[0]!;
  const target = portRange(interpolateDefault(parts[parts.length - 1]!));
  if (target) out.target = target;
  if (protocol) out.protocol = protocol;
  return out;
}

/** `5432` -> [5432, 5432]; `5432-5433` -> [5432, 5433]; anything else undefined. */
function portRange(text: string | undefined): [number, number] | undefined {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec((text ?? '').trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return a <= b ? [a, b] : undefined;
}

/** `${X:-d}`/`${X-d}` -> `d`; text without variables as is; other variables -> undefined. */
function interpolateDefault(text: string): string | undefined {
  const t = text.trim();
  if (!t.includes('$')) return t;
  const m = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}$/.exec(t);
  return m ? m[1] : undefined;
}

function splitOutsideBraces(text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '$' && text[i + 1] === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    if (ch === ':' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Whether a host address means every interface (none given, `0.0.0.0`, `::`). */
export function allInterfaces(m: Pick<PortMapping, 'hostIp' | 'hostIpUnknown'>): boolean {
  if (m.hostIpUnknown) return false;
  if (m.hostIp === undefined) return true;
  const ip = m.hostIp.trim();
  return ip === '0.0.0.0' || ip === '::' || ip === '[::]' || ip === '*';
}
