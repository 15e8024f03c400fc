/**
 * Machine-readable output: every finding with its positions and fingerprint, the run's notices and
 * a summary. Deterministic: no durations, no absolute paths, keys in a fixed order.
 */
import type { RunResult } from '../report.js';
import type { Finding, Severity } from '../types.js';

/** Bumped when a field is removed or changes meaning (adding fields does not bump it). */
export const JSON_FORMAT_VERSION = 1;

export interface RunSummary {
  errors: number;
  warnings: number;
  notes: number;
  /** Distinct files with at least one finding. */
  filesWithFindings: number;
  filesLinted: number;
  suppressed: number;
  baselined: number;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  return counts;
}

/** The counts every formatter reports, computed once here so they agree. */
export function summarize(result: RunResult): RunSummary {
  const counts = countBySeverity(result.findings);
  return {
    errors: counts.error,
    warnings: counts.warning,
    notes: counts.note,
    filesWithFindings: new Set(result.findings.map((f) => f.path)).size,
    filesLinted: result.stats.filesLinted,
    suppressed: result.stats.suppressed,
    baselined: result.stats.baselined,
  };
}

const position = (p: { line: number; column: number }) => ({ line: p.line, column: p.column });

export function formatJson(result: RunResult): string {
  const s = summarize(result);
  const withFindings = new Set(result.findings.map((f) => f.path));
  const out = {
    version: JSON_FORMAT_VERSION,
    toolVersion: result.toolVersion,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      message: f.message,
      path: f.path,
      start: position(f.start),
      end: position(f.end),
      related: f.related.map((r) => ({
        path: r.path,
        start: position(r.start),
        end: position(r.end),
        message: r.message,
      })),
      fingerprint: f.fingerprint,
    })),
    notices: result.notices.map((n) => ({
      level: n.level,
      id: n.id,
      message: n.message,
      ...(n.path !== undefined ? { path: n.path } : {}),
    })),
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      filesLinted: s.filesLinted,
      suppressed: s.suppressed,
      baselined: s.baselined,
    },
    // Why each file with findings was linted as it was (kind, environment and what decided them).
    files: (result.classified ?? []).filter((c) => withFindings.has(c.path)).map((c) => ({ path: c.path, kind: c.kind, kindReason: c.kindReason, environment: c.environment, environmentReason: c.environmentReason })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
