/**
 * SARIF 2.1.0 for GitHub code scanning (DESIGN.md §7; conventions.md §1). One run for everything,
 * relative percent-encoded URIs under `%SRCROOT%`, UTF-16 columns, our own fingerprint key, and
 * GitHub's limits applied here so an upload is never rejected for size of a field or result count.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RunResult } from '../report.js';
import type { AnyRule } from '../rule.js';
import { SEVERITY_RANK, type Finding, type RelatedLocation, type Severity } from '../types.js';
import { REPOSITORY_URL, markdownToPlain, renderRuleMarkdown, renderRuleText, ruleHelpUri } from '../docs.js';
import { familyOfId } from '../rule-families.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub rejects runs with more results than this (conventions.md §1.10). */
export const SARIF_RESULT_LIMIT = 25_000;
/** GitHub's hard limit on locations per result; related locations beyond it are dropped. */
export const SARIF_RELATED_LIMIT = 1_000;
export const FINGERPRINT_KEY = 'prodlint/v1';
const SRCROOT = '%SRCROOT%';
const MAX_NAME = 255;
const MAX_DESCRIPTION = 1024;
/** GitHub keeps 10 tags per rule. */
const MAX_TAGS = 10;

export interface SarifOptions {
  /** Sets `automationDetails.id` to `<category>/`; unset leaves the category to the upload step. */
  category?: string;
  /** Results per run (defaults to SARIF_RESULT_LIMIT; tests lower it). */
  resultLimit?: number;
}

/** Family prefix → a tag people filter by in the code scanning UI. */

const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

/** Lone surrogates make encodeURIComponent throw; they become U+FFFD instead. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Truncates to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/** A repository-relative path as a URI reference: `/`-separated, each segment percent-encoded. */
export function artifactUri(path: string): string {
  return wellFormed(path).split('/').map(encodeURIComponent).join('/');
}

