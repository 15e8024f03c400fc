/**
 * Reading listen addresses as servers and debuggers take them on their command lines:
 * `127.0.0.1`, `localhost:8000`, `[::1]:8000`, `tcp://0.0.0.0:3000`, `unix:/run/app.sock`, a bare
 * port `9229`. Rules ask whether an address is loopback (reachable only from the same network
 * namespace) or open to every interface.
 */

export type AddressScope =
  /** 127.0.0.0/8, ::1, localhost: only the same network namespace can connect. */
  | 'loopback'
  /** 0.0.0.0, ::, `*`, an empty host (`:2345`): every interface. */
  | 'any'
  /** A specific non-loopback address or host name: reachable from that network. */
  | 'specific'
  /** A unix socket or file descriptor: no TCP port at all. */
  | 'socket'
  /** A bare port: the program's default host applies. */
  | 'port-only'
  /** Dynamic or unreadable. */
  | 'unknown';

const LOOPBACK_HOST = /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback|127(\.\d{1,3}){1,3}|::1|0:0:0:0:0:0:0:1)$/i;
const ANY_HOST = /^(0\.0\.0\.0|::|\[::\]|\*|0)$/;

export function hostScope(host: string): AddressScope {
  const h = host.replace(/^\[(.*)\]$/, '$1');
  if (h === '') return 'any';
  if (LOOPBACK_HOST.test(h)) return 'loopback';
  if (ANY_HOST.test(h) || ANY_HOST.test(host)) return 'any';
  if (/[$`{}]/.test(h)) return 'unknown';
  return 'specific';
}

/** The scope of a `host`, `host:port`, `[v6]:port`, `tcp://host:port`, `unix:path` or bare port. */
export function addressScope(value: string | null | undefined): AddressScope {
  if (value === null || value === undefined) return 'unknown';
  let v = value.trim();
  if (v === '' ) return 'unknown';
  if (/^(unix:|fd:\/\/|fd:|systemd:)/i.test(v) || v.startsWith('/')) return 'socket';
  v = v.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  // Strip a path after the authority (`tcp://host:port/x`).
  const slash = v.indexOf('/');
  if (slash !== -1) v = v.slice(0, slash);
  if (/^\d+$/.test(v)) return 'port-only';
  const v6 = /^\[([^\]]*)\](?::\d+)?$/.exec(v);
  if (v6) return hostScope(v6[1]!);
  // A bare IPv6 address has several colons and no port.
  if ((v.match(/:/g) ?? []).length > 1) return hostScope(v);
  const colon = v.lastIndexOf(':');
  const host = colon === -1 ? v : v.slice(0, colon);
  const port = colon === -1 ? '' : v.slice(colon + 1);
  if (colon !== -1 && !/^\d*$/.test(port) && !/^\$/.test(port)) return 'unknown';
  return hostScope(host);
}

/** A URL's host is loopback (`https://localhost:8443/health`, `http://127.0.0.1/`). */
export function urlIsLoopback(url: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  if (!m) {
    // A schemeless `localhost:8080/health`, as curl accepts it.
    const bare = /^(\[[^\]]*\]|[^:/?#]+)/.exec(url);
    return bare ? hostScope(bare[1]!) === 'loopback' : false;
  }
  return hostScope(m[1]!) === 'loopback';
}
