/**
 * crontab entries that a shell script writes: `echo "…" >> /etc/crontab`, `echo "…" >
 * /etc/cron.d/app`, `(crontab -l; echo "…") | crontab -`, `echo "…" | sudo tee -a /etc/crontab`.
 * The echoed text is read as crontab lines with the script's positions, and each entry's command
 * becomes a command of role `job` in the script's facts. Only literal text is read: a variable in
 * the echoed string stays a `$VAR` word of the entry's command (it was expanded when the script
 * ran, to a value prodlint cannot know).
 */
import { EmbeddedText } from '../embedded.js';
import { addShellScript, type CommandSink } from '../carriers/build.js';
import type { ShellCommand, ShellScript, ShellWord } from '../shell/script.js';
import { wordEmbedded } from '../shell/words.js';
import { baseName } from '../shell/unwrap.js';
import type { SourceFile } from '../source.js';
import type { Carrier } from '../types.js';
import { parseCronLines, type CronFormat } from './lines.js';
import { appendTo } from '../multimap.js';

const CRONTAB_FILE = /(^|\/)(crontab|cron\.d\/[^/]+|spool\/cron\/(crontabs\/)?[^/]+)$/;
const SYSTEM_FILE = /(^|\/)(etc\/crontab|cron\.d\/[^/]+)$/;

export function crontabWrites(script: ShellScript, source: SourceFile, sink: CommandSink): void {
  const cmds = script.commands;
  let byTop: Map<number, ShellCommand[]> | undefined;
  for (const c of cmds) {
    const name = baseName(c.words[0]?.word.value);
    if (name !== 'echo' && name !== 'printf') continue;
    // Only the echo's own statement can install it (a scan of the whole script per echo was
    // quadratic in the script's length).
    byTop ??= statementsOf(cmds);
    const format = destination(c, byTop.get(c.top)!);
    if (!format) continue;
    const text = echoedText(c, name);
    if (!text) continue;
    for (const entry of parseCronLines(text, format).entries) {
      const carrier: Carrier = { kind: 'shell', label: 'crontab entry', source, span: entry.span, shellForm: true, owner: entry.schedule };
      addShellScript(sink, entry.command, 'job', carrier);
    }
  }
}

/** The commands of each top-level statement, in source order. */
function statementsOf(cmds: readonly ShellCommand[]): Map<number, ShellCommand[]> {
  const out = new Map<number, ShellCommand[]>();
  for (const c of cmds) appendTo(out, c.top, c);
  return out;
}

/**
 * Where the echo's output goes, as the crontab format it is read in; undefined when not a crontab.
 * `statement`: the commands of the echo's top-level statement.
 */
function destination(echo: ShellCommand, statement: readonly ShellCommand[]): CronFormat | undefined {
  for (const r of echo.redirects) {
    const t = r.target?.value;
    if ((r.operator === '>' || r.operator === '>>') && t && CRONTAB_FILE.test(t)) return SYSTEM_FILE.test(t) ? 'system' : 'user';
  }
  // A later member of the same pipeline statement that installs its input as a crontab.
  for (const c of statement) {
    if (c.span.start <= echo.span.start || !c.pipe || c.pipe.index === 0) continue;
    const words = c.words[0]?.word.value === 'sudo' ? c.words.slice(1) : c.words;
    const prog = baseName(words[0]?.word.value);
    const args = words.slice(1).map((w) => w.word.value);
    if (prog === 'crontab' && (args.includes('-') || args.length === 0 || args.every((a) => a === '-u' || (a !== null && !a.startsWith('-'))))) return 'user';
    if (prog === 'tee') {
      const file = args.find((a) => a !== null && !a.startsWith('-'));
      if (file && CRONTAB_FILE.test(file)) return SYSTEM_FILE.test(file) ? 'system' : 'user';
    }
  }
  return undefined;
}

/** The text an `echo`/`printf` writes, when it is literal enough to read. */
function echoedText(c: ShellCommand, name: string): EmbeddedText | undefined {
  let args = c.words.slice(1);
  if (name === 'echo') while (args[0] && /^-[neE]+$/.test(args[0].word.value ?? '')) args = args.slice(1);
  if (name === 'printf') {
    const fmt = args[0]?.word.value;
    if (fmt === undefined) return undefined;
    if (fmt === null || fmt.includes('%s')) args = args.slice(1, 2);
    else args = args.slice(0, 1);
  }
  if (args.length !== 1) return undefined;
  return wordText(args[0]!);
}

/** A word's text mapped to the file: its value, or (with an expansion inside double quotes) the text between the quotes. */
function wordText(w: ShellWord): EmbeddedText | undefined {
  const e = wordEmbedded(w.decoded);
  if (e) return e;
  const raw = w.word.text;
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') && !raw.slice(1, -1).includes('\\')) return EmbeddedText.verbatim(raw.slice(1, -1), w.word.span.start + 1);
  return undefined;
}
