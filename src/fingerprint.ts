/**
 * Finding fingerprints: stable when lines move. A hash of the rule id, the repository-relative
 * path, the flagged text with whitespace folded, and the occurrence index among findings with the
 * same three values, so two identical findings in one file stay distinct (and a baseline that
 * accepted one does not hide a second).
 */
import { createHash } from 'node:crypto';
import type { Finding } from './types.js';

export function normalisedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Assign fingerprints in place; `findings` must already be in their final (sorted) order. */
export function assignFingerprints(findings: Finding[], textOf: (f: Finding) => string): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.path}\0${normalisedText(textOf(f))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 16);
  }
}
