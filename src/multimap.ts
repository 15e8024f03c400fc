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

/** The value stored under a key, made and stored on the first ask (a promise is stored as such). */
export function getOrMake<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
