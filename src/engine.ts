/**
 * The pipeline (DESIGN.md §4): discover, classify, prefilter, parse once, extract facts, build the
 * project model, run rules, apply suppressions, sort and fingerprint. Nothing from the scanned tree
 * is executed; a file that cannot be read or parsed becomes a PL000 finding and the run goes on; a
 * rule that throws becomes PL001.
 */
import { readFileSync, statSync } from 'node:fs';
import { extractFacts } from './carriers/index.js';
import { classify } from './classify.js';
import { discover, findRoot } from './discover.js';
import { assignFingerprints } from './fingerprint.js';
import { parseFile } from './parse/index.js';
import { buildProject, type ProjectFile, type ProjectModel } from './project.js';
import type { Notice, RunResult } from './report.js';
import { formatMessage, type AnyRule, type ReportDescriptor } from './rule.js';
import { SourceFile, type Span } from './source.js';
import { directiveMatches, parseDirectives, type Directive } from './suppress.js';
import type { Command, Document, Environment, Finding, Kind, RelatedLocation, Severity } from './types.js';

export const VERSION = '0.1.0';

export interface RuleSetting {
  severity: Severity;
  options: object;
}

/** Everything a run needs from configuration and the command line. */
export interface RunSettings {
  paths: string[];
  cwd: string;
  /** Repository root; found from `cwd` when omitted. */
  root?: string;
  /** Every known rule (enabled or not). */
  rules: AnyRule[];
  /** Enabled rules for a path, with severity and merged options. */
  rulesFor(rel: string): ReadonlyMap<string, RuleSetting>;
  environmentOf(rel: string): Environment;
  kindOverride(rel: string): Kind | undefined;
  isIgnored(rel: string): boolean;
  maxFileSize: number;
  /** Honour inline suppression comments (off for audits). */
  inlineSuppressions: boolean;
  /** A suppression without `-- reason` is a finding. */
  requireReason: boolean;
  /** Explicit files of no known kind are silently skipped (pre-commit file lists). */
  ignoreUnknown: boolean;
  /** Fixture runner: treat every file as production. */
  forceEnvironment?: Environment;
  /** ISO date used for `until=` expiry (injectable for tests). */
  today?: string;
}

const PL = { parse: 'PL000', internal: 'PL001', unused: 'PL002', unknown: 'PL003' } as const;
/** Kinds whose facts feed the project model: parsed whenever present. */
const CARRIER_KINDS = new Set<Kind>(['dockerfile', 'compose', 'systemd', 'procfile', 'packagejson']);

