/**
 * The shell adapter: parses shell text with tree-sitter-bash and returns prodlint's own plain
 * objects (ShellScript, ShellCommand, Word), so that rules never touch the parser's tree and the
 * tree's WASM memory is freed right after extraction.
 */
import { EmbeddedText } from '../embedded.js';
import type { Span } from '../source.js';
import type { Comment, ParseProblem, Word } from '../types.js';
import { getParser } from '../parse/tree-sitter.js';
import { overBudgetMessage, parseDeadline, pastDeadline } from '../parse/deadline.js';
import { makeWord, toFileOffsets, type Decoded } from './words.js';
import type { Node as WasmNode, Parser } from 'web-tree-sitter';
import { copyBashTree, SUBSTITUTIONS, type CopiedTree, type ShNode as TSNode } from './tree.js';

export interface ShellWord {
  word: Word;
  decoded: Decoded;
}

export interface ShellAssign {
  name: string;
  nameSpan: Span;
  value: ShellWord | null;
  span: Span;
  /** Written as `export NAME=...` (or `declare -x`), rather than as a command prefix. */
  exported: boolean;
}

export interface ShellRedirect {
  operator: string;
  target: Word | null;
  span: Span;
}

/** A `while`/`until`/`for` loop around a command. */
export interface ShellLoop {
  kind: 'while' | 'until' | 'for';
  /** The loop's keyword (`while`, `until`, `for`). */
  keyword: Span;
  /** The whole loop statement. */
  span: Span;
  /** The condition can never end the loop: `while true`, `while :`, `until false`, `for ((;;))`. */
  infinite: boolean;
}

/** One enclosing loop of a command; `inCondition` when the command is part of the loop's condition. */
export interface ShellLoopFrame {
  loop: ShellLoop;
  inCondition: boolean;
}

export interface ShellCommand {
  words: ShellWord[];
  assigns: ShellAssign[];
  redirects: ShellRedirect[];
  span: Span;
  /** Followed by `&` (itself or an enclosing list/pipeline). */
  background: boolean;
  /** 0 at the top level of the script; +1 per enclosing function, loop, conditional, group, subshell. */
  depth: number;
  /** Index of the top-level statement this command belongs to. */
  top: number;
  /** Inside `$(...)`, backticks or `<(...)`. */
  inSubstitution: boolean;
  /** Inside a function definition (the body runs only if the function is called). */
  inFunction: boolean;
  /** Position in a pipeline, or undefined when not piped. */
  pipe?: { index: number; length: number };
  /** Enclosing loops, outermost first (absent when there are none). */
  loops?: ShellLoopFrame[];
}

export interface ShellScript {
  /** Every simple command in source order. */
  commands: ShellCommand[];
  /** `export NAME=value` / `declare -x` assignments. */
  exports: ShellAssign[];
  /** Number of top-level statements. */
  topCount: number;
  comments: Comment[];
  errors: ParseProblem[];
}

let parser: Parser | undefined;

/** Load the bash grammar once; parsing itself is synchronous afterwards. */
export async function loadShellParser(): Promise<void> {
  parser ??= await getParser('bash');
}

export function shellParserReady(): boolean {
  return parser !== undefined;
}

/**
 * Thrown by `parseShell` before the grammar is loaded. Deployment files are read without it until
 * one of their commands is really a shell script (most units, compose files and exec-form
 * Dockerfiles hold none): the reader catches this, loads the grammar and reads the file again.
 */
export class ShellParserNeeded extends Error {
  constructor() {
    super('shell parser not loaded: call loadShellParser() first');
  }
}

const DEPTH_NODES = new Set([
  'function_definition',
  'if_statement',
  'while_statement',
  'for_statement',
  'c_style_for_statement',
  'case_statement',
  'subshell',
  'compound_statement',
]);
const DYNAMIC_NODES = new Set([
  'simple_expansion',
  'expansion',
  'command_substitution',
  'arithmetic_expansion',
  'process_substitution',
  'ansi_c_string',
  'translated_string',
]);
const MAX_ERRORS = 5;

/**
 * Parse shell text. Requires `loadShellParser()` to have completed. Never throws on bad input; a
 * parse or walk over the time budget (see parse/deadline.ts) ends with what was found so far and
 * a parse error.
 */
/**
 * tree-sitter-bash 0.25 has no `<>` (open for reading and writing, POSIX 2.7.7): `exec 3<>/dev/tcp/…`,
 * the usual dependency-free healthcheck, is an ERROR node and the whole script a PL000. The parser
 * is given `< ` in its place, outside quotes and comments: the same length, so every position holds, and no
 * rule looks at the redirection's mode. The tree's text is then read from the original.
 */