/** `file:///abs/root/` with a trailing slash (a base URI must end in one to resolve relative URIs). */
function rootUri(root: string): string | null {
  if (root === '' || !isAbsolute(root)) return null;
  const href = pathToFileURL(wellFormed(root)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function nonEmpty(text: string | undefined, fallback: string): string {
  const t = (text ?? '').trim();
  return t === '' ? fallback : t;
}

function tagsFor(rule: AnyRule): string[] {
  const tags = [rule.category, familyOfId(rule.id)?.tag, ...(rule.kinds ?? [])];
  return [...new Set(tags.filter((t): t is string => typeof t === 'string' && t !== ''))].slice(0, MAX_TAGS);
}

/**
 * A rule's descriptor. Full help (text and Markdown, the bulk of a log) only for rules with
 * results (with the full description): code scanning shows them on an alert, and a rule that ran
 * without findings needs no more than its id, name, summary and link (all 60-odd rules with full help made a 3-finding log
 * 400 KB).
 */
function ruleDescriptor(rule: AnyRule, withHelp: boolean): Record<string, unknown> {
  const summary = nonEmpty(rule.docs?.summary, rule.name || rule.id);
  const properties: Record<string, unknown> = {
    tags: tagsFor(rule),
    ...(rule.precision ? { precision: rule.precision } : {}),
    'problem.severity': PROBLEM_SEVERITY[rule.severity] ?? 'warning',
  };
  const score = rule.securitySeverity;
  if (rule.category === 'security' && typeof score === 'number' && score > 0 && score <= 10) {
    // GitHub parses this string as a number; one decimal matches its own rules ("8.1").
    properties['security-severity'] = score.toFixed(1);
  }
  return {
    id: rule.id,
    name: truncate(nonEmpty(rule.name, rule.id), MAX_NAME),
    shortDescription: { text: truncate(summary, MAX_DESCRIPTION) },
    ...(withHelp
      ? {
          fullDescription: { text: truncate(nonEmpty(markdownToPlain(rule.docs?.what ?? ''), summary), MAX_DESCRIPTION) },
          help: { text: renderRuleText(rule), markdown: renderRuleMarkdown(rule, 2) },
        }
      : {}),
    helpUri: ruleHelpUri(rule),
    defaultConfiguration: { level: rule.severity },
    properties,
  };
}

/** For a finding whose rule is not in `result.rules`: enough for GitHub to accept the result. */
function minimalDescriptor(f: Finding): Record<string, unknown> {
  const name = nonEmpty(f.ruleName, f.ruleId);
  return {
    id: f.ruleId,
    name: truncate(name, MAX_NAME),
    shortDescription: { text: truncate(name, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(name, MAX_DESCRIPTION) },
    help: { text: name },
    defaultConfiguration: { level: f.severity },
  };
}

const positive = (n: number): number => (Number.isFinite(n) && n >= 1 ? Math.trunc(n) : 1);

/** A region that always satisfies the schema and GitHub: 1-based, end never before start. */
function region(start: Finding['start'], end: Finding['end']): Record<string, number> {
  const startLine = positive(start.line);
  const startColumn = positive(start.column);
  let endLine = positive(end.line);
  let endColumn = positive(end.column);
  if (endLine < startLine || (endLine === startLine && endColumn < startColumn)) {
    endLine = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

function physicalLocation(path: string, start?: Finding['start'], end?: Finding['end']): Record<string, unknown> {
  return {
    artifactLocation: { uri: artifactUri(path), uriBaseId: SRCROOT },
    ...(start && end ? { region: region(start, end) } : {}),
  };
}

/**
 * Square brackets are link syntax in SARIF message text (§3.11.6, "Messages with embedded links"):
 * literal ones are escaped with a backslash, as are backslashes that would escape them.
 */
function escapeMessage(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

/**
 * The result message, with each related location referenced by an embedded link `[text](id)`
 * (§3.11.6): code scanning shows a related location only when the message links to it.
 */
function resultMessage(text: string, related: readonly RelatedLocation[]): string {
  if (related.length === 0) return text;
  const links = related.map((r, i) => `[${escapeMessage(oneLine(nonEmpty(r.message, 'related location')))}](${i + 1})`);
  return `${escapeMessage(text)} (${links.join('; ')})`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function relatedLocation(r: RelatedLocation, index: number): Record<string, unknown> {
  return {
    id: index + 1,
    physicalLocation: physicalLocation(r.path, r.start, r.end),
    ...(r.message.trim() !== '' ? { message: { text: r.message } } : {}),
  };
}

/**
 * Indexes of the findings to keep under the cap: most severe first, then the order the findings
 * came in (path order). The kept results are then emitted in their original order.
 */
function keptIndexes(findings: readonly Finding[], limit: number): Set<number> {
  const order = findings.map((_, i) => i);
  if (findings.length > limit) {
    order.sort((a, b) => (SEVERITY_RANK[findings[b]!.severity] ?? 0) - (SEVERITY_RANK[findings[a]!.severity] ?? 0) || a - b);
  }
  return new Set(order.slice(0, Math.max(0, limit)));
}

export function formatSarif(result: RunResult, opts: SarifOptions = {}): string {
  const limit = Math.max(0, Math.trunc(opts.resultLimit ?? SARIF_RESULT_LIMIT));

  // Rule table: every rule that ran (the enabled ones) in the given order (stable indexes), then
  // any rule a finding names that the run did not list, so a result never points at a missing
  // descriptor. Rules that are off are not listed.
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  const reported = new Set(result.findings.map((f) => f.ruleId));
  for (const rule of result.rules) {
    if (ruleIndex.has(rule.id)) continue;
    ruleIndex.set(rule.id, rules.length);
    rules.push(ruleDescriptor(rule, reported.has(rule.id)));
  }
  for (const f of result.findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    rules.push(minimalDescriptor(f));
  }

  const kept = keptIndexes(result.findings, limit);
  const results = result.findings
    .filter((_, i) => kept.has(i))
    .map((f) => {
      const shownRelated = f.related.slice(0, SARIF_RELATED_LIMIT);
      const related = shownRelated.map(relatedLocation);
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId)!,
        level: f.severity,
        message: { text: resultMessage(nonEmpty(f.message, nonEmpty(f.ruleName, f.ruleId)), shownRelated) },
        locations: [{ physicalLocation: physicalLocation(f.path, f.start, f.end) }],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        ...(f.fingerprint !== '' ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}),
      };
    });

  // Notifications: what GitHub does not show as alerts but a reader of the log should know.
  const notifications: Record<string, unknown>[] = result.notices.map((n) => ({
    level: n.level,
    message: { text: nonEmpty(n.message, n.id) },
    ...(n.path !== undefined ? { locations: [{ physicalLocation: physicalLocation(n.path) }] } : {}),
    descriptor: { id: n.id },
  }));
  for (const f of result.findings) {
    if (f.ruleId !== 'PL000') continue;
    notifications.push({
      level: f.severity,
      message: { text: nonEmpty(f.message, 'File could not be fully parsed') },
      locations: [{ physicalLocation: physicalLocation(f.path, f.start, f.end) }],
      descriptor: { id: 'parse-error' },
      associatedRule: { id: f.ruleId, index: ruleIndex.get(f.ruleId)! },
    });
  }
  const leftOut = result.findings.length - results.length;
  if (leftOut > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text: `${leftOut} of ${result.findings.length} results were left out: a SARIF run may hold at most ${limit} (the most severe are kept).`,
      },
      descriptor: { id: 'sarif-capped' },
    });
  }

  const base = rootUri(result.root);
  // Trailing slashes dropped with a loop: `/\/+$/` is quadratic on a long inner run of slashes.
  const rawCategory = opts.category ?? '';
  let categoryEnd = rawCategory.length;
  while (categoryEnd > 0 && rawCategory[categoryEnd - 1] === '/') categoryEnd--;
  const category = rawCategory.slice(0, categoryEnd);
  const run = {
    tool: {
      driver: {
        name: 'prodlint',
        ...(result.toolVersion !== '' ? { semanticVersion: result.toolVersion } : {}),
        informationUri: REPOSITORY_URL,
        rules,
      },
    },
    ...(category !== '' ? { automationDetails: { id: `${category}/` } } : {}),
    columnKind: 'utf16CodeUnits',
    ...(base !== null ? { originalUriBaseIds: { [SRCROOT]: { uri: base } } } : {}),
    invocations: [
      {
        executionSuccessful: true,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    results,
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
