/**
 * The rule API. A rule is one file in `rules/` whose default export is `defineRule({...})`.
 * Hooks are named after what they visit; the engine calls them only for kinds in `kinds` and, for
 * production-only rules, only for production files.
 */
import type { SourceFile, Span } from './source.js';
import type { Command, Document, EnvAssignment, Kind, Role, Severity } from './types.js';
import type { ProjectModel } from './project.js';

export type Category = 'reliability' | 'security' | 'operability' | 'performance' | 'tool';

export interface DocExample {
  /** The kind of file the snippet is; it is linted as a file of that kind by the docs test. */
  kind: Kind;
  code: string;
  /** File name used to lint the snippet (defaults per kind, e.g. `Dockerfile`, `start.sh`). */
  path?: string;
  /** Other files a cross-file rule's example needs (the handler a probe reaches): linted with it, shown after it. */
  others?: { kind: Kind; path: string; code: string }[];
}

export interface RuleDocs {
  /** One line, no trailing period: README table, SARIF shortDescription. */
  summary: string;
  /** Markdown: exactly what is detected, including the heuristic and its limits. */
  what: string;
  /** Markdown: the production consequence, ideally the incident. */
  why: string;
  example: DocExample;
  fix: DocExample;
  references?: string[];
}

export interface ReportDescriptor<M extends string> {
  messageId: M;
  /**
   * Raise this finding above the rule's configured severity (e.g. SH003 killing a database). Only
   * raises: a user who set the rule to `note` still gets at least that; `off` still means off.
   */
  severity?: Severity;
  data?: Record<string, string | number>;
  span: Span;
  /** For project rules: the file the finding is in (defaults to the context's file). */
  source?: SourceFile;
  related?: { source: SourceFile; span: Span; message: string }[];
}

export interface RuleContext<M extends string, O> {
  /** The file being linted (for project rules: undefined until a report names one). */
  readonly source: SourceFile;
  readonly doc: Document;
  readonly options: O;
  readonly project: ProjectModel;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface ProjectContext<M extends string, O> {
  readonly options: O;
  readonly project: ProjectModel;
  report(descriptor: ReportDescriptor<M> & { source: SourceFile }): void;
}

export interface RuleDefinition<M extends string = string, O extends object = object> {
  /** Family prefix and three digits, e.g. `SH001`. */
  id: string;
  /** kebab-case; the file is `rules/<id>-<name>.ts`. */
  name: string;
  severity: Severity;
  category: Category;
  /** Skip files classified as development (DESIGN.md §4.2). */
  productionOnly: boolean;
  /** File kinds the rule applies to; fixtures must cover each. */
  kinds: readonly Kind[];
  /** For command rules: the roles the rule looks at. */
  roles?: readonly Role[];
  /**
   * Literal strings; a file whose text contains none of them is not parsed for this rule. An entry
   * that is a list needs all of its strings (e.g. `['while', 'async def']`). Empty means always
   * run. Matching is case-sensitive unless `triggersIgnoreCase`. Precise triggers are what keeps
   * large repositories fast: most files are never parsed.
   */
  triggers: readonly (string | readonly string[])[];
  triggersIgnoreCase?: boolean;
  /**
   * Where findings are anchored. `owner`: the rule reports something *missing* (no restart policy,
   * no `USER`) on the construct that should hold it (final `FROM`, service key, `[Service]`), so
   * the finding is about the whole file rather than the anchor line; diff mode (`--changed-since`)
   * reports it whenever its file changed. Default `construct`: the span is the hazard itself.
   */
  anchor?: 'construct' | 'owner';
  /** `security-severity` score for SARIF; only security rules set it. */
  securitySeverity?: number;
  precision?: 'very-high' | 'high' | 'medium' | 'low';
  messages: Record<M, string>;
  options?: O;
  docs: RuleDocs;
  document?(doc: Document, ctx: RuleContext<M, O>): void;
  command?(cmd: Command, ctx: RuleContext<M, O>): void;
  env?(assignment: EnvAssignment, ctx: RuleContext<M, O>): void;
  /** Runs once per run with the whole project model (cross-file rules). */
  project?(model: ProjectModel, ctx: ProjectContext<M, O>): void | Promise<void>;
}

/** A rule as the engine sees it, with its option type erased. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDefinition<string, any>;

export function defineRule<M extends string, O extends object = Record<string, never>>(
  rule: RuleDefinition<M, O>,
): RuleDefinition<M, O> {
  return rule;
}

/** Fill `{{name}}` placeholders; unknown placeholders are left visible so tests catch them. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}