export function readWriteAsRead(text: string): string {
  if (!text.includes('<>')) return text;
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && quote !== "'") {
      out += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '#' && (i === 0 || /[\s;&|()]/.test(text[i - 1]!))) {
      // A comment (`# it's the probe`) runs to the end of the line; its quotes open nothing.
      const eol = text.indexOf('\n', i);
      const end = eol === -1 ? text.length : eol;
      out += text.slice(i, end);
      i = end - 1;
      continue;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '<' && text[i + 1] === '>') {
      out += '< ';
      i++;
      continue;
    }
    out += c;
  }
  return out;
}

export function parseShell(host: EmbeddedText): ShellScript {
  if (!parser) throw new ShellParserNeeded();
  const script: ShellScript = { commands: [], exports: [], topCount: 0, comments: [], errors: [] };
  const deadline = parseDeadline();
  const parsed = parsedText(parser, host.text, deadline);
  if ('failure' in parsed) {
    const whole = host.spanToFile({ start: 0, end: Math.min(1, host.length) });
    script.errors.push({ span: whole, message: parsed.failure });
    return script;
  }
  const { copied, hidden } = parsed;
  extract(copied.root, host, script, deadline);
  const overBudget = overBudgetMessage('shell analysis');
  // A copy cut short by the time budget: what was copied is analysed, and the run says so.
  if (copied.truncated && !script.errors.some((e) => e.message === overBudget)) script.errors.unshift({ span: errorSpan(copied.last, host), message: overBudget });
  // Errors inside a command's words are not visited by the walk; the tree still knows of them.
  else if (script.errors.length === 0 && hidden) script.errors.push({ span: errorSpan(hidden, host), message: hidden.message });
  return script;
}

/** A text's tree, copied out of WASM, with the first error the tree knows of (in the text's offsets). */
type ParsedText = { copied: CopiedTree; hidden: HiddenError | undefined } | { failure: string };
interface HiddenError {
  startIndex: number;
  endIndex: number;
  message: string;
}

/**
 * Recently parsed texts. The same short script is often parsed again in a run: a RUN line repeated
 * across a repository's Dockerfiles, a command shared by compose services. The copy is read-only
 * once made, so each host's extraction can read it. A copy is kept only for a text parsed a second
 * time (a kept tree that is never asked for again only costs the collector), and only complete
 * copies of short texts; undefined marks a text seen once.
 */
const recent = new Map<string, ParsedText | undefined>();
const RECENT_MAX = 64;
const RECENT_MAX_TEXT = 8 * 1024;

function parsedText(p: Parser, text: string, deadline: number): ParsedText {
  if (text.length > RECENT_MAX_TEXT) return parseText(p, text, deadline);
  const seen = recent.has(text);
  const known = recent.get(text);
  recent.delete(text);
  const parsed = known ?? parseText(p, text, deadline);
  const keep = 'failure' in parsed || parsed.copied.truncated ? undefined : parsed;
  recent.set(text, seen ? keep : undefined);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return parsed;
}

