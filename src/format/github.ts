/**
 * GitHub Actions output: workflow-command annotations on the pull request diff, and a Markdown
 * step summary. GitHub shows only 10 annotations per level per step and fails a step whose summary
 * passes 1 MiB, so both are capped here (conventions.md §2.5).
 */
import type { RunResult } from '../report.js';
import type { AnyRule } from '../rule.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../types.js';
import { inlineCode, ruleHelpUri } from '../docs.js';
import { summarize } from './json.js';

/** GitHub displays this many annotations per level (error, warning, notice) per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** Step summaries stay below this many UTF-8 bytes (GitHub's hard limit is 1 MiB). */
export const STEP_SUMMARY_MAX_BYTES = 512 * 1024;
/** Rows per summary table; a longer table is unreadable anyway. */
const MAX_TABLE_ROWS = 1000;
/** Findings listed one by one in the summary (the annotations show only 10 per level). */
export const SUMMARY_FINDINGS = 50;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };
const SEVERITIES_DESC: readonly Severity[] = ['error', 'warning', 'note'];

/** Escaping of a workflow command's message (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Control characters other than line breaks (which escapeData encodes) would reach GitHub's log
 * viewer as terminal escapes; they are shown as their Unicode "control pictures" instead.
 */
function visibleControls(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
}

const positive = (n: number): number => (Number.isFinite(n) && n >= 1 ? Math.trunc(n) : 1);

function annotation(f: Finding): string {
  const line = positive(f.start.line);
  const endLine = Math.max(line, positive(f.end.line));
  const props = [`file=${escapeProperty(f.path)}`, `line=${line}`, `endLine=${endLine}`];
  // GitHub ignores columns unless the annotation is on one line.
  if (line === endLine) {
    const col = positive(f.start.column);
    props.push(`col=${col}`, `endColumn=${Math.max(col, positive(f.end.column))}`);
  }
  props.push(`title=${escapeProperty(visibleControls(`${f.ruleId} ${f.ruleName}`.trim()))}`);
  const related = f.related.map((r) => `\n↳ ${r.path}:${r.start.line}:${r.start.column} ${r.message}`.trimEnd());
  return `::${COMMAND[f.severity] ?? 'warning'} ${props.join(',')}::${escapeData(visibleControls(f.message + related.join('')))}`;
}

export interface GithubOptions {
  /** Annotations per level (defaults to GitHub's 10). */
  perLevel?: number;
}

/**
 * Workflow commands, most severe first, at most `perLevel` per level. When any are left out, one
 * extra `::notice::` counts them; because that line is a notice itself, notes then get one slot
 * fewer so it is never the one GitHub drops.
 */
