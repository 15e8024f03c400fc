/**
 * Append to the list stored under a key. Rebuilding the list with a spread on every append is
 * quadratic in the list's length: with thousands of files per package or per script name, that
 * showed up in profiles of the benchmark monorepo.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
