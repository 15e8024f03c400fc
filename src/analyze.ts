/**
 * Analysis of one file: parse once, extract facts, run the document/command/env hooks of the
 * enabled rules, and read its suppression directives. It runs in the main thread or in a worker
 * thread (src/worker.ts), so its input and output are plain data.
 *
 * Rules' per-file hooks on shell, Python and TypeScript files may run in a worker, where the
 * project model holds only this file's `startedBy` entry and `exists()`; rules that need other
 * files use the `project` hook, which always runs in the main thread with the whole model.
 */
import { isUnrenderedTemplate } from './template-tree.js';
import { extractFacts } from './carriers/index.js';
import type { CommandSink } from './carriers/build.js';
import { parseFile } from './parse/index.js';
import type { ProjectModel } from './project.js';
import { formatMessage, type AnyRule, type ReportDescriptor } from './rule.js';
import { SourceFile, type Position, type Span } from './source.js';
import { parseDirectives, type Directive } from './suppress.js';
import { CARRIER_KINDS, SEVERITY_RANK, type Command, type Document, type Environment, type Finding, type Kind, type RelatedLocation, type Severity, type Via } from './types.js';
import { recordDisk, type DiskInput } from './disk.js';
import { ruleTriggered, TriggerMemo, TriggerScan } from './triggers.js';

export interface RuleSetting {
  severity: Severity;
  options: object;
}

/** A finding before fingerprinting, with the flagged text the fingerprint hashes. */
export interface RawFinding extends Finding {
  flagged: string;
}

/** A suppression directive with the positions needed to report it (PL002/PL003). */
export interface PositionedDirective extends Directive {
  start: Position;
  end: Position;
  ruleRanges: { start: Position; end: Position }[];
}


export interface FileTask {
  rel: string;
  abs: string;
  kind: Kind;
  environment: Environment;
  text: string;
  via: Via[];
}

export interface FileOutput {
  rel: string;
  findings: RawFinding[];
  directives: PositionedDirective[];
  /** Whether the file was parsed (false when it timed out). */
  parsed: boolean;
  /**
   * What the analysis asked the disk beyond the file (a Django settings module looks for its
   * production siblings): the cached output is reused only while every answer still holds.
   */
  inputs?: DiskInput[];
}

export interface AnalyzeOptions {
  rules: ReadonlyMap<string, AnyRule>;
  enabled: ReadonlyMap<string, RuleSetting>;
  project: ProjectModel;
  inlineSuppressions: boolean;
  /** Abandon the file's remaining rules after this many milliseconds (cooperative). */
  timeoutMs: number;
  /** Already parsed document and facts (carrier files parsed for the project model). */
  parsed?: { doc: Document; facts: CommandSink | undefined };
}

export const PL = { parse: 'PL000', internal: 'PL001', unused: 'PL002', unknown: 'PL003' } as const;

/** Kinds whose parser this thread has loaded (a dynamic import per file cost as much as a rule). */
const parsersLoaded = new Set<Kind>();

/**
 * Load the kind's parser (once per thread) so that loading it never counts against a file's budget.
 * Deployment files load the shell grammar themselves, only when they hold a script (carriers/index.ts).
 * Never throws: a parser that cannot load fails the parse, which reports it.
 */
export async function parserReady(kind: Kind): Promise<void> {
  if (parsersLoaded.has(kind)) return;
  try {
    if (kind === 'shell') await (await import('./shell/script.js')).loadShellParser();
    else if (kind === 'python') await (await import('./parse/tree-sitter.js')).getParser('python');
    else if (kind === 'typescript') await (await import('./parse/typescript.js')).loadTypeScriptParser();
    parsersLoaded.add(kind);
  } catch {
    // A parser that cannot load fails the parse below, which reports it.
  }
}