function parseText(p: Parser, text: string, deadline: number): ParsedText {
  let tree: ReturnType<Parser['parse']>;
  try {
    tree = p.parse(readWriteAsRead(text), null, { progressCallback: () => pastDeadline(deadline) });
  } catch (err) {
    p.reset();
    return { failure: `shell parser failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!tree) {
    // A cancelled or failed parse leaves state the next parse would resume from.
    p.reset();
    return { failure: pastDeadline(deadline) ? overBudgetMessage('the shell parser') : 'shell parser gave no tree' };
  }
  // The tree is copied out of WASM in one walk; extraction reads the copy. Some errors are only in
  // nodes a cursor does not visit, so the hidden one is asked of the tree, not the copy.
  try {
    const copied = copyBashTree(tree, text, deadline);
    return { copied, hidden: !copied.truncated && tree.rootNode.hasError ? firstHiddenError(tree.rootNode) : undefined };
  } finally {
    tree.delete();
  }
}

/** The first ERROR or MISSING node of a tree that has errors, found by descending along `hasError`. */
function firstHiddenError(root: WasmNode): HiddenError {
  let n: WasmNode = root;
  for (;;) {
    if (n.type === 'ERROR' || n.isMissing) break;
    const next = n.children.find((c): c is WasmNode => c !== null && (c.hasError || c.isMissing || c.type === 'ERROR'));
    if (!next) break;
    n = next;
  }
  return { startIndex: n.startIndex, endIndex: n.endIndex, message: n.isMissing ? `missing ${n.type}` : 'shell syntax error' };
}

/**
 * Where an ERROR or MISSING node is, at least one character wide so it can be underlined, but
 * never past the end of the text (a MISSING node at the end of the input is empty and sits there).
 */
function errorSpan(n: { startIndex: number; endIndex: number }, host: EmbeddedText): Span {
  const start = Math.min(n.startIndex, host.length);
  const end = Math.min(host.length, Math.max(n.endIndex, start + 1));
  return host.spanToFile({ start: Math.min(start, end), end });
}

interface Frame {
  node: TSNode;
  depth: number;
  top: number;
  inSubst: boolean;
  inFunction: boolean;
  loops: ShellLoopFrame[];
}

/** How many nodes the walk visits between looks at the clock. */
const CLOCK_EVERY = 256;

function extract(root: TSNode, host: EmbeddedText, script: ShellScript, deadline: number): void {
  const stack: Frame[] = [];
  let top = 0;
  let visited = 0;
  // Top-level statements, pushed in reverse so they pop in source order.
  const topChildren = root.namedChildren.filter((c): c is TSNode => c !== null);
  for (let i = topChildren.length - 1; i >= 0; i--) {
    stack.push({ node: topChildren[i]!, depth: 0, top: -1, inSubst: false, inFunction: false, loops: [] });
  }
  while (stack.length) {
    if (++visited % CLOCK_EVERY === 0 && pastDeadline(deadline)) {
      script.errors.unshift({ span: errorSpan(stack[stack.length - 1]!.node, host), message: overBudgetMessage('shell analysis') });
      break;
    }
    const f = stack.pop()!;
    const n = f.node;
    let topIndex = f.top;
    if (topIndex === -1) {
      if (n.type === 'comment') {
        addComment(n, host, script);
        continue;
      }
      topIndex = top++;
    }
    if (n.type === 'comment') {
      addComment(n, host, script);
      continue;
    }
    if ((n.type === 'ERROR' || n.isMissing) && script.errors.length < MAX_ERRORS) {
      script.errors.push({
        span: errorSpan(n, host),
        message: n.isMissing ? `missing ${n.type}` : 'shell syntax error',
      });
    }
    if (n.type === 'command') {
      script.commands.push(toCommand(n, host, f, topIndex));
    } else if (n.type === 'declaration_command') {
      collectExports(n, host, script);
    } else if (n.type === 'heredoc_body' || n.type === 'heredoc_content') {
      continue; // data, not commands
    }
    const depth = f.depth + (DEPTH_NODES.has(n.type) ? 1 : 0);
    const inSubst = f.inSubst || SUBSTITUTIONS.has(n.type);
    const inFunction = f.inFunction || n.type === 'function_definition';
    const loop = LOOP_NODES.has(n.type) ? toLoop(n, host) : undefined;
    const conditions = loop ? loopConditionIds(n) : undefined;
    const kids = n.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (!k) continue;
      // A command's own words are handled by toCommand; only substitutions inside them recurse.
      if (n.type === 'command' && !k.hasSubstitution) continue;
      const loops = loop ? [...f.loops, { loop, inCondition: conditions!.has(k.id) }] : f.loops;
      stack.push({ node: k, depth: n.type === 'command' ? depth + 1 : depth, top: topIndex, inSubst: n.type === 'command' ? true : inSubst, inFunction, loops });
    }
  }
  script.topCount = top;
}

const LOOP_NODES = new Set(['while_statement', 'for_statement', 'c_style_for_statement']);
/** Conditions that are always true (for `while`) or always false (for `until`). */
const ALWAYS_TRUE = /^(true|:|\/bin\/true|\/usr\/bin\/true|\[\s*(1|true)\s*\]|\[\[\s*(1|true)\s*\]\]|\(\(\s*1\s*\)\))$/;
const ALWAYS_FALSE = /^(false|\/bin\/false|\/usr\/bin\/false)$/;

function toLoop(n: TSNode, host: EmbeddedText): ShellLoop {
  const first = n.children[0];
  const keywordType = first?.type === 'until' ? 'until' : first?.type === 'while' ? 'while' : 'for';
  const keyword = first ? host.spanToFile({ start: first.startIndex, end: first.endIndex }) : host.spanToFile({ start: n.startIndex, end: n.startIndex });
  let infinite = false;
  if (n.type === 'c_style_for_statement') {
    infinite = n.childForFieldName('condition') === null;
  } else if (n.type === 'while_statement') {
    const body = n.childForFieldName('body');
    const from = first ? first.endIndex : n.startIndex;
    const cond = host.text.slice(from, body ? body.startIndex : n.endIndex).trim().replace(/;\s*$/, '').trim();
    infinite = keywordType === 'until' ? ALWAYS_FALSE.test(cond) : ALWAYS_TRUE.test(cond);
  }
  return { kind: keywordType, keyword, span: host.spanToFile({ start: n.startIndex, end: n.endIndex }), infinite };
}

/** Ids of the children that make up a `while`/`until` loop's condition. */
function loopConditionIds(n: TSNode): Set<number> {
  const ids = new Set<number>();
  if (n.type !== 'while_statement') return ids;
  for (const c of n.childrenForFieldName('condition')) if (c) ids.add(c.id);
  return ids;
}

function addComment(n: TSNode, host: EmbeddedText, script: ShellScript): void {
  const text = host.text;
  let k = n.startIndex - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  script.comments.push({
    span: host.spanToFile({ start: n.startIndex, end: n.endIndex }),
    body: text.slice(n.startIndex + 1, n.endIndex),
    ownLine: k < 0 || text[k] === '\n',
  });
}

function toCommand(n: TSNode, host: EmbeddedText, f: Frame, top: number): ShellCommand {
  const words: ShellWord[] = [];
  const assigns: ShellAssign[] = [];
  const redirects: ShellRedirect[] = [];
  for (const child of n.namedChildren) {
    if (!child) continue;
    if (child.type === 'variable_assignment') {
      const a = toAssign(child, host, false);
      if (a) assigns.push(a);
    } else if (child.type === 'command_name') {
      const inner = child.namedChildren[0] ?? child;
      words.push(toWord(inner, host));
    } else if (child.type.endsWith('_redirect')) {
      redirects.push(toRedirect(child, host));
    } else if (child.type !== 'comment') {
      words.push(toWord(child, host));
    }
  }
  // Redirects attached to an enclosing redirected_statement belong to this command too. The
  // grammar hangs `a && b > f` on the whole list, but bash binds the redirect to the last
  // command (`b`): climb through lists whose last element this command is.
  let cur: TSNode = n;
  while (cur.parent?.type === 'list' && lastNamed(cur.parent)?.id === cur.id) cur = cur.parent;
  const parent = cur.parent;
  if (parent?.type === 'redirected_statement') {
    for (const r of parent.childrenForFieldName('redirect')) if (r) redirects.push(toRedirect(r, host));
  }
  const pipe = pipelinePosition(n);
  return {
    words,
    assigns,
    redirects,
    span: host.spanToFile({ start: n.startIndex, end: n.endIndex }),
    background: isBackgrounded(n),
    depth: f.depth,
    top,
    inSubstitution: f.inSubst,
    inFunction: f.inFunction,
    ...(pipe ? { pipe } : {}),
    ...(f.loops.length ? { loops: f.loops } : {}),
  };
}

function lastNamed(n: TSNode): TSNode | undefined {
  const kids = n.namedChildren.filter((c): c is TSNode => c !== null && c.type !== 'comment');
  return kids[kids.length - 1];
}

function pipelinePosition(n: TSNode): { index: number; length: number } | undefined {
  let cur: TSNode = n;
  if (cur.parent?.type === 'redirected_statement') cur = cur.parent;
  const p = cur.parent;
  if (p?.type !== 'pipeline') return undefined;
  const members = p.namedChildren.filter((c) => c && c.type !== 'comment');
  return { index: members.findIndex((m) => m?.id === cur.id), length: members.length };
}

const CONTAINERS = new Set(['program', 'compound_statement', 'do_group', 'subshell', 'if_statement', 'elif_clause', 'else_clause', 'case_item', 'function_definition']);

function isBackgrounded(n: TSNode): boolean {
  let cur: TSNode | null = n;
  while (cur && !CONTAINERS.has(cur.type)) {
    if (cur.nextSibling?.type === '&') return true;
    cur = cur.parent;
  }
  return false;
}

/** Parts of a heredoc redirect that are data, not the redirect's target. */
const HEREDOC_DATA = new Set(['heredoc_body', 'heredoc_content', 'heredoc_end']);

function toRedirect(n: TSNode, host: EmbeddedText): ShellRedirect {
  let operator = '';
  let target: Word | null = null;
  for (const c of n.children) {
    if (!c) continue;
    if (!c.isNamed && operator === '') operator = c.type;
    // The target is the first word (for a heredoc, its delimiter): a heredoc's body can be
    // megabytes of data, and decoding it as a word cost gigabytes.
    else if (c.isNamed && c.type !== 'file_descriptor' && !HEREDOC_DATA.has(c.type) && target === null) target = toWord(c, host).word;
  }
  return { operator, target, span: host.spanToFile({ start: n.startIndex, end: n.endIndex }) };
}

function toAssign(n: TSNode, host: EmbeddedText, exported: boolean): ShellAssign | undefined {
  const name = n.childForFieldName('name');
  const value = n.childForFieldName('value');
  if (!name) return undefined;
  return {
    name: host.text.slice(name.startIndex, name.endIndex),
    nameSpan: host.spanToFile({ start: name.startIndex, end: name.endIndex }),
    value: value ? toWord(value, host) : null,
    span: host.spanToFile({ start: n.startIndex, end: n.endIndex }),
    exported,
  };
}

function collectExports(n: TSNode, host: EmbeddedText, script: ShellScript): void {
  const keyword = n.children[0]?.type;
  const args = n.namedChildren.filter((c): c is TSNode => c !== null);
  const declareX = (keyword === 'declare' || keyword === 'typeset') && args.some((a) => a.type === 'word' && /^-\w*x/.test(a.text));
  if (keyword !== 'export' && !declareX) return;
  for (const a of args) {
    if (a.type === 'variable_assignment') {
      const assign = toAssign(a, host, true);
      if (assign) script.exports.push(assign);
    }
  }
}

/**
 * Longer words are not decoded: their value is unknown (null), like an expansion. No rule needs a
 * literal this long, and the per-character offset map of a multi-megabyte word costs gigabytes.
 */
export const MAX_DECODED_WORD = 64 * 1024;

export function toWord(n: TSNode, host: EmbeddedText): ShellWord {
  const decoded: Decoded = n.endIndex - n.startIndex > MAX_DECODED_WORD ? { value: null, offsets: [n.startIndex, n.endIndex] } : decode(n, host.text);
  return { word: makeWord(decoded, n.startIndex, n.endIndex, host), decoded: toFileOffsets(decoded, host) };
}

/** Quote removal for one tree-sitter word node, with the offset of each value character. */
function decode(n: TSNode, text: string): Decoded {
  const start = n.startIndex;
  const end = n.endIndex;
  if (DYNAMIC_NODES.has(n.type)) return { value: null, offsets: [start, end] };
  if (n.type === 'raw_string') {
    const offsets: number[] = [];
    for (let i = start + 1; i < end - 1; i++) offsets.push(i);
    offsets.push(Math.max(start + 1, end - 1));
    return { value: text.slice(start + 1, end - 1), offsets };
  }
  if (n.type === 'string') return decodeDoubleQuoted(text, start + 1, end - 1);
  if (n.type === 'concatenation') {
    let value: string | null = '';
    const offsets: number[] = [];
    for (const c of n.namedChildren) {
      if (!c) continue;
      const d = decode(c, text);
      if (d.value === null) value = null;
      if (value !== null) {
        value += d.value;
        // A loop, not push(...slice): spreading a long word overflows the call stack.
        for (let k = 0; k < d.value!.length; k++) offsets.push(d.offsets[k]!);
      }
    }
    offsets.push(end);
    return { value, offsets };
  }
  return decodeBare(text, start, end);
}

/** An unquoted word: `\x` is x, `\<newline>` disappears, `$name` makes it dynamic. */
function decodeBare(text: string, start: number, end: number): Decoded {
  let value = '';
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < end) {
      i++;
      if (text[i] === '\n') continue;
      value += text[i];
      offsets.push(i);
      continue;
    }
    if ((c === '$' && /[A-Za-z_{(@*#?$!0-9-]/.test(text[i + 1] ?? '')) || c === '`') return { value: null, offsets: [start, end] };
    value += c;
    offsets.push(i);
  }
  offsets.push(end);
  return { value, offsets };
}

/** Inside double quotes only `\$ \` \" \\ \<newline>` are escapes; any expansion makes it dynamic. */
function decodeDoubleQuoted(text: string, start: number, end: number): Decoded {
  let value = '';
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < end && '$`"\\\n'.includes(text[i + 1]!)) {
      i++;
      if (text[i] === '\n') continue;
      value += text[i];
      offsets.push(i);
      continue;
    }
    if ((c === '$' && /[A-Za-z_{(@*#?$!0-9-]/.test(text[i + 1] ?? '')) || c === '`') return { value: null, offsets: [start - 1, end + 1] };
    value += c;
    offsets.push(i);
  }
  offsets.push(end);
  return { value, offsets };
}
