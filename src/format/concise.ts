/**
 * `-f concise`: one line per finding, `path:line:col: ID message`, the classic compiler format
 * that editors' problem matchers and `grep` read (Ruff's concise output has the same shape).
 * Nothing else is printed: no summary, no notices (they go to the text format).
 */
import type { RunResult } from '../report.js';
import { safeLine } from './text.js';

export function formatConcise(result: RunResult): string {
  const lines = result.findings.map((f) => `${safeLine(f.path)}:${f.start.line}:${f.start.column}: ${f.ruleId} ${safeLine(f.message)}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
