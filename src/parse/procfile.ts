/**
 * Procfiles (`Procfile`, `Procfile.*`): one `name: command` per line.
 *
 * The line format is the one foreman and honcho accept, `^([A-Za-z0-9_-]+):\s*(.+)$`: the process
 * name is followed directly by `:`, the command is the rest of the line after the blanks that follow
 * the colon. Both runners silently skip every other line, so `#` lines work as comments there; any
 * other non-blank line is reported, because the process it was meant to define does not exist.
 * Honcho also refuses a Procfile that names a process twice.
 *
 * The command is run by a shell, so a `#` starting a word outside quotes begins a shell comment:
 * those are listed too (not own-line) so that `prodlint-disable-line` works on a process line.
 */
import { EmbeddedText } from '../embedded.js';
import type { SourceFile, Span } from '../source.js';
import type { Comment, Document, Environment, ParseProblem } from '../types.js';

export interface ProcfileTree {
  processes: ProcfileProcess[];
}

export interface ProcfileProcess {
  /** Process type: `web`, `worker`, `release`... */
  name: string;
  nameSpan: Span;
  /** The command, trimmed on the right, written verbatim in the file. */
  command: EmbeddedText;
  commandSpan: Span;
  /** From the name to the end of the command. */
  span: Span;
}

const PROCESS_LINE = /^([A-Za-z0-9_-]+):[ \t]*/;

/**
 * Offset (within `command`) of a shell comment's `#`, or -1. A conservative scan: quotes and
 * backslash escapes are honoured; `#` counts only at the start of a word.
 */
function shellCommentStart(command: string): number {
  let quote: '' | "'" | '"' = '';
  for (let i = 0; i < command.length; i++) {
    const ch = command[i]!;
    if (quote === "'") {
      if (ch === "'") quote = '';
    } else if (ch === '\\') {
      i++;
    } else if (quote === '"') {
      if (ch === '"') quote = '';
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === '#' && (i === 0 || command[i - 1] === ' ' || command[i - 1] === '\t')) {
      return i;
    }
  }
  return -1;
}

export function parseProcfile(source: SourceFile, environment: Environment): Document<ProcfileTree> {
  const text = source.text;
  const processes: ProcfileProcess[] = [];
  const comments: Comment[] = [];
  const parseErrors: ParseProblem[] = [];
  const seen = new Map<string, ProcfileProcess>();

  for (let line = 1; line <= source.lineCount; line++) {
    const start = source.lineStart(line);
    const end = source.lineEnd(line);
    const content = text.slice(start, end);
    const firstVisible = content.search(/[^ \t]/);
    if (firstVisible === -1) continue;
    if (content[firstVisible] === '#') {
      comments.push({ span: { start: start + firstVisible, end }, body: content.slice(firstVisible + 1), ownLine: true });
      continue;
    }
    const lineSpan = { start: start + firstVisible, end: start + content.trimEnd().length };
    const m = PROCESS_LINE.exec(content);
    if (!m) {
      const why =
        firstVisible > 0 && PROCESS_LINE.test(content.slice(firstVisible))
          ? 'a process line must not be indented'
          : "expected 'name: command' (name made of letters, digits, '_' and '-')";
      parseErrors.push({ span: lineSpan, message: `${why}: foreman and honcho ignore this line` });
      continue;
    }
    const name = m[1]!;
    const commandStart = m[0].length;
    const commandEnd = content.trimEnd().length;
    if (commandEnd <= commandStart) {
      parseErrors.push({ span: lineSpan, message: `process ${JSON.stringify(name)} has no command` });
      continue;
    }
    const commandText = content.slice(commandStart, commandEnd);
    const process: ProcfileProcess = {
      name,
      nameSpan: { start, end: start + name.length },
      command: EmbeddedText.verbatim(commandText, start + commandStart),
      commandSpan: { start: start + commandStart, end: start + commandEnd },
      span: { start, end: start + commandEnd },
    };
    const hash = shellCommentStart(commandText);
    if (hash !== -1) {
      comments.push({
        span: { start: start + commandStart + hash, end: start + commandEnd },
        body: commandText.slice(hash + 1),
        ownLine: false,
      });
    }
    if (seen.has(name)) {
      parseErrors.push({ span: process.nameSpan, message: `process ${JSON.stringify(name)} is defined twice (honcho refuses this Procfile)` });
    }
    seen.set(name, process);
    processes.push(process);
  }

  return { kind: 'procfile', source, environment, tree: { processes }, comments, logicalLines: [], parseErrors };
}
