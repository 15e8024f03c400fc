/**
 * `--statistics`: how many findings each rule has, most first (Ruff's `--statistics`), in place of
 * the text output: `count  ID  name  severity`, columns aligned.
 */
import type { RunResult } from './report.js';
import { SEVERITY_RANK, type Severity } from './types.js';

export interface RuleCount {
  id: string;
  name: string;
  severity: Severity;
  count: number;
}

export function ruleCounts(result: RunResult): RuleCount[] {
  const byId = new Map<string, RuleCount>();
  for (const f of result.findings) {
    const c = byId.get(f.ruleId);
    if (!c) byId.set(f.ruleId, { id: f.ruleId, name: f.ruleName, severity: f.severity, count: 1 });
    else {
      c.count++;
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[c.severity]) c.severity = f.severity;
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function formatStatistics(result: RunResult): string {
  const counts = ruleCounts(result);
  if (counts.length === 0) return '';
  const countWidth = Math.max(...counts.map((c) => String(c.count).length));
  const idWidth = Math.max(...counts.map((c) => c.id.length));
  const nameWidth = Math.max(...counts.map((c) => c.name.length));
  return counts.map((c) => `${String(c.count).padStart(countWidth)}  ${c.id.padEnd(idWidth)}  ${c.name.padEnd(nameWidth)}  ${c.severity}`).join('\n') + '\n';
}
