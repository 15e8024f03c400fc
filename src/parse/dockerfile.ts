/**
 * Dockerfiles: instruction boundaries from prodlint's own scan where the file is plain
 * (dockerfile-split.ts), else from `dockerfile-ast` (escape directive, heredocs), with our own
 * extraction of each instruction's arguments: continuation lines joined and comment lines inside
 * them dropped, exactly as BuildKit does, keeping a map to the file for every character.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { EmbeddedText, type TextPiece } from '../embedded.js';
import type { SourceFile, Span } from '../source.js';
import type { Document, Environment, LineRange } from '../types.js';
import { ownLineComments } from './lines.js';
import { argsAfterFlags } from './dockerfile-args.js';
import { memoizeRawArguments } from './dockerfile-ast-memo.js';
import { splitDockerfile } from './dockerfile-split.js';

memoizeRawArguments();

export interface DfInstruction {
  /** Upper-cased keyword: `RUN`, `CMD`... */
  keyword: string;
  span: Span;
  keywordSpan: Span;
  /** Arguments after the keyword, continuations joined, leading whitespace dropped. */
  args: EmbeddedText;
  /** Flags such as `--from=build` (COPY/ADD/RUN), with the rest of `args` after them. */
  flags: { name: string; value: string | null; span: Span }[];
  /** Index into `DockerfileTree.stages` (-1 before the first FROM: global ARGs). */
  stage: number;
  firstLine: number;
  lastLine: number;
}

export interface DfStage {
  index: number;
  from: DfInstruction;
  /** Image reference as written (`python:3.12-slim`, `build`, `$BASE`). */
  image: string;
  imageSpan: Span;
  /** `AS name`, lower-cased as Docker treats stage names. */
  name?: string;
  instructions: DfInstruction[];
}

export interface DockerfileTree {
  instructions: DfInstruction[];
  stages: DfStage[];
  escape: string;
  /** The last stage: what the image runs unless `--target` says otherwise. */
  finalStage?: DfStage;
}

export type DockerfileDocument = Document<DockerfileTree>;

/** An instruction's place in the file, as either reader gives it. */
interface Boundaries {
  span: Span;
  keywordSpan: Span;
  keyword: string;
}

/** The escape character and instruction boundaries, by dockerfile-ast. */
function boundariesByAst(text: string, parseErrors: Document['parseErrors']): { escape: string; list: Boundaries[] } {
  let parsed: ReturnType<typeof DockerfileParser.parse> | undefined;
  try {
    parsed = DockerfileParser.parse(text);
  } catch (err) {
    parseErrors.push({ span: { start: 0, end: Math.min(1, text.length) }, message: `Dockerfile could not be parsed: ${(err as Error).message}` });
  }
  // dockerfile-ast counts a lone `\r` as a line break too; its positions are mapped back with its
  // own line starts, and line numbers are then taken from our offsets.
  const astStarts = astLineStarts(text);
  const offsetOf = (p: { line: number; character: number }) => Math.min(text.length, (astStarts[p.line] ?? text.length) + p.character);
  const list = (parsed?.getInstructions() ?? []).map((ins) => {
    const range = ins.getRange();
    const kwRange = ins.getInstructionRange();
    return {
      span: { start: offsetOf(range.start), end: offsetOf(range.end) },
      keywordSpan: { start: offsetOf(kwRange.start), end: offsetOf(kwRange.end) },
      keyword: ins.getKeyword(),
    };
  });
  return { escape: parsed?.getEscapeCharacter() ?? '\\', list };
}

