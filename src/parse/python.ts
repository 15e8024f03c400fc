/**
 * Python files: tree-sitter-python (WASM) parses, and the tree is copied into prodlint's own
 * `PyNode`s in one cursor pass that also collects comments and syntax errors. The tree-sitter tree
 * is freed before this function returns, so a document holds no WASM memory and needs no disposal.
 *
 * tree-sitter is error-tolerant: a file with syntax errors still yields a full tree in which the
 * broken region is an `ERROR` node (or a zero-width MISSING token); those become `parseErrors`
 * and rules keep working on the rest.
 */
import { mergeRanges, withLazyLogicalLines } from './lines.js';
import { getOrMake } from '../multimap.js';
import type { Parser } from 'web-tree-sitter';
import { cursorOps, ERROR_TYPE_ID, nameTables, nextInPreorder, type CursorOps, type NameTables } from './ts-cursor.js';
import type { SourceFile, Span } from '../source.js';
import type { Comment, Document, Environment, LineRange, ParseProblem } from '../types.js';
import { PyNode, type PythonTree } from '../python/node.js';
import { getParser } from './tree-sitter.js';
import { overBudgetMessage, parseDeadline, pastDeadline } from './deadline.js';

export type { PythonTree } from '../python/node.js';
export type PythonDocument = Document<PythonTree>;

/** More than this many syntax errors add nothing but noise; the first ones locate the problem. */
const MAX_PARSE_ERRORS = 5;

export async function parsePython(source: SourceFile, environment: Environment): Promise<PythonDocument> {
  const parser = await getParser('python');
  return parsePythonWith(parser, source, environment);
}

/** Synchronous core, for callers that already hold the parser. */
export function parsePythonWith(parser: Parser, source: SourceFile, environment: Environment): PythonDocument {
  const text = source.text;
  let result: Copied;
  const deadline = parseDeadline();
  try {
    const tree = parser.parse(text, null, { progressCallback: () => pastDeadline(deadline) });
    if (!tree) throw new Error(pastDeadline(deadline) ? overBudgetMessage('the Python parser') : 'the parser returned no tree');
    try {
      const cursor = tree.walk();
      const ops = cursorOps(cursor, tree);
      try {
        result = copyTree(ops, cursor.nodeType, nameTables(parser.language!), source, deadline);
      } finally {
        ops.finish();
        cursor.delete();
      }
    } finally {
      tree.delete();
    }
  } catch (err) {
    // A parse that fails midway leaves state that the next parse would resume from.
    parser.reset();
    const message = err instanceof Error ? err.message : String(err);
    result = {
      root: new PyNode('module', 0, text.length, null, true, false, text),
      comments: [],
      errors: [{ span: { start: 0, end: 0 }, message: message.startsWith('the Python parser gave up') ? message : `Python parser failed: ${message}` }],
    };
  }
  const root = result.root;
  return withLazyLogicalLines(
    { kind: 'python', source, environment, tree: { root }, comments: result.comments, parseErrors: result.errors },
    () => pythonLogicalLines(root, source),
  );
}

/**
 * Leaves left out of the copy because no rule or helper reads them: the anonymous punctuation
 * tokens, about a third of a Python tree's nodes (spans come from the nodes that hold them; `:` and
 * operators are kept), and a string's closing quote, `string_end` (a twentieth: only the opening
 * `string_start` tells anything, the prefix). Inside an ERROR node every child is kept: its first
 * incomplete child locates the error; a MISSING token is always kept.
 */
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', '.']);
const UNREAD_NAMED = new Set(['string_end']);
const UNREAD_IDS = new WeakMap<NameTables, Uint8Array>();

interface Copied {
  root: PyNode;
  comments: Comment[];
  errors: ParseProblem[];
}

/** Depth-first copy of the whole tree through one cursor (no recursion: trees can be very deep). */
function copyTree(cursor: CursorOps, rootType: string, names: NameTables, source: SourceFile, deadline: number): Copied {
  const text = source.text;
  const unread = getOrMake(UNREAD_IDS, names, () => Uint8Array.from(names.types, (t, id) => ((names.named[id] ?? false) ? UNREAD_NAMED.has(t) : PUNCTUATION.has(t)) ? 1 : 0));
  const comments: Comment[] = [];
  const errorNodes: PyNode[] = [];
  // The module node can start after leading blank lines; make the root span the whole file.
  const root = new PyNode(rootType, 0, text.length, null, true, false, text);
  // path[d] is the copied node at depth d.
  const path: PyNode[] = [root];
  let depth = 0;
  let visited = 0;
  for (;;) {
    // A tree too large to copy in the time budget is an error, not a hang (see parse/deadline.ts).
    if (++visited % 4096 === 0 && pastDeadline(deadline)) throw new Error(overBudgetMessage('the Python parser'));
    const next = nextInPreorder(cursor, depth);
    if (next === undefined) break;
    depth = next;
    const id = cursor.typeId();
    const start = cursor.start();
    const end = cursor.end();
    const isError = id === ERROR_TYPE_ID;
    const type = isError ? 'ERROR' : (names.types[id] ?? '');
    // MISSING nodes are always zero-width; asking only then saves a WASM call per node.
    const missing = start === end && cursor.isMissing();
    const parent = path[depth - 1]!;
    const field = names.fields[cursor.fieldId()] ?? null;
    if (unread[id] === 1 && field === null && !missing && parent.type !== 'ERROR') {
      // A bracket, comma, dot or closing quote is a leaf: nothing will be copied under it.
      path[depth] = parent;
      continue;
    }
    const node = new PyNode(type, start, end, field, isError || (names.named[id] ?? false), missing, text);
    node.parent = parent;
    parent.adopt(node);
    path[depth] = node;

    if (type === 'comment') comments.push(makeComment(source, start, end));
    else if (isError || missing) errorNodes.push(node);
  }
  return { root, comments, errors: syntaxErrors(source, errorNodes) };
}