export function formatGithub(result: RunResult, opts: GithubOptions = {}): string {
  const cap = Math.max(1, Math.trunc(opts.perLevel ?? ANNOTATIONS_PER_LEVEL));
  const byLevel = new Map<Severity, Finding[]>(SEVERITIES_DESC.map((s) => [s, []]));
  for (const f of result.findings) byLevel.get(f.severity)?.push(f);
  const overflowing = SEVERITIES_DESC.some((s) => byLevel.get(s)!.length > cap);

  const lines: string[] = [];
  const leftOut: string[] = [];
  for (const severity of SEVERITIES_DESC) {
    const all = byLevel.get(severity)!;
    const room = severity === 'note' && overflowing ? cap - 1 : cap;
    for (const f of all.slice(0, room)) lines.push(annotation(f));
    const rest = all.length - Math.min(all.length, room);
    if (rest > 0) leftOut.push(`${rest} ${severity}${rest === 1 ? '' : 's'}`);
  }
  if (leftOut.length > 0) {
    lines.push(
      `::notice::${escapeData(
        `prodlint: ${leftOut.join(', ')} not annotated (GitHub shows ${cap} annotations per level per step); see the job summary or the SARIF report for all findings.`,
      )}`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Text that renders literally in Markdown (and stays on one table row). */
function mdText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

/** A path as inline code inside a table cell (the pipe must still be escaped there in GFM). */
function mdPath(path: string): string {
  return inlineCode(path.replace(/[\u0000-\u001f\u007f]+/g, ' ')).replace(/\|/g, '\\|');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Collects lines while they fit; a reserve stays free for the notes that say what was cut. */
class ByteBudget {
  readonly lines: string[] = [];
  private used = 0;
  constructor(
    private readonly limit: number,
    private readonly reserve: number,
  ) {}
  private cost(line: string): number {
    return Buffer.byteLength(line, 'utf8') + 1;
  }
  /** Adds the line if it fits outside the reserve. */
  add(line: string): boolean {
    const c = this.cost(line);
    if (this.used + c > this.limit - this.reserve) return false;
    this.lines.push(line);
    this.used += c;
    return true;
  }
  /** Adds a short line from the reserve (truncation notes). */
  force(line: string): void {
    const c = this.cost(line);
    if (this.used + c > this.limit) return;
    this.lines.push(line);
    this.used += c;
  }
}

interface Table {
  heading: string;
  header: string[];
  rows: string[];
  /** Word for what a row is, for the truncation note. */
  noun: string;
}

function addTable(out: ByteBudget, table: Table): void {
  if (!out.add(table.heading) || !out.add('') || !table.header.every((h) => out.add(h))) {
    out.force(`_${plural(table.rows.length, table.noun)} not shown: the summary reached its size limit._`);
    return;
  }
  let shown = 0;
  for (const row of table.rows.slice(0, MAX_TABLE_ROWS)) {
    if (!out.add(row)) break;
    shown++;
  }
  out.add('');
  if (shown < table.rows.length) {
    out.force(`_… ${plural(table.rows.length - shown, `more ${table.noun}`)} not shown._`);
    out.force('');
  }
}

/** Where the summary's finding links point: `<server>/<repository>/blob/<sha>/<path>#L<line>`. */
export interface SummaryLinks {
  server: string;
  repository: string;
  sha: string;
}

/**
 * Links from the runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA; the
 * Action sets GITHUB_SHA to a pull request's head commit), or none outside Actions.
 */
export function summaryLinksFromEnv(env: NodeJS.ProcessEnv): SummaryLinks | undefined {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  let server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  // A loop, not /\/+$/: that expression backtracks quadratically on a long run of slashes.
  while (server.endsWith('/')) server = server.slice(0, -1);
  return /^https?:\/\/[^\s()<>]+$/.test(server) ? { server, repository, sha } : undefined;
}

export interface StepSummaryOptions {
  /** Size limit in UTF-8 bytes (defaults to STEP_SUMMARY_MAX_BYTES). */
  maxBytes?: number;
  /** Link each listed finding to its line on GitHub; without, locations are plain text. */
  links?: SummaryLinks;
  /** Findings listed one by one (defaults to SUMMARY_FINDINGS). */
  listed?: number;
}

/** A finding's line on GitHub (path segments percent-encoded, as in a browser's address bar). */
export function findingUrl(links: SummaryLinks, path: string, line: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${links.server}/${links.repository}/blob/${links.sha}/${encoded}#L${positive(line)}`;
}

/** The first findings, most severe first, each a list item with its location linked. */
function findingItems(findings: readonly Finding[], links: SummaryLinks | undefined, count: number): string[] {
  const ordered = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (SEVERITY_RANK[b.f.severity] ?? 0) - (SEVERITY_RANK[a.f.severity] ?? 0) || a.i - b.i)
    .slice(0, count);
  return ordered.map(({ f }) => {
    const where = `${f.path}:${positive(f.start.line)}`;
    const loc = links ? `[${mdText(where)}](${findingUrl(links, f.path, f.start.line)})` : mdPath(where);
    return `- ${loc} **${f.severity}** ${mdText(f.ruleId)}: ${mdText(f.message)}`;
  });
}

/** Markdown for `$GITHUB_STEP_SUMMARY`: counts, then findings by rule and by file. */
export function formatStepSummary(result: RunResult, opts: StepSummaryOptions = {}): string {
  const out = new ByteBudget(Math.max(1024, opts.maxBytes ?? STEP_SUMMARY_MAX_BYTES), 1024);
  const s = summarize(result);
  const total = s.errors + s.warnings + s.notes;

  out.add('## prodlint');
  out.add('');
  if (total === 0) {
    out.add(`**✔ No problems found** (${plural(s.filesLinted, 'file')} checked)`);
  } else {
    out.add(
      `**✖ ${plural(total, 'problem')}** (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ` +
        `${plural(s.notes, 'note')}) in ${plural(s.filesWithFindings, 'file')} · ${plural(s.filesLinted, 'file')} checked`,
    );
  }
  const hidden = [
    s.suppressed > 0 ? `${s.suppressed} suppressed` : '',
    s.baselined > 0 ? `${s.baselined} baselined` : '',
  ].filter((x) => x !== '');
  if (hidden.length > 0) out.add(`\n${hidden.join(', ')} (not shown).`);
  out.add('');

  if (total > 0) {
    const listed = Math.max(0, Math.trunc(opts.listed ?? SUMMARY_FINDINGS));
    const items = findingItems(result.findings, opts.links, listed);
    const more = result.findings.length - items.length;
    addTable(out, {
      heading: more > 0 ? `### First ${items.length} findings (of ${result.findings.length}; all are in the SARIF report)` : '### Findings',
      header: [],
      rows: items,
      noun: 'finding',
    });
    const rulesById = new Map<string, AnyRule>(result.rules.map((r) => [r.id, r]));
    const byRule = new Map<string, { name: string; severity: Severity; count: number }>();
    const byFile = new Map<string, Record<Severity, number>>();
    for (const f of result.findings) {
      const r = byRule.get(f.ruleId);
      if (!r) byRule.set(f.ruleId, { name: f.ruleName, severity: f.severity, count: 1 });
      else {
        r.count++;
        if ((SEVERITY_RANK[f.severity] ?? 0) > (SEVERITY_RANK[r.severity] ?? 0)) r.severity = f.severity;
      }
      const counts = byFile.get(f.path) ?? { error: 0, warning: 0, note: 0 };
      counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      byFile.set(f.path, counts);
    }

    const ruleRows = [...byRule.entries()]
      .sort(
        ([ida, a], [idb, b]) =>
          (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0) ||
          b.count - a.count ||
          (ida < idb ? -1 : ida > idb ? 1 : 0),
      )
      .map(([id, r]) => {
        const rule = rulesById.get(id);
        const idCell = rule ? `[${mdText(id)}](${ruleHelpUri(rule)})` : mdText(id);
        return `| ${idCell} | ${mdText(r.name)} | ${r.severity} | ${r.count} |`;
      });
    addTable(out, {
      heading: '### Findings by rule',
      header: ['| Rule | Name | Severity | Count |', '| --- | --- | --- | ---: |'],
      rows: ruleRows,
      noun: 'rule',
    });

    // Most problematic files first, so a truncated table still shows what matters.
    const fileRows = [...byFile.entries()]
      .map(([path, c], order) => ({ path, c, order }))
      .sort((a, b) => b.c.error - a.c.error || b.c.warning - a.c.warning || b.c.note - a.c.note || a.order - b.order)
      .map(({ path, c }) => `| ${mdPath(path)} | ${c.error} | ${c.warning} | ${c.note} |`);
    addTable(out, {
      heading: '### Findings by file',
      header: ['| File | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: |'],
      rows: fileRows,
      noun: 'file',
    });
  }

  if (result.notices.length > 0) {
    addTable(out, {
      heading: '### Notices',
      header: [],
      rows: result.notices.map((n) => `- ${n.level}: ${n.path !== undefined ? `${mdPath(n.path)}: ` : ''}${mdText(n.message)}`),
      noun: 'notice',
    });
  }
  // Not `/\n+$/`: it is quadratic on a long run of line breaks that does not end the text.
  let text = out.lines.join('\n');
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  text = text.slice(0, end);
  return `${text}\n`;
}
