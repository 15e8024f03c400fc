/**
 * Go's duration syntax (`time.ParseDuration`), which compose (`stop_grace_period`, healthcheck
 * intervals) and Fly.io (`kill_timeout`, check `interval`/`timeout`) both use: `1m30s`, `10s`,
 * `500ms`, `1h`, `2.5s`; prodlint also takes a bare number as seconds, as both accept it.
 */
const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001, us: 1e-6, 'µs': 1e-6, ns: 1e-9 };

/** Seconds, or undefined when the text is not a duration (an interpolation, a typo). */
export function goDurationSeconds(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === '') return undefined;
  let total = 0;
  let rest = t;
  while (rest !== '') {
    // `ms` before `m`, so `500ms` is not 500 minutes and an `s`.
    const m = /^(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)/.exec(rest);
    if (!m) return undefined;
    total += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  return total;
}
