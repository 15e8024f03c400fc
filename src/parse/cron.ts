/**
 * cron files. Crontabs (`crontab`, `*.cron`, `*.crontab`, `cron.d/*`) are read line by line
 * (src/cron/lines.ts); `/etc/crontab` and `cron.d/*` are in the system format, whose sixth field
 * is a user. Files in `cron.hourly/` ... `cron.monthly/` are scripts that run-parts executes: a
 * shell script (shebang or none) is parsed as one; a script in another language has no commands
 * prodlint reads.
 */
import { EmbeddedText } from '../embedded.js';
import { parseCronLines, type CronEntry, type CronEnvLine, type CronFormat } from '../cron/lines.js';
import { shebangInterpreter } from '../classify.js';
import { loadShellParser, parseShell, type ShellScript } from '../shell/script.js';
import type { SourceFile } from '../source.js';
import type { Comment, Document, Environment } from '../types.js';
import { withParseDeadline } from './deadline.js';
import { backslashContinuations } from './lines.js';

export interface CronTree {
  format: CronFormat | 'script';
  entries: CronEntry[];
  env: CronEnvLine[];
  /** For run-parts scripts written in shell. */
  script?: ShellScript;
}

export type CronDocument = Document<CronTree>;

const SHELLS = /^(sh|bash|dash|ash|ksh|zsh)$/;

export function cronFormatOf(rel: string): CronFormat | 'script' {
  if (/(^|\/)cron\.(hourly|daily|weekly|monthly)\/[^/]+$/.test(rel)) return 'script';
  if (/(^|\/)cron\.d\/[^/]+$/.test(rel) || /(^|\/)etc\/crontab$/.test(rel)) return 'system';
  return 'user';
}

export async function parseCron(source: SourceFile, environment: Environment): Promise<CronDocument> {
  const format = cronFormatOf(source.path);
  const base = { kind: 'cron' as const, source, environment };
  if (format === 'script') {
    const interp = shebangInterpreter(source.text);
    if (interp && !SHELLS.test(interp)) return { ...base, tree: { format, entries: [], env: [] }, comments: [], logicalLines: [], parseErrors: [] };
    await loadShellParser();
    const script = withParseDeadline(() => parseShell(EmbeddedText.verbatim(source.text, 0)));
    return { ...base, tree: { format, entries: [], env: [], script }, comments: script.comments, logicalLines: backslashContinuations(source), parseErrors: script.errors };
  }
  const lines = parseCronLines(EmbeddedText.verbatim(source.text, 0), format);
  const comments: Comment[] = lines.comments.map((span) => ({ span, body: source.text.slice(span.start + 1, span.end), ownLine: true }));
  return { ...base, tree: { format, entries: lines.entries, env: lines.env }, comments, logicalLines: [], parseErrors: [] };
}
