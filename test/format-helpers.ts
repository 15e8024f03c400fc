/**
 * Builders shared by the formatter and docs tests: throwaway rules, findings located by the text
 * they flag in a real SourceFile (so positions come from the same arithmetic the engine uses), and
 * run results. Not a test file itself.
 */
import { SourceFile, type Span } from '../src/source.js';
import { defineRule, type AnyRule } from '../src/rule.js';
import type { RunResult } from '../src/report.js';
import type { Finding, Kind, Severity } from '../src/types.js';

export function makeRule(id: string, name: string, extra: Partial<AnyRule> = {}): AnyRule {
  return defineRule({
    id,
    name,
    severity: 'error',
    category: 'reliability',
    productionOnly: true,
    kinds: ['shell', 'dockerfile'] as Kind[],
    triggers: ['--reload'],
    messages: { reload: '`{{tool}}` runs with --reload' },
    docs: {
      summary: `Summary of ${id}`,
      what: `Detects **${name}** in start commands. See [the docs](https://example.com/${id}).`,
      why: 'A file watcher restarts the service on every deploy.',
      example: { kind: 'dockerfile', code: 'CMD uvicorn app:app --reload' },
      fix: { kind: 'dockerfile', code: 'CMD ["uvicorn", "app:app"]' },
      references: ['https://www.uvicorn.org/settings/'],
    },
    ...extra,
  }) as AnyRule;
}

export interface FindingSpec {
  /** The flagged text (first occurrence, or the `occurrence`-th) or an explicit span. */
  at: string | Span;
  occurrence?: number;
  severity?: Severity;
  message?: string;
  related?: { source: SourceFile; at: string; message: string }[];
}

function locate(source: SourceFile, at: string | Span, occurrence = 0): Span {
  if (typeof at !== 'string') return at;
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = source.text.indexOf(at, index + 1);
    if (index === -1) throw new Error(`test setup: "${at}" not found in ${source.path}`);
  }
  return { start: index, end: index + at.length };
}

export function makeFinding(source: SourceFile, rule: AnyRule, spec: FindingSpec): Finding {
  const span = locate(source, spec.at, spec.occurrence);
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: spec.severity ?? rule.severity,
    message: spec.message ?? `problem found by ${rule.id}`,
    path: source.path,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    related: (spec.related ?? []).map((r) => {
      const rs = locate(r.source, r.at);
      return {
        path: r.source.path,
        span: rs,
        start: r.source.positionAt(rs.start),
        end: r.source.positionAt(rs.end),
        message: r.message,
      };
    }),
    fingerprint: `${rule.id}:${source.path}:${span.start}`,
  };
}

export function source(path: string, text: string): SourceFile {
  return new SourceFile(path, `/repo/${path}`, text);
}

export function makeResult(parts: Partial<RunResult> & { files?: SourceFile[] } = {}): RunResult {
  const { files = [], ...rest } = parts;
  return {
    toolVersion: '0.1.0',
    root: '/repo',
    findings: [],
    rules: [],
    notices: [],
    sources: new Map(files.map((f) => [f.path, f])),
    stats: { filesDiscovered: 3, filesLinted: 3, filesParsed: 3, durationMs: 12.5, suppressed: 0, baselined: 0 },
    ...rest,
  };
}
