/**
 * Turning shell scripts and exec-form argv lists into uniform `Command` facts, looking through
 * wrappers and into `sh -c '...'` scripts (recursively, to a bounded depth).
 */
import type { EmbeddedText } from '../embedded.js';
import { withParseDeadline } from '../parse/deadline.js';
import { loadShellParser, parseShell, ShellParserNeeded, type ShellCommand, type ShellScript, type ShellWord } from '../shell/script.js';
import { baseName, unwrap } from '../shell/unwrap.js';
import { wordEmbedded } from '../shell/words.js';
import type { Span } from '../source.js';
import type { Carrier, Command, EnvAssignment, ParseProblem, Role, Via } from '../types.js';

/** How deep `sh -c "bash -c '...'"` is followed. */
const MAX_NESTING = 3;
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash', 'ksh', 'busybox']);

export interface CommandSink {
  commands: Command[];
  env: EnvAssignment[];
  problems: ParseProblem[];
}

export function newSink(): CommandSink {
  return { commands: [], env: [], problems: [] };
}

/**
 * Read a file's commands into a new sink: `read` is synchronous and runs under one parse deadline
 * per file (parse/deadline.ts), so a file of many pathological snippets cannot hang the run. The
 * shell grammar is loaded only when a script comes: reading is pure, so a file that meets one
 * before the grammar is loaded is read again from the start with it (systemd units and exec-form
 * files, which hold none, never pay the grammar's ~30 ms set-up).
 */
export async function readCommands(read: (sink: CommandSink) => void): Promise<CommandSink> {
  const sink = newSink();
  try {
    withParseDeadline(() => read(sink));
    return sink;
  } catch (err) {
    if (!(err instanceof ShellParserNeeded)) throw err;
  }
  await loadShellParser();
  const again = newSink();
  withParseDeadline(() => read(again));
  return again;
}

interface Ctx {
  role: Role;
  carrier: Carrier;
  via: Via[];
  nesting: number;
  depth: number;
}

/** Parse shell text and add its commands and exports. */
export function addShellScript(sink: CommandSink, text: EmbeddedText, role: Role, carrier: Carrier, via: Via[] = [], nesting = 0, depth = 0): ShellScript {
  const script = parseShell(text);
  sink.problems.push(...script.errors);
  addParsedScript(sink, script, role, carrier, via, nesting, depth);
  return script;
}

/** Add the commands and exports of an already parsed script (a shell file's document). */
export function addParsedScript(sink: CommandSink, script: ShellScript, role: Role, carrier: Carrier, via: Via[] = [], nesting = 0, depth = 0): void {
  const ctx: Ctx = { role, carrier, via, nesting, depth };
  for (const e of script.exports) {
    sink.env.push({
      name: e.name,
      value: e.value ? e.value.word.value : '',
      nameSpan: e.nameSpan,
      valueSpan: e.value ? e.value.word.span : { start: e.nameSpan.end + 1, end: e.nameSpan.end + 1 },
      span: e.span,
      carrier,
      role,
    });
  }
  for (const c of script.commands) addShellCommand(sink, c, ctx);
}

function addShellCommand(sink: CommandSink, c: ShellCommand, ctx: Ctx): void {
  const assigns: EnvAssignment[] = c.assigns.map((a) => ({
    name: a.name,
    value: a.value ? a.value.word.value : '',
    nameSpan: a.nameSpan,
    valueSpan: a.value ? a.value.word.span : { start: a.nameSpan.end + 1, end: a.nameSpan.end + 1 },
    span: a.span,
    carrier: ctx.carrier,
    role: ctx.role,
  }));
  sink.env.push(...assigns);
  if (c.words.length === 0) return;
  addArgv(sink, c.words, { ...ctx, depth: ctx.depth + c.depth }, { shellForm: true, span: c.span, background: c.background, assigns, shell: c });
}

interface ArgvExtra {
  shellForm: boolean;
  span: Span;
  background: boolean;
  assigns?: EnvAssignment[];
  shell?: ShellCommand;
}

/** Add one argv (from a shell command or an exec-form list) and follow `sh -c` inside it. */
function addArgv(sink: CommandSink, words: ShellWord[], ctx: Ctx, extra: ArgvExtra): void {
  const u = unwrap(words);
  const envAssigns: EnvAssignment[] = u.envWords.map((w) => envFromWord(w, ctx.carrier, ctx.role)).filter((a): a is EnvAssignment => a !== undefined);
  sink.env.push(...envAssigns);
  const cmd: Command = {
    argv: u.argv.map((w) => w.word),
    raw: words.map((w) => w.word),
    wrappers: u.wrappers,
    assigns: [...(extra.assigns ?? []), ...envAssigns],
    role: ctx.role,
    carrier: ctx.carrier,
    shellForm: extra.shellForm,
    span: extra.span,
    background: extra.background,
    depth: ctx.depth,
    nesting: ctx.nesting,
    index: sink.commands.length,
    via: ctx.via,
    ...(extra.shell ? { shell: extra.shell } : {}),
  };
  sink.commands.push(cmd);
  const inner = shellDashC(u.argv);
  if (inner && ctx.nesting < MAX_NESTING) {
    addShellScript(sink, inner, ctx.role, ctx.carrier, ctx.via, ctx.nesting + 1, ctx.depth);
  }
}

/** Add an exec-form argv (JSON `CMD [...]`, a compose list, a split compose string, systemd Exec). */
export function addExecForm(sink: CommandSink, words: ShellWord[], role: Role, carrier: Carrier, span: Span, via: Via[] = []): void {
  if (words.length === 0) return;
  addArgv(sink, words, { role, carrier, via, nesting: 0, depth: 0 }, { shellForm: false, span, background: false });
}

/** The script of `sh -c 'script'`, `bash -lc "script"`, `busybox sh -c ...`. */
function shellDashC(argv: ShellWord[]): EmbeddedText | undefined {
  let i = 0;
  let name = baseName(argv[0]?.word.value);
  if (name === 'busybox') {
    i = 1;
    name = baseName(argv[1]?.word.value);
  }
  if (!name || !SHELLS.has(name) || name === 'busybox') return undefined;
  for (let k = i + 1; k < argv.length; k++) {
    const v = argv[k]!.word.value;
    if (v === null) return undefined;
    if (v === '--') return undefined;
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) {
      const script = argv[k + 1];
      return script ? wordEmbedded(script.decoded) : undefined;
    }
    if (v === '-o' || v === '+o') {
      k++;
      continue;
    }
    if (!v.startsWith('-') && !v.startsWith('+')) return undefined; // `bash script.sh`
  }
  return undefined;
}

function envFromWord(w: ShellWord, carrier: Carrier, role: Role): EnvAssignment | undefined {
  const v = w.word.value;
  if (v === null) return undefined;
  const eq = v.indexOf('=');
  const start = w.word.span.start + (w.word.text.startsWith('"') || w.word.text.startsWith("'") ? 1 : 0);
  return {
    name: v.slice(0, eq),
    value: v.slice(eq + 1),
    nameSpan: { start, end: start + eq },
    valueSpan: { start: start + eq + 1, end: w.word.span.end },
    span: w.word.span,
    carrier,
    role,
  };
}