/**
 * Parse problems from ERROR and MISSING nodes, in source order. tree-sitter can wrap a long run of
 * valid statements in one ERROR node (a single odd line can make the whole module an ERROR), so an
 * ERROR that contains other errors is represented by those, and an ERROR's position is its first
 * child that is not a complete statement.
 */
function syntaxErrors(source: SourceFile, errorNodes: PyNode[]): ParseProblem[] {
  const hasNested = new Set<PyNode>();
  // Each ancestor is climbed once: above a visited node, every ERROR is already marked.
  const visited = new Set<PyNode>();
  for (const e of errorNodes) {
    for (let a = e.parent; a && !visited.has(a); a = a.parent) {
      visited.add(a);
      if (a.type === 'ERROR') hasNested.add(a);
    }
  }
  const out: ParseProblem[] = [];
  for (const e of errorNodes) {
    if (out.length >= MAX_PARSE_ERRORS) break;
    if (!hasNested.has(e)) out.push(syntaxError(source, e));
  }
  return out;
}

function makeComment(source: SourceFile, start: number, rawEnd: number): Comment {
  // The grammar's comment token runs to `\n`, so in CRLF files it ends with the `\r`.
  const end = rawEnd > start && source.text.charCodeAt(rawEnd - 1) === 13 ? rawEnd - 1 : rawEnd;
  const line = source.lineOf(start);
  const before = source.text.slice(source.lineStart(line), start);
  return { span: { start, end }, body: source.text.slice(start + 1, end), ownLine: /^[ \t\f]*$/.test(before) };
}

function syntaxError(source: SourceFile, node: PyNode): ParseProblem {
  if (node.missing) {
    return { span: { start: node.start, end: node.start }, message: `Python syntax error: missing ${JSON.stringify(node.type)}` };
  }
  const first = node.children.find((c) => !(c.named && COMPLETE.test(c.type)));
  const start = first ? first.start : node.start;
  // An ERROR node can swallow the rest of the file; point at one line only.
  const line = source.lineOf(start);
  const span: Span = { start, end: Math.max(start, Math.min(node.end, source.lineEnd(line))) };
  let snippet = source.text.slice(span.start, span.end).trim();
  if (snippet.length > 40) snippet = snippet.slice(0, 40) + '…';
  return {
    span,
    message: snippet ? `Python syntax error near ${JSON.stringify(snippet)}` : 'Python syntax error',
  };
}

/** Children of an ERROR node that parsed completely and are not where the error is. */
const COMPLETE = /^(comment|decorated_definition|.*_statement|.*_definition)$/;

const STATEMENT_PARENTS = new Set(['module', 'block']);

/**
 * Multi-line logical lines: a simple statement spanning lines (`app.run(\n  debug=True)`) is one
 * logical line; a compound statement or clause (`def`, `if`, `elif`, `with`, `except`...) contributes
 * only its header, from its first line to the `:` that opens its body, because its body's
 * statements are separate lines. A decorated definition's decorators and header form one range.
 * Overlapping ranges (`if x: call(\n 1)`) are merged, so the result is sorted and disjoint.
 */
export function pythonLogicalLines(root: PyNode, source: SourceFile): LineRange[] {
  const ranges: LineRange[] = [];
  const stack: PyNode[] = [root];
  // One work list for every header search: a fresh one per statement was most of what this
  // function allocated.
  const scratch: PyNode[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    if (!node.named || node.type === 'comment' || node.type === 'ERROR') continue;
    const isStatement = node.parent !== null && STATEMENT_PARENTS.has(node.parent.type);
    const hasBody = hasBlockChild(node);
    if (!isStatement && !hasBody) continue;
    const first = source.lineOf(node.start);
    const last = source.lineOf(Math.max(node.start, headerEnd(node, scratch) - 1));
    if (last > first) ranges.push({ first, last });
  }
  return mergeRanges(ranges);
}

/** A top-level function rather than a `some()` callback: this runs for every node of every tree. */
function hasBlockChild(node: PyNode): boolean {
  for (const c of node.children) if (c.type === 'block') return true;
  return false;
}

/** End offset of a statement's header: up to the `:` before its first body, or the whole node. */
function headerEnd(node: PyNode, stack: PyNode[]): number {
  stack.length = 0;
  stack.push(node);
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== node && n.type === 'block') {
      const parent = n.parent!;
      const i = parent.children.indexOf(n);
      const colon = i > 0 ? parent.children[i - 1]! : undefined;
      return colon ? colon.end : n.start;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return node.end;
}