export async function analyzeFile(task: FileTask, opts: AnalyzeOptions): Promise<FileOutput> {
  const stop = recordDisk();
  let out: FileOutput;
  try {
    out = await analyzeRecorded(task, opts);
  } catch (err) {
    stop();
    throw err;
  }
  const inputs = stop();
  if (inputs.length) out.inputs = inputs;
  return out;
}

async function analyzeRecorded(task: FileTask, opts: AnalyzeOptions): Promise<FileOutput> {
  if (!opts.parsed) await parserReady(task.kind);
  const started = performance.now();
  const out: FileOutput = { rel: task.rel, findings: [], directives: [], parsed: false };
  let doc: Document;
  let facts: CommandSink | undefined;
  const source = opts.parsed?.doc.source ?? new SourceFile(task.rel, task.abs, task.text);
  try {
    if (opts.parsed) {
      doc = opts.parsed.doc;
      facts = opts.parsed.facts;
    } else {
      doc = await parseFile(task.kind, source, task.environment);
      facts = await extractFacts(doc);
    }
  } catch (err) {
    out.findings.push(toolFinding(PL.parse, opts, source, { start: 0, end: 0 }, `${task.rel} could not be parsed: ${errorText(err)}`));
    return out;
  }
  out.parsed = true;
  if (facts) applyVias(facts, task.via);

  const problem = doc.parseErrors[0] ?? facts?.problems[0];
  if (problem) {
    const template = !problem.expected && isUnrenderedTemplate(task.rel, source.text);
    const why = template ? ' (an unrendered project template: its Jinja tags are valid only once cookiecutter or copier renders it)' : '';
    const message = `${problem.message}${why}; findings for this file may be incomplete`;
    out.findings.push(toolFinding(PL.parse, opts, source, problem.span, message, problem.expected || template ? 'note' : undefined));
  }

  const plan = filePlan(opts.rules, opts.enabled, doc.kind, task.environment);
  let memo: TriggerMemo | undefined;
  for (const { rule, setting } of plan.entries) {
    if (!ruleTriggered(rule, (memo ??= new TriggerMemo(source.text, plan.scan)))) continue;
    if (performance.now() - started > opts.timeoutMs) {
      out.findings.push(toolFinding(PL.parse, opts, source, { start: 0, end: 0 }, `analysis of ${task.rel} took over ${opts.timeoutMs} ms (--file-timeout); the remaining rules were skipped`));
      break;
    }
    let current: Command | undefined;
    const ctx = {
      source,
      doc,
      options: setting.options,
      project: opts.project,
      report: (r: ReportDescriptor<string>) => {
        const related: RelatedLocation[] = (r.related ?? []).map((x) => relatedOf(x.source, x.span, x.message));
        for (const via of current?.via ?? []) related.push({ path: via.path, span: via.span, start: via.start, end: via.end, message: `started by ${via.label} in ${via.path}` });
        const src = r.source ?? source;
        out.findings.push(makeFinding(rule, raised(setting.severity, r.severity), src, r.span, formatMessage(rule.messages[r.messageId] ?? r.messageId, r.data), related));
      },
    };
    try {
      rule.document?.(doc, ctx);
      if (rule.command && facts) {
        for (const cmd of facts.commands) {
          if (rule.roles && !rule.roles.includes(cmd.role)) continue;
          current = cmd;
          rule.command(cmd, ctx);
        }
        current = undefined;
      }
      if (rule.env && facts) for (const a of facts.env) rule.env(a, ctx);
    } catch (err) {
      out.findings.push(toolFinding(PL.internal, opts, source, { start: 0, end: 0 }, `rule ${rule.id} failed on this file: ${errorText(err)}`));
    }
  }
  if (opts.inlineSuppressions) {
    out.directives = parseDirectives(doc).map((d) => ({
      ...d,
      start: source.positionAt(d.span.start),
      end: source.positionAt(d.span.end),
      ruleRanges: d.rules.map((r) => ({ start: source.positionAt(r.span.start), end: source.positionAt(r.span.end) })),
    }));
  }
  return out;
}

