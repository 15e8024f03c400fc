/**
 * The data every part of prodlint exchanges: file kinds, parsed documents, the uniform facts that
 * carriers extract (commands and environment assignments), and findings.
 */
import type { SourceFile, Span } from './source.js';
import type { ShellCommand } from './shell/script.js';

export const KINDS = [
  'shell',
  'dockerfile',
  'compose',
  'systemd',
  'procfile',
  'packagejson',
  'python',
  'typescript',
  'kubernetes',
  'cron',
  // Platform config files (issue 17): src/deploy/{railway,fly,render,heroku}.ts.
  'railway',
  'fly',
  'render',
  'heroku',
] as const;
export type Kind = (typeof KINDS)[number];
/** The platform config kinds (Railway, Fly.io, Render, Heroku): carriers and deployment models. */
export const PLATFORM_KINDS: ReadonlySet<Kind> = new Set<Kind>(['railway', 'fly', 'render', 'heroku']);
/**
 * Deployment files: kinds whose commands carriers extract and that the project model links
 * across files (a change to one can change the findings of a shell script it starts).
 */
export const CARRIER_KINDS: ReadonlySet<Kind> = new Set<Kind>(['dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'cron', ...PLATFORM_KINDS]);

/** Whether a file is meant for production; production-only rules skip `development` files. */
export type Environment = 'production' | 'development';

export type Severity = 'error' | 'warning' | 'note';
/** Higher is more severe; used for sorting and `--fail-on`. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export interface Comment {
  /** Span of the whole comment including its marker (`#`, `//`, `/*`). */
  span: Span;
  /** The comment's text without its marker(s), untrimmed. */
  body: string;
  /** True when nothing but whitespace precedes the comment on its line. */
  ownLine: boolean;
}

/** A construct that spans several physical lines (1-based, inclusive), e.g. a `RUN` with `\` continuations. */
export interface LineRange {
  first: number;
  last: number;
}

export interface ParseProblem {
  span: Span;
  message: string;
  /**
   * Expected of the input rather than wrong with it (a Helm template whose actions, once blanked,
   * leave YAML that does not parse): reported as a note unless PL000 is configured otherwise.
   */
  expected?: boolean;
}

/**
 * A parsed file. `tree` is kind-specific (see `src/parse/<kind>.ts`); everything else is uniform so
 * that suppressions, fixtures and the engine treat all kinds alike.
 */
export interface Document<T = unknown> {
  kind: Kind;
  source: SourceFile;
  environment: Environment;
  tree: T;
  comments: Comment[];
  /** Multi-line logical lines only, sorted by `first`; any other line is its own logical line. */
  logicalLines: LineRange[];
  /** Problems the parser met; each becomes a PL000 note. */
  parseErrors: ParseProblem[];
}

/** What a command is for. See DESIGN.md §4.5. */
/** `job`: a scheduled command (a crontab entry, a script in `/etc/cron.daily/`). */
export type Role = 'start' | 'build' | 'hook' | 'healthcheck' | 'script' | 'job';

/** A word of a command line after quote removal, with its place in the file. */
export interface Word {
  /** The word's value after quote removal, or null when it contains an expansion (`$X`, `$(...)`). */
  value: string | null;
  /** The word as written in the file (or the embedded text), quotes included. */
  text: string;
  /** Where the word is written in the file. */
  span: Span;
}

/** The construct a command or assignment came from: a `CMD`, a compose `command:`, a script line... */
export interface Carrier {
  kind: Kind;
  /** Short human name: `CMD`, `RUN`, `command`, `ExecStart`, `script`, `web` (Procfile), `start` (package.json). */
  label: string;
  source: SourceFile;
  /** The whole carrier construct in the file (e.g. the full `CMD` instruction). */
  span: Span;
  /** Exec form (argv given directly, no shell) vs shell form (a shell parses the text). */
  shellForm: boolean;
  /** Compose service, Dockerfile stage name, Procfile process type, package.json script name, unit section. */
  owner?: string;
}

/** A link from a file to the carrier that gives it its role (a script run by `ExecStart=`). Plain data. */
export interface Via {
  /** Repository-relative path of the file holding the carrier. */
  path: string;
  span: Span;
  start: { line: number; column: number };
  end: { line: number; column: number };
  /** The carrier's label: `ExecStart`, `CMD`, `command`... */
  label: string;
}

/**
 * One simple command, from any kind of file. `argv` is the effective command once wrappers are seen
 * through (`exec`, `nohup`, `env X=1`, `sudo`, `timeout 5`, `poetry run`, `uv run`, `npx`,
 * `python -m X`); `raw` is the command as written.
 */
export interface Command {
  argv: Word[];
  raw: Word[];
  /** Wrappers removed in front of `argv`, in order, e.g. ['exec', 'python -m']. */
  wrappers: string[];
  /** Variable assignments written before the command (`FOO=1 cmd`) and by `env X=1`. */
  assigns: EnvAssignment[];
  role: Role;
  carrier: Carrier;
  /** True when a shell interprets this command (shell script, shell-form CMD, `sh -c`). */
  shellForm: boolean;
  /** The whole simple command in the file. */
  span: Span;
  /** Started in the background with a trailing `&`. */
  background: boolean;
  /** 0 for a top-level command of its script; deeper inside functions, loops, conditionals, subshells. */
  depth: number;
  /** How many `sh -c` levels this command sits in. */
  nesting: number;
  /** Index of this command among the commands of its script, in source order. */
  index: number;
  /** Files that gave this command's file its role (empty unless a start carrier refers to the script). */
  via: Via[];
  /** Shell context (pipes, redirects, top-level statement, function) when a shell parsed it. */
  shell?: ShellCommand;
}

/** `NAME=value` from Dockerfile ENV/ARG, compose `environment:`, systemd `Environment=`, shell `export`. */
export interface EnvAssignment {
  name: string;
  /** Static value, or null when it depends on an expansion or is absent (`ARG NAME`). */
  value: string | null;
  nameSpan: Span;
  /** Span of the value as written; an empty span after `=` when the value is empty. */
  valueSpan: Span;
  /** The whole assignment. */
  span: Span;
  carrier: Carrier;
  /** Role of the command it belongs to or precedes (`FOO=1 cmd`, `export` in a script); unset for declarations (ENV, compose, Environment=). */
  role?: Role;
}

/** A location besides the primary one (SARIF `relatedLocations`). */
export interface RelatedLocation {
  path: string;
  span: Span;
  start: { line: number; column: number };
  end: { line: number; column: number };
  message: string;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  /** Repository-relative, `/`-separated. */
  path: string;
  span: Span;
  /** 1-based line, 1-based UTF-16 column. */
  start: { line: number; column: number };
  /** Exclusive end: the column just after the last character. */
  end: { line: number; column: number };
  related: RelatedLocation[];
  /** Stable across line moves: rule id, path, normalised flagged text, occurrence index. */
  fingerprint: string;
}