export async function run(settings: RunSettings): Promise<RunResult> {
  const started = performance.now();
  const root = settings.root ?? findRoot(settings.cwd);
  const ruleById = new Map(settings.rules.map((r) => [r.id, r]));
  const ruleByName = new Map(settings.rules.map((r) => [r.name, r]));
  const notices: Notice[] = [];
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  const today = settings.today ?? new Date().toISOString().slice(0, 10);
  const stats = { filesDiscovered: 0, filesLinted: 0, filesParsed: 0, durationMs: 0, suppressed: 0, baselined: 0 };

  const discovered = await discover(settings.paths, settings.cwd, root, settings.isIgnored);
  stats.filesDiscovered = discovered.length;

  // Read, classify and prefilter.
  const files: ProjectFile[] = [];
  for (const d of discovered) {
    const environment = settings.forceEnvironment ?? settings.environmentOf(d.rel);
    const file: ProjectFile = { rel: d.rel, abs: d.abs, environment };
    files.push(file);
    const read = readText(d.abs, settings.maxFileSize);
    if ('skip' in read) {
      if (read.skip !== 'unreadable' || d.explicit || classify(d.rel, '') !== undefined) {
        notices.push({ level: read.skip === 'unreadable' ? 'warning' : 'note', id: `skipped-${read.skip}`, path: d.rel, message: read.message });
      }
      continue;
    }
    const kind = settings.kindOverride(d.rel) ?? classify(d.rel, read.text.slice(0, 4096));
    if (!kind) {
      if (d.explicit && !settings.ignoreUnknown) notices.push({ level: 'note', id: 'unknown-kind', path: d.rel, message: `${d.rel}: not a kind of file prodlint lints (use --ignore-unknown to silence)` });
      continue;
    }
    file.kind = kind;
    file.source = new SourceFile(d.rel, d.abs, read.text);
  }

  // Parse once and extract facts.
  for (const file of files) {
    if (!file.kind || !file.source) continue;
    const enabled = settings.rulesFor(file.rel);
    if (!CARRIER_KINDS.has(file.kind) && !triggered(file, enabled, ruleById)) continue;
    stats.filesLinted++;
    try {
      file.doc = await parseFile(file.kind, file.source, file.environment);
      file.facts = await extractFacts(file.doc);
      stats.filesParsed++;
      sources.set(file.rel, file.source);
    } catch (err) {
      sources.set(file.rel, file.source);
      findings.push(toolFinding(ruleById.get(PL.parse), enabled, file.source, { start: 0, end: 0 }, `${file.rel} could not be parsed: ${errorText(err)}`));
      file.doc = undefined;
      file.facts = undefined;
    }
  }

  const project = buildProject(root, files);
  for (const [rel, vias] of project.startedBy) {
    const file = project.byPath.get(rel);
    for (const cmd of file?.facts?.commands ?? []) {
      if (cmd.role === 'script') cmd.role = 'start';
      cmd.via = vias;
    }
    for (const a of file?.facts?.env ?? []) if (a.role === 'script') a.role = 'start';
  }

  // Run rules per file.
  for (const file of files) {
    const { doc, source, facts } = file;
    if (!doc || !source) continue;
    const enabled = settings.rulesFor(file.rel);
    for (const problem of doc.parseErrors.slice(0, 1)) {
      findings.push(toolFinding(ruleById.get(PL.parse), enabled, source, problem.span, `${problem.message}; findings for this file may be incomplete`));
    }
    if (facts && doc.parseErrors.length === 0) {
      for (const problem of facts.problems.slice(0, 1)) {
        findings.push(toolFinding(ruleById.get(PL.parse), enabled, source, problem.span, `${problem.message}; findings for this file may be incomplete`));
      }
    }
    for (const [id, setting] of enabled) {
      const rule = ruleById.get(id);
      if (!rule || !rule.kinds.includes(doc.kind)) continue;
      if (rule.productionOnly && file.environment === 'development') continue;
      if (!ruleTriggered(rule, source.text)) continue;
      if (!rule.document && !rule.command && !rule.env) continue;
      let current: Command | undefined;
      const ctx = {
        source,
        doc,
        options: setting.options,
        project,
        report: (r: ReportDescriptor<string>) => {
          const related = [...(r.related ?? [])];
          for (const via of current?.via ?? []) related.push({ source: via.source, span: via.span, message: `started by ${via.label} in ${via.source.path}` });
          findings.push(makeFinding(rule, setting.severity, r.source ?? source, r.span, formatMessage(rule.messages[r.messageId] ?? r.messageId, r.data), related, sources));
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
        findings.push(toolFinding(ruleById.get(PL.internal), enabled, source, { start: 0, end: 0 }, `rule ${rule.id} failed on this file: ${errorText(err)}`));
      }
    }
  }

  // Project rules, once.
  runProjectRules(settings, project, findings, sources, ruleById);

  // Sort, fingerprint, suppress.
  findings.sort(compareFindings);
  assignFingerprints(findings, (f) => sources.get(f.path)?.slice(f.span) ?? '');
  const kept = applySuppressions(findings, files, settings, ruleById, ruleByName, today, stats, sources);
  kept.sort(compareFindings);
  stats.durationMs = Math.round(performance.now() - started);
  const enabledRules = settings.rules.filter((r) => files.some((f) => f.kind && settings.rulesFor(f.rel).has(r.id)) || discovered.length === 0);
  return { toolVersion: VERSION, root, findings: kept, rules: enabledRules.length ? enabledRules : settings.rules, notices, sources, stats };
}

function runProjectRules(settings: RunSettings, project: ProjectModel, findings: Finding[], sources: Map<string, SourceFile>, ruleById: Map<string, AnyRule>): void {
  for (const rule of settings.rules) {
    if (!rule.project) continue;
    const ctx = {
      options: { ...(rule.options ?? {}) },
      project,
      report: (r: ReportDescriptor<string> & { source: SourceFile }) => {
        const setting = settings.rulesFor(r.source.path).get(rule.id);
        if (!setting) return;
        const file = project.byPath.get(r.source.path);
        if (rule.productionOnly && file?.environment === 'development') return;
        sources.set(r.source.path, r.source);
        findings.push(makeFinding(rule, setting.severity, r.source, r.span, formatMessage(rule.messages[r.messageId] ?? r.messageId, r.data), r.related ?? [], sources));
      },
    };
    try {
      rule.project(project, ctx);
    } catch (err) {
      const first = project.files.find((f) => f.source);
      if (first?.source) findings.push(toolFinding(ruleById.get(PL.internal), settings.rulesFor(first.rel), first.source, { start: 0, end: 0 }, `rule ${rule.id} failed: ${errorText(err)}`));
    }
  }
}

function triggered(file: ProjectFile, enabled: ReadonlyMap<string, RuleSetting>, ruleById: Map<string, AnyRule>): boolean {
  const text = file.source!.text;
  for (const id of enabled.keys()) {
    const rule = ruleById.get(id);
    if (!rule || !rule.kinds.includes(file.kind!)) continue;
    if (rule.productionOnly && file.environment === 'development') continue;
    if (ruleTriggered(rule, text)) return true;
  }
  return false;
}

const lowered = new WeakMap<AnyRule, string[]>();

export function ruleTriggered(rule: AnyRule, text: string): boolean {
  if (rule.triggers.length === 0) return true;
  if (!rule.triggersIgnoreCase) return rule.triggers.some((t) => text.includes(t));
  let lows = lowered.get(rule);
  if (!lows) lowered.set(rule, (lows = rule.triggers.map((t) => t.toLowerCase())));
  const low = text.toLowerCase();
  return lows.some((t) => low.includes(t));
}

type ReadResult = { text: string } | { skip: 'binary' | 'size' | 'unreadable'; message: string };

function readText(abs: string, maxSize: number): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(abs);
    if (!st.isFile()) return { skip: 'unreadable', message: `${abs}: not a regular file` };
    if (st.size > maxSize) return { skip: 'size', message: `skipped: ${st.size} bytes is over the ${maxSize}-byte limit (--max-file-size)` };
    buf = readFileSync(abs);
  } catch (err) {
    return { skip: 'unreadable', message: `could not be read: ${(err as NodeJS.ErrnoException).code ?? errorText(err)}` };
  }
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    const body = le ? buf.subarray(2) : Buffer.from(buf.subarray(2)).swap16();
    return { text: body.toString('utf16le') };
  }
  if (buf.subarray(0, 8192).includes(0)) return { skip: 'binary', message: 'skipped: binary file' };
  return { text: buf.toString('utf8') };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

