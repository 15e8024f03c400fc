/**
 * Commands and environment assignments of a Dockerfile.
 * RUN -> build; final-stage CMD/ENTRYPOINT (or those it inherits from an earlier stage) -> start;
 * HEALTHCHECK CMD -> healthcheck.
 * Shell form runs through the stage's `SHELL` (default `/bin/sh -c`); a non-POSIX shell
 * (PowerShell, cmd) is not parsed. ENV and ARG give assignments.
 */
import type { EmbeddedText } from '../embedded.js';
import { argsAfterFlags } from '../parse/dockerfile-args.js';
import type { DfInstruction, DockerfileDocument } from '../parse/dockerfile.js';
import { startInstructions } from '../docker/stages.js';
import { baseName } from '../shell/unwrap.js';
import { splitWords } from '../shell/words.js';
import type { Carrier, Role } from '../types.js';
import { addExecForm, addShellScript, type CommandSink } from './build.js';
import { parseJsonStringArray } from './json-array.js';

const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'busybox']);

export function dockerfileCarriers(doc: DockerfileDocument, sink: CommandSink): void {
  const { tree, source } = doc;
  const final = tree.finalStage?.index;
  // A final stage built FROM an earlier stage that sets no CMD/ENTRYPOINT of its own runs the ones
  // it inherits (see docker/stages.ts for how Docker resolves them).
  const inherited = new Set(tree.finalStage ? startInstructions(tree, tree.finalStage).filter((ins) => ins.stage !== final) : []);
  const posixShell = new Map<number, boolean>();
  for (const ins of tree.instructions) {
    const carrier: Carrier = {
      kind: 'dockerfile',
      label: ins.keyword,
      source,
      span: ins.span,
      shellForm: true,
      ...(ins.stage >= 0 && tree.stages[ins.stage]?.name ? { owner: tree.stages[ins.stage]!.name! } : {}),
    };
    switch (ins.keyword) {
      case 'SHELL': {
        const words = parseJsonStringArray(ins.args);
        const shell = baseName(words?.[0]?.word.value);
        posixShell.set(ins.stage, shell !== undefined && POSIX_SHELLS.has(shell));
        break;
      }
      case 'RUN':
        addCommandText(argsAfterFlags(ins), 'build', carrier, posixShell.get(ins.stage) ?? true, sink, ins);
        break;
      case 'CMD':
      case 'ENTRYPOINT':
        if (ins.stage === final || inherited.has(ins)) addCommandText(ins.args, 'start', carrier, posixShell.get(ins.stage) ?? true, sink, ins);
        break;
      case 'HEALTHCHECK': {
        const rest = argsAfterFlags(ins);
        const m = /^CMD\s+/i.exec(rest.text);
        if (m && ins.stage === final) addCommandText(rest.slice(m[0].length, rest.length), 'healthcheck', carrier, posixShell.get(ins.stage) ?? true, sink, ins);
        break;
      }
      case 'ENV':
        addEnv(ins, carrier, sink, false);
        break;
      case 'ARG':
        addEnv(ins, carrier, sink, true);
        break;
    }
  }
}

function addCommandText(text: EmbeddedText, role: Role, carrier: Carrier, posix: boolean, sink: CommandSink, ins: DfInstruction): void {
  const exec = parseJsonStringArray(text);
  if (exec) {
    addExecForm(sink, exec, role, { ...carrier, shellForm: false }, ins.span);
    return;
  }
  if (!posix || text.text.trim() === '') return;
  const heredoc = scriptHeredoc(text);
  addShellScript(sink, heredoc ?? text, role, carrier);
}

/**
 * `RUN <<EOF … EOF` (BuildKit heredoc, optionally `<<-EOF` or `<<EOF bash`): the body is the
 * script, run by the shell. A heredoc fed to another program (`RUN python3 <<EOF`) is data and
 * stays a heredoc of that command.
 */
function scriptHeredoc(text: EmbeddedText): EmbeddedText | undefined {
  const m = /^<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[ \t]*(?:(?:ba|da|z|k)?sh\b[^\n]*)?\n/.exec(text.text);
  if (!m) return undefined;
  const start = m[0].length;
  const lines = text.text.slice(start).split('\n');
  let end = start;
  for (const line of lines) {
    if ((m[1] ? line.replace(/^\t+/, '') : line) === m[3]) break;
    end += line.length + 1;
  }
  return text.slice(start, Math.min(end, text.length));
}

/** `ENV A=1 B="two words"`, legacy `ENV NAME value with spaces`, `ARG NAME[=default]`. */
function addEnv(ins: DfInstruction, carrier: Carrier, sink: CommandSink, isArg: boolean): void {
  const words = splitWords(ins.args, { dollarIsLiteral: false });
  const first = words[0];
  if (!first) return;
  const firstRaw = first.word.text;
  if (!isArg && !firstRaw.includes('=')) {
    // Legacy form: the rest of the line is the value.
    const valueStart = ins.args.text.indexOf(firstRaw) + firstRaw.length;
    let vs = valueStart;
    while (vs < ins.args.length && /\s/.test(ins.args.text[vs]!)) vs++;
    const valueText = ins.args.text.slice(vs);
    sink.env.push({
      name: firstRaw,
      value: valueText.includes('$') ? null : valueText,
      nameSpan: first.word.span,
      valueSpan: ins.args.spanToFile({ start: vs, end: ins.args.length }),
      span: ins.args.spanToFile({ start: 0, end: ins.args.length }),
      carrier,
    });
    return;
  }
  for (const w of words) {
    const raw = w.word.text;
    const eq = raw.indexOf('=');
    const name = eq === -1 ? raw : raw.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) continue;
    const v = w.word.value;
    const nameSpan = { start: w.word.span.start, end: w.word.span.start + name.length };
    sink.env.push({
      name,
      value: eq === -1 ? null : v === null ? null : v.slice(v.indexOf('=') + 1),
      nameSpan,
      valueSpan: eq === -1 ? { start: nameSpan.end, end: nameSpan.end } : { start: nameSpan.end + 1, end: w.word.span.end },
      span: w.word.span,
      carrier,
    });
  }
}
