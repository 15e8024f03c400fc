/**
 * `max-file-size`: a byte count or a size with a unit. `KB`/`MB`/`GB` are decimal (1000) and
 * `KiB`/`MiB`/`GiB` binary (1024), as in IEC 80000-13; units are case-insensitive.
 */
const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** Whole bytes, or undefined when the value is not a positive size. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  // Trimmed first: with `\s*` at both ends, one long run of blanks before a wrong character
  // makes the expression retry the run from every blank (quadratic: 11 s on 100,000 spaces).
  // `trim()` and `\s` agree on what a blank is.
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase();
  const factor = unit === '' ? 1 : Object.hasOwn(UNITS, unit) ? UNITS[unit] : undefined;
  if (factor === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * factor);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