/**
 * Give a script started by other files' carriers its role: commands of role `script` become
 * `start`, with the carriers as related locations.
 */
function applyVias(facts: CommandSink, vias: Via[]): void {
  if (vias.length === 0) return;
  for (const cmd of facts.commands) {
    if (cmd.role === 'script') cmd.role = 'start';
    cmd.via = vias;
  }
  for (const a of facts.env) if (a.role === 'script') a.role = 'start';
}

/** A per-finding severity may raise the configured one, never lower it. */
export function raised(configured: Severity, asked: Severity | undefined): Severity {
  return asked && SEVERITY_RANK[asked] > SEVERITY_RANK[configured] ? asked : configured;
}

function relatedOf(source: SourceFile, span: Span, message: string): RelatedLocation {
  return { path: source.path, span, start: source.positionAt(span.start), end: source.positionAt(span.end), message };
}

export function makeFinding(rule: AnyRule, severity: Severity, source: SourceFile, span: Span, message: string, related: RelatedLocation[]): RawFinding {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity,
    message,
    path: source.path,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    related,
    fingerprint: '',
    flagged: source.text.slice(span.start, span.end),
  };
}

function toolFinding(id: string, opts: AnalyzeOptions, source: SourceFile, span: Span, message: string, severity?: Severity): RawFinding {
  const rule = opts.rules.get(id) ?? ({ id, name: 'tool', severity: 'warning' } as AnyRule);
  const setting = opts.enabled.get(id);
  // A level the configuration changed PL000 to wins over the problem's own; the resolved setting
  // does not say whether it was written, so one equal to the default reads as the default.
  const configured = setting && setting.severity !== rule.severity ? setting.severity : undefined;
  return makeFinding(rule, configured ?? severity ?? setting?.severity ?? 'note', source, span, message, []);
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

/**
 * Whether a rule has a per-file check for files of this kind. Commands and environment
 * assignments come only from shell scripts and the carrier kinds (carriers/index.ts), so a rule
 * whose per-file checks are only those (SH010, which also reads code from its project hook) does
 * not make a Python or TypeScript file worth parsing.
 */
export function checksFilesOf(rule: AnyRule, kind: Kind): boolean {
  if (rule.document) return true;
  if (!rule.command && !rule.env) return false;
  return kind === 'shell' || CARRIER_KINDS.has(kind);
}

/** The enabled rules with per-file checks for one kind and environment, in configuration order. */
export interface FilePlan {
  entries: { rule: AnyRule; setting: RuleSetting }[];
  /** One pass over a file's text for all their trigger words. */
  scan: TriggerScan;
}

const plans = new WeakMap<ReadonlyMap<string, RuleSetting>, { rules: ReadonlyMap<string, AnyRule>; byKind: Map<string, FilePlan> }>();

/**
 * The rules a file of this kind and environment gets, remembered per configuration: deciding it
 * per file walked every enabled rule of every kind for each file.
 */
export function filePlan(rules: ReadonlyMap<string, AnyRule>, enabled: ReadonlyMap<string, RuleSetting>, kind: Kind, environment: Environment): FilePlan {
  let known = plans.get(enabled);
  if (!known || known.rules !== rules) plans.set(enabled, (known = { rules, byKind: new Map() }));
  const key = `${kind}\0${environment}`;
  let plan = known.byKind.get(key);
  if (!plan) {
    const entries: FilePlan['entries'] = [];
    for (const [id, setting] of enabled) {
      const rule = rules.get(id);
      if (!rule || !rule.kinds.includes(kind)) continue;
      if (rule.productionOnly && environment === 'development') continue;
      if (!checksFilesOf(rule, kind)) continue;
      entries.push({ rule, setting });
    }
    plan = { entries, scan: TriggerScan.forRules(entries.map((e) => e.rule)) };
    known.byKind.set(key, plan);
  }
  return plan;
}
