/**
 * Image references as written in `FROM`, `COPY --from` and compose `image:`:
 * `[registry[:port]/]path[:tag][@digest]`. The grammar is the one of the distribution reference
 * (github.com/distribution/reference): the first path component is a registry when it contains a
 * `.` or a `:` or is `localhost`; a tag follows the last `:` after the last `/`.
 */

export interface ImageRef {
  /** As written. */
  raw: string;
  /** Registry host when one is given (`ghcr.io`, `localhost:5000`); Docker Hub is normalised away. */
  registry?: string;
  /** Repository path, lower-cased, without registry and without Docker Hub's `library/`: `postgres`, `bitnami/redis`. */
  repository: string;
  /** Last path component: `redis` for `bitnami/redis`. */
  name: string;
  tag?: string;
  /** Offset of the tag inside `raw` (after the `:`). */
  tagStart?: number;
  digest?: string;
  /** Contains a variable (`$BASE`, `python:${VERSION}`): parts of it are unknown. */
  dynamic: boolean;
  /** Docker Hub official image (`python`, `docker.io/library/python`). */
  official: boolean;
}

const HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** Parse an image reference; undefined for empty text. Never throws. */
export function parseImageRef(raw: string): ImageRef | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const at = text.indexOf('@');
  const digest = at === -1 ? undefined : text.slice(at + 1);
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', lastSlash + 1);
  const path = colon === -1 ? beforeDigest : beforeDigest.slice(0, colon);
  const tag = colon === -1 ? undefined : beforeDigest.slice(colon + 1);
  const parts = path.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) registry = parts.shift()!.toLowerCase();
  if (registry && HUB.has(registry)) registry = undefined;
  if (!registry && parts.length > 1 && parts[0] === 'library') parts.shift();
  const repository = parts.join('/').toLowerCase();
  const ref: ImageRef = {
    raw,
    repository,
    name: parts[parts.length - 1]!.toLowerCase(),
    dynamic: text.includes('$'),
    official: !registry && parts.length === 1,
  };
  if (registry) ref.registry = registry;
  if (tag !== undefined) {
    ref.tag = tag;
    ref.tagStart = raw.indexOf(text) + colon + 1;
  }
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** Whether a reference is entirely a variable (`$BASE`, `${BASE_IMAGE}`): nothing about it is known. */
export function isVariableOnly(raw: string): boolean {
  return /^\$(\{[A-Za-z_][A-Za-z0-9_]*(:?[-+?][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(raw.trim());
}