export function parseDockerfile(source: SourceFile, environment: Environment): DockerfileDocument {
  const text = source.text;
  const parseErrors: Document['parseErrors'] = [];
  const split = splitDockerfile(text);
  const { escape, list } = split
    ? { escape: '\\', list: split.map((s) => ({ span: { start: s.start, end: s.end }, keywordSpan: { start: s.start, end: s.keywordEnd }, keyword: s.keyword })) }
    : boundariesByAst(text, parseErrors);
  const tree: DockerfileTree = { instructions: [], stages: [], escape };
  const logicalLines: LineRange[] = [];

  for (const { span, keywordSpan, keyword: written } of list) {
    const args = joinContinuations(source, keywordSpan.end, span.end, escape);
    const firstLine = source.lineOf(span.start);
    const lastLine = source.lineOf(span.end);
    if (lastLine > firstLine) logicalLines.push({ first: firstLine, last: lastLine });
    const keyword = written.toUpperCase();
    const instruction: DfInstruction = {
      keyword,
      span,
      keywordSpan,
      args,
      flags: readFlags(args),
      stage: tree.stages.length - (keyword === 'FROM' ? 0 : 1),
      firstLine,
      lastLine,
    };
    tree.instructions.push(instruction);
    if (keyword === 'FROM') {
      const stage = fromStage(instruction, tree.stages.length);
      tree.stages.push(stage);
    } else if (instruction.stage >= 0) {
      tree.stages[instruction.stage]!.instructions.push(instruction);
    }
  }
  if (tree.stages.length) tree.finalStage = tree.stages[tree.stages.length - 1];
  return {
    kind: 'dockerfile',
    source,
    environment,
    tree,
    comments: ownLineComments(source, '#'),
    logicalLines,
    parseErrors,
  };
}

/** Offsets where dockerfile-ast's lines start: after `\n`, and after a `\r` not followed by `\n`. */
function astLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * The instruction's argument text: from after the keyword to the end of the instruction, where an
 * escape character at the end of a line joins the next line (the escape and the newline vanish),
 * and empty or comment-only lines inside the continuation are skipped. Lines inside a heredoc keep
 * their newline.
 */
function joinContinuations(source: SourceFile, from: number, to: number, escape: string): EmbeddedText {
  const pieces: TextPiece[] = [];
  let pos = from;
  const text = source.text;
  // Skip whitespace between keyword and arguments.
  while (pos < to && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  let continued = false;
  while (pos < to) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > to) eol = to;
    let lineEnd = eol;
    if (lineEnd > pos && text[lineEnd - 1] === '\r') lineEnd--;
    const line = text.slice(pos, lineEnd);
    if (continued && /^[ \t]*(#.*)?$/.test(line)) {
      // Comment or empty line inside a continuation: dropped by the builder.
      pos = eol + 1;
      continue;
    }
    const trimmed = trimBlanksEnd(line);
    if (trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape)) {
      pieces.push({ text: trimmed.slice(0, -1), fileOffset: pos });
      continued = true;
    } else {
      pieces.push({ text: line, fileOffset: pos });
      if (eol < to) pieces.push({ text: '\n', fileOffset: eol });
      continued = false;
    }
    pos = eol + 1;
  }
  if (pieces.length === 0) return EmbeddedText.verbatim('', from);
  const joined = EmbeddedText.fromPieces(pieces);
  // Drop trailing newlines (the instruction's range can end at a line break).
  let end = joined.length;
  while (end > 0 && /\s/.test(joined.text[end - 1]!)) end--;
  return end === joined.length ? joined : joined.slice(0, end);
}

/**
 * `line` without trailing blanks. A loop, not `/[ \t]+$/`: that expression retries from every
 * blank of an inner run and is quadratic on a long run of blanks followed by anything else.
 */
function trimBlanksEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** `--name=value` / `--name` flags at the start of the arguments. */
function readFlags(args: EmbeddedText): DfInstruction['flags'] {
  const flags: DfInstruction['flags'] = [];
  let i = 0;
  const t = args.text;
  while (t.startsWith('--', i)) {
    let end = i;
    while (end < t.length && !/\s/.test(t[end]!)) end++;
    const word = t.slice(i + 2, end);
    const eq = word.indexOf('=');
    flags.push({
      name: eq === -1 ? word : word.slice(0, eq),
      value: eq === -1 ? null : word.slice(eq + 1),
      span: args.spanToFile({ start: i, end }),
    });
    i = end;
    while (i < t.length && /\s/.test(t[i]!)) i++;
  }
  return flags;
}

function fromStage(ins: DfInstruction, index: number): DfStage {
  const rest = argsAfterFlags(ins);
  const m = /^(\S+)(?:\s+[Aa][Ss]\s+(\S+))?/.exec(rest.text);
  const image = m?.[1] ?? '';
  const stage: DfStage = {
    index,
    from: ins,
    image,
    imageSpan: rest.spanToFile({ start: 0, end: image.length }),
    instructions: [],
  };
  if (m?.[2]) stage.name = m[2].toLowerCase();
  return stage;
}
