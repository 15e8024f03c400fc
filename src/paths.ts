/**
 * Small helpers for `/`-separated path strings that come from scanned files (compose volumes,
 * config globs, COPY sources). They run on repository content, so they are loops rather than
 * regular expressions: `/\/+$/` retries from every slash of an inner run and is quadratic on
 * `"////…x"` (10 s on 100,000 slashes).
 */

/** The last segment: `"a/b/c.sh"` → `"c.sh"`, `"c.sh"` → `"c.sh"`. */
export function lastSegment(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? path : path.slice(i + 1);
}

/** Everything before the last segment: `"a/b/c.sh"` → `"a/b"`, `"c.sh"` → `""`. */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/** The path without its trailing `/`s: `"a//"` → `"a"`, `"///"` → `""`. */
export function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return end === path.length ? path : path.slice(0, end);
}