function makeFinding(rule: AnyRule, severity: Severity, source: SourceFile, span: Span, message: string, related: { source: SourceFile; span: Span; message: string }[], sources: Map<string, SourceFile>): Finding {
  const rel: RelatedLocation[] = related.map((r) => {
    sources.set(r.source.path, r.source);
    return { path: r.source.path, span: r.span, start: r.source.positionAt(r.span.start), end: r.source.positionAt(r.span.end), message: r.message };
  });
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity,
    message,
    path: source.path,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    related: rel,
    fingerprint: '',
  };
}

function toolFinding(rule: AnyRule | undefined, enabled: ReadonlyMap<string, RuleSetting>, source: SourceFile, span: Span, message: string): Finding {
  const id = rule?.id ?? 'PL000';
  const setting = enabled.get(id);
  const f = makeFinding(rule ?? ({ id, name: 'tool' } as AnyRule), setting?.severity ?? rule?.severity ?? 'warning', source, span, message, [], new Map());
  if (!setting && rule) f.severity = 'note';
  return f;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

function applySuppressions(
  findings: Finding[],
  files: ProjectFile[],
  settings: RunSettings,
  ruleById: Map<string, AnyRule>,
  ruleByName: Map<string, AnyRule>,
  today: string,
  stats: RunResult['stats'],
  sources: Map<string, SourceFile>,
): Finding[] {
  const byFile = new Map<string, { doc: Document; directives: Directive[]; used: Set<Directive> }>();
  if (settings.inlineSuppressions) {
    for (const f of files) {
      if (!f.doc) continue;
      const directives = parseDirectives(f.doc);
      if (directives.length) byFile.set(f.rel, { doc: f.doc, directives, used: new Set() });
    }
  }
  const kept: Finding[] = [];
  for (const finding of findings) {
    const entry = byFile.get(finding.path);
    const hit = entry?.directives.find((d) => directiveMatches(d, { ruleId: finding.ruleId, ruleName: finding.ruleName, line: finding.start.line }, today));
    if (hit && entry && !finding.ruleId.startsWith('PL00')) {
      entry.used.add(hit);
      stats.suppressed++;
      continue;
    }
    kept.push(finding);
  }
  for (const [rel, entry] of byFile) {
    const enabled = settings.rulesFor(rel);
    const source = entry.doc.source;
    sources.set(rel, source);
    for (const d of entry.directives) {
      // Peer pragmas (`# noqa: S113`) serve their own tool too: never unused, unknown or reasonless here.
      if (d.peer) continue;
      for (const r of d.rules) {
        if (!ruleById.has(r.name) && !ruleByName.has(r.name) && enabled.has(PL.unknown)) {
          kept.push(makeFinding(ruleById.get(PL.unknown)!, enabled.get(PL.unknown)!.severity, source, r.span, `suppression names an unknown rule "${r.name}"`, [], sources));
        }
      }
      if (d.kind !== 'enable' && !entry.used.has(d) && enabled.has(PL.unused) && !(d.until && d.until < today)) {
        const names = d.rules.map((r) => r.name).join(', ') || 'all rules';
        kept.push(makeFinding(ruleById.get(PL.unused)!, enabled.get(PL.unused)!.severity, source, d.span, `suppression of ${names} suppresses nothing`, [], sources));
      }
      if (settings.requireReason && d.kind !== 'enable' && !d.reason && enabled.has(PL.unused)) {
        kept.push(makeFinding(ruleById.get(PL.unused)!, enabled.get(PL.unused)!.severity, source, d.span, 'suppression has no reason: add " -- why this is safe"', [], sources));
      }
    }
  }
  assignFingerprints(kept.filter((f) => f.fingerprint === ''), (f) => sources.get(f.path)?.slice(f.span) ?? '');
  return kept;
}
