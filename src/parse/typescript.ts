/**
 * TypeScript and JavaScript files, parsed into ESTree by @typescript-eslint/typescript-estree, with
 * `range` offsets (UTF-16 indexes into the BOM-stripped text), comments, and `parent` links on
 * every node. No type information (no tsconfig, no program): each file is parsed on its own.
 *
 * Loading: typescript-estree pulls in the `typescript` compiler (0.6 s on an idle machine, about
 * 45 MB of heap and 160 MB resident), so it is imported on the first TS/JS file only;
 * `typescriptLoaded()` lets tests assert that a run without such files never loads it.
 *
 * JSX: the script kind follows the file extension, as TypeScript itself does: `.tsx`, `.jsx` and
 * every JavaScript extension (`.js .mjs .cjs`) accept JSX; `.ts .mts .cts` do not (there `<T>x` is a
 * type assertion). So JSX in `.js` files, common in React projects, needs no retry.
 *
 * How: TypeScript parses the file (`ts.createSourceFile`, the same call typescript-estree's `parse`
 * makes), then typescript-estree's `astConverter` turns it into ESTree. We call the two steps
 * ourselves, through the converter's `use-at-your-own-risk` export, for three reasons:
 * - Syntax errors. The public `parse` throws on the first one. TypeScript's parser recovers from
 *   errors, so we keep its parse diagnostics (up to five) as `parseErrors` and convert the
 *   recovered tree with `allowInvalidAST`: a partial tree in which intact statements are exact.
 *   Checks made by the converter itself (a second `default:` in a switch) are errors too, and the
 *   tree is converted again leniently.
 * - Deep nesting. TypeScript's parser and the converter are recursive and overflow the default
 *   stack at a few hundred nesting levels (measured: ~190 nested callbacks, ~900-term `+` chains).
 *   A converter overflow is retried one top-level statement at a time, keeping every statement
 *   that converts; a parser overflow leaves an empty Program. Both are parse errors, never throws.
 * - Speed. The converter's comment extraction visits every token and took 25-40% of the parse;
 *   `collectTsComments` finds the same comments for a fraction of that.
 * If the internal export ever disappears, the public `parse` is used instead (first error only, no
 * partial tree).
 */
import { mergeRanges } from './lines.js';
import type * as TS from 'typescript';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceFile, Span } from '../source.js';
import type { Comment, Document, Environment, LineRange, ParseProblem } from '../types.js';
import { childrenOf, setParents, walk, type Node } from '../js/ast.js';
import { collectTsComments } from '../js/ts-comments.js';

export interface TsTree {
  /** The Program, with `parent` set on every node below it and `comments` from the file. */
  program: TSESTree.Program;
}

export type TypeScriptDocument = Document<TsTree>;

const MAX_PARSE_ERRORS = 5;

type EstreeModule = typeof import('@typescript-eslint/typescript-estree');
type TypeScriptModule = typeof TS;

/** typescript-estree's internal converter: (TypeScript SourceFile, settings, preserveNodeMaps) -> { estree }. */
type AstConverter = (ast: TS.SourceFile, settings: Record<string, unknown>, preserveNodeMaps: boolean) => { estree: TSESTree.Program };

interface Loaded {
  estree: EstreeModule;
  ts: TypeScriptModule;
  astConverter: AstConverter | undefined;
}

let loading: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const [estreeNs, tsNs, risky] = await Promise.all([
    import('@typescript-eslint/typescript-estree'),
    import('typescript'),
    import('@typescript-eslint/typescript-estree/use-at-your-own-risk').catch(() => undefined),
  ]);
  // All three are CommonJS: depending on the loader the API is on the namespace or on `default`.
  const estree = ((estreeNs as { default?: EstreeModule }).default ?? estreeNs) as EstreeModule;
  const ts = ((tsNs as unknown as { default?: TypeScriptModule }).default ?? tsNs) as TypeScriptModule;
  const riskyMod = risky as { default?: { astConverter?: unknown }; astConverter?: unknown } | undefined;
  const converter = riskyMod?.astConverter ?? riskyMod?.default?.astConverter;
  return { estree, ts, astConverter: typeof converter === 'function' ? (converter as AstConverter) : undefined };
}

/** Whether typescript-estree (and with it the TypeScript compiler) has been loaded in this process. */
export function typescriptLoaded(): boolean {
  return loading !== undefined;
}

/** Load the parser ahead of time (parsing itself is synchronous afterwards). */
export async function loadTypeScriptParser(): Promise<void> {
  loading ??= load();
  await loading;
}

export async function parseTypeScript(source: SourceFile, environment: Environment): Promise<TypeScriptDocument> {
  loading ??= load();
  const mod = await loading;
  let program: TSESTree.Program;
  let errors: ParseProblem[];
  try {
    ({ program, errors } = mod.astConverter ? parseProgram(mod, mod.astConverter, source) : parsePublic(mod, source));
  } catch (err) {
    program = emptyProgram(source.text);
    errors = [{ span: { start: 0, end: 0 }, message: `TypeScript parser failed: ${describe(err)}` }];
  }
  let logicalLines: LineRange[] = [];
  try {
    dropTooDeep(program, errors);
    setParents(program);
    logicalLines = tsLogicalLines(program, source);
  } catch (err) {
    errors.push({ span: { start: 0, end: 0 }, message: `TypeScript parser failed: ${describe(err)}` });
  }
  return {
    kind: 'typescript',
    source,
    environment,
    tree: { program },
    comments: (program.comments ?? []).map((c) => makeComment(source, c)),
    logicalLines,
    parseErrors: errors.slice(0, MAX_PARSE_ERRORS),
  };
}

/**
 * Nesting limits that keep the result the same in every thread. TypeScript's parser and the
 * converter recurse once per level; where the stack runs out depends on the thread (worker stacks
 * are larger) and even on how warm the JIT is, so without a fixed limit a deeply nested file got
 * findings in a worker thread and a parse error in the main thread. Measured on the main thread:
 * the parser overflows at 404 nested callbacks (`f(() => f(() => ...`), the converter at an AST
 * depth of about 630; real code stays far below both.
 */
const MAX_BRACKET_DEPTH = 256;
const MAX_AST_DEPTH = 400;

/**
 * Regions nested more than `limit` brackets deep (`(`, `[`, `{`, template `${`), each from the
 * bracket that passes the limit to its match (or the end). A light lexer: comments, strings and
 * template text are skipped; a bracket in a regular expression literal may miscount, which costs
 * at most a region blanked needlessly in a file already nested hundreds of levels deep.
 */
export function deepBracketRegions(text: string, limit: number): Span[] {
  const regions: Span[] = [];
  const stack: boolean[] = []; // true: the `${` of a template
  let inTemplate = false;
  let regionStart = -1;
  const n = text.length;
  const open = (at: number, template: boolean) => {
    stack.push(template);
    if (stack.length === limit + 1 && regionStart < 0) regionStart = at;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (inTemplate) {
      if (c === 92) i += 2;
      else if (c === 96) {
        inTemplate = false;
        i++;
      } else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        open(i, true);
        inTemplate = false;
        i += 2;
      } else i++;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === 39 || c === 34) {
      i++;
      while (i < n && text.charCodeAt(i) !== c && text.charCodeAt(i) !== 10) i += text.charCodeAt(i) === 92 ? 2 : 1;
      i++;
    } else if (c === 96) {
      inTemplate = true;
      i++;
    } else if (c === 40 || c === 91 || c === 123) {
      open(i, false);
      i++;
    } else if (c === 41 || c === 93 || c === 125) {
      if (stack.length > 0) {
        const template = stack.pop()!;
        if (regionStart >= 0 && stack.length === limit) {
          regions.push({ start: regionStart, end: i + 1 });
          regionStart = -1;
        }
        if (template) inTemplate = true;
      }
      i++;
    } else i++;
  }
  if (regionStart >= 0) regions.push({ start: regionStart, end: n });
  return regions;
}

/** `text` with the regions replaced by spaces, line breaks kept: every offset stays where it was. */
function blank(text: string, regions: Span[]): string {
  let out = '';
  let at = 0;
  for (const r of regions) {
    out += text.slice(at, r.start) + text.slice(r.start, r.end).replace(/[^\r\n]/g, ' ');
    at = r.end;
  }
  return out + text.slice(at);
}

/** Top-level statements nested deeper than MAX_AST_DEPTH are left out, whichever thread converted them. */
function dropTooDeep(program: TSESTree.Program, errors: ParseProblem[]): void {
  const kept = program.body.filter((statement) => {
    if (!deeperThan(statement, MAX_AST_DEPTH)) return true;
    const start = statement.range[0];
    errors.push({ span: { start, end: start }, message: `TypeScript statement not analysed: nested more than ${MAX_AST_DEPTH} levels deep` });
    return false;
  });
  if (kept.length !== program.body.length) program.body = kept;
}

function deeperThan(root: Node, limit: number): boolean {
  const nodes: Node[] = [root];
  const depths: number[] = [1];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > limit) return true;
    for (const child of childrenOf(node)) {
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}

/** The file name given to the parser: its extension selects TS vs JS and JSX (see the module comment). */
function parserFileName(source: SourceFile): string {
  const m = /\.(d\.)?([cm]?[jt]sx?)$/i.exec(source.path);
  if (m) return `/prodlint/file.${m[1] ?? ''}${m[2]!.toLowerCase()}`;
  // A file classified as TS/JS by config with another extension: TSX accepts the most syntax.
  return '/prodlint/file.tsx';
}

const CONVERTER_SETTINGS = {
  range: true,
  loc: false,
  comment: false,
  tokens: null,
  errorOnUnknownASTType: false,
  suppressDeprecatedPropertyWarnings: true,
};

function parseProgram(mod: Loaded, astConverter: AstConverter, source: SourceFile): { program: TSESTree.Program; errors: ParseProblem[] } {
  const { ts } = mod;
  const text = source.text;
  const fileName = parserFileName(source);
  // Bracket nesting deeper than the parser's stack allows is blanked out first (same offsets).
  const deep = deepBracketRegions(text, MAX_BRACKET_DEPTH);
  const parserText = deep.length ? blank(text, deep) : text;
  let sourceFile: TS.SourceFile;
  try {
    sourceFile = ts.createSourceFile(
      fileName,
      parserText,
      {
        languageVersion: ts.ScriptTarget.Latest,
        // JSDoc contents are never needed; skipping them is measurably faster.
        jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
        // As typescript-estree does: `.mjs`/`.mts` files are modules even without import/export.
        ...(/\.m[jt]s$/.test(fileName) ? { setExternalModuleIndicator: (f: TS.SourceFile) => ((f as { externalModuleIndicator?: unknown }).externalModuleIndicator = true) } : {}),
      },
      /* setParentNodes */ true,
      mod.estree.getScriptKind(fileName, fileName.endsWith('x')),
    );
  } catch (err) {
    return { program: emptyProgram(text), errors: [problemFromThrown(err, text)] };
  }

  const errors: ParseProblem[] = deep.slice(0, 1).map((r) => ({
    span: { start: r.start, end: Math.min(r.end, r.start + 1) },
    message: `TypeScript nested too deeply (more than ${MAX_BRACKET_DEPTH} brackets): that part was not analysed`,
  }));
  const internal = sourceFile as unknown as { parseDiagnostics: TS.DiagnosticWithLocation[] };
  for (const d of internal.parseDiagnostics.slice(0, MAX_PARSE_ERRORS)) {
    errors.push({
      span: { start: d.start, end: d.start + d.length },
      message: `TypeScript syntax error: ${sentence(ts.flattenDiagnosticMessageText(d.messageText, ' '))}`,
    });
  }
  // The converter refuses a file with parse diagnostics; they are recorded above.
  internal.parseDiagnostics = [];

  let program: TSESTree.Program;
  try {
    program = astConverter(sourceFile, { ...CONVERTER_SETTINGS, allowInvalidAST: errors.length > 0 }, false).estree;
  } catch (err) {
    if (!(err instanceof RangeError)) errors.push(problemFromThrown(err, text));
    try {
      if (err instanceof RangeError) throw err;
      program = astConverter(sourceFile, { ...CONVERTER_SETTINGS, allowInvalidAST: true }, false).estree;
    } catch (err2) {
      if (err2 instanceof RangeError && errors.length === 0) errors.push(problemFromThrown(err2, text));
      program = convertPiecewise(astConverter, sourceFile, text, errors);
    }
  }
  try {
    program.comments = collectTsComments(ts, sourceFile);
  } catch {
    program.comments = [];
  }
  return { program, errors };
}

/** Fallback when the internal converter is not available: the public API, first error only. */
function parsePublic(mod: Loaded, source: SourceFile): { program: TSESTree.Program; errors: ParseProblem[] } {
  const fileName = parserFileName(source);
  try {
    const program = mod.estree.parse(source.text, {
      range: true,
      loc: false,
      comment: true,
      tokens: false,
      filePath: fileName,
      jsx: fileName.endsWith('x'),
      jsDocParsingMode: 'none',
      errorOnUnknownASTType: false,
      suppressDeprecatedPropertyWarnings: true,
      loggerFn: false,
    }) as TSESTree.Program;
    return { program, errors: [] };
  } catch (err) {
    return { program: emptyProgram(source.text), errors: [problemFromThrown(err, source.text)] };
  }
}

/**
 * Convert one top-level statement at a time so that one statement too deep for the converter does
 * not cost the whole file. Statements that fail are left out and reported.
 */
function convertPiecewise(
  astConverter: AstConverter,
  sourceFile: TS.SourceFile,
  text: string,
  errors: ParseProblem[],
): TSESTree.Program {
  const sf = sourceFile as unknown as { statements: TS.NodeArray<TS.Statement> };
  const all = sf.statements;
  const program = emptyProgram(text);
  try {
    for (const statement of all) {
      sf.statements = Object.assign([statement], { pos: statement.pos, end: statement.end, hasTrailingComma: false }) as unknown as typeof all;
      try {
        program.body.push(...astConverter(sourceFile, { ...CONVERTER_SETTINGS, allowInvalidAST: true }, false).estree.body);
      } catch (err) {
        const start = statement.getStart(sourceFile);
        errors.push({ span: { start, end: start }, message: `TypeScript statement not analysed: ${describe(err)}` });
      }
    }
  } finally {
    sf.statements = all;
  }
  return program;
}

function emptyProgram(text: string): TSESTree.Program {
  return { type: 'Program', body: [], comments: [], range: [0, text.length], sourceType: 'script' } as unknown as TSESTree.Program;
}

/** A parse problem from something thrown: typescript-estree's TSError (with a location), a stack overflow, anything. */
function problemFromThrown(err: unknown, text: string): ParseProblem {
  if (err instanceof RangeError) {
    return { span: { start: 0, end: 0 }, message: 'TypeScript parser: file nested too deeply to analyse fully' };
  }
  const e = err as { location?: { start?: { offset?: number }; end?: { offset?: number } }; index?: number; message?: string };
  const start = clampOffset(e.location?.start?.offset ?? e.index ?? 0, text);
  const end = clampOffset(e.location?.end?.offset ?? start, text);
  return { span: { start, end: Math.max(start, end) }, message: `TypeScript syntax error: ${sentence(firstLine(e.message ?? String(err)))}` };
}

function clampOffset(n: number, text: string): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(n, text.length)) : 0;
}

/** TypeScript's messages end with a period; ours are fragments that others extend. */
function sentence(s: string): string {
  return s.replace(/\.$/, '');
}

function firstLine(s: string): string {
  return s.split('\n')[0]!;
}

function describe(err: unknown): string {
  return err instanceof Error ? firstLine(err.message) : String(err);
}

function makeComment(source: SourceFile, c: TSESTree.Comment): Comment {
  const [start, end] = c.range;
  const line = source.lineOf(start);
  const before = source.text.slice(source.lineStart(line), start);
  return { span: { start, end }, body: c.value, ownLine: /^\s*$/.test(before) };
}

/** Nodes that open a body whose statements are logical lines of their own. */
const BODY_TYPES = new Set(['BlockStatement', 'ClassBody', 'StaticBlock', 'TSModuleBlock', 'TSInterfaceBody', 'TSEnumBody']);

/** Class and interface members, switch cases and enum members behave like statements. */
const STATEMENT_LIKE = new Set([
  'MethodDefinition',
  'PropertyDefinition',
  'AccessorProperty',
  'TSAbstractMethodDefinition',
  'TSAbstractPropertyDefinition',
  'TSAbstractAccessorProperty',
  'TSIndexSignature',
  'TSPropertySignature',
  'TSMethodSignature',
  'TSCallSignatureDeclaration',
  'TSConstructSignatureDeclaration',
  'TSEnumMember',
  'SwitchCase',
]);

function isStatementLike(type: string): boolean {
  return type !== 'BlockStatement' && (STATEMENT_LIKE.has(type) || /(Statement|Declaration)$/.test(type));
}

/**
 * Multi-line logical lines: a statement spanning lines is one logical line, up to the line of the
 * first body it opens (`{` of a function, class, block...), whose statements are lines of their
 * own. So `axios.get(url, {\n  headers,\n})` is one logical line, while for
 * `setInterval(async () => {\n  await tick();\n}, 1000)` only the first line is the statement's
 * and `await tick();` is its own. `switch (x) {` and `case y:` headers end at their expression.
 * Overlapping ranges are merged; the result is sorted and disjoint.
 */
export function tsLogicalLines(program: TSESTree.Program, source: SourceFile): LineRange[] {
  const ranges: LineRange[] = [];
  // Open statements, innermost last, with the offset where their header was cut by a body.
  const open: { node: Node; cut: number }[] = [];
  walk(program, {
    enter(node) {
      if (BODY_TYPES.has(node.type)) {
        // Every open statement contains this body; the innermost ones not cut yet end here. An
        // outer statement that is already cut was cut earlier in the text.
        for (let i = open.length - 1; i >= 0 && open[i]!.cut === Infinity; i--) open[i]!.cut = node.range[0];
      }
      if (isStatementLike(node.type)) {
        let cut = Infinity;
        if (node.type === 'SwitchStatement') cut = node.discriminant.range[1];
        else if (node.type === 'SwitchCase') cut = node.test ? node.test.range[1] : node.range[0];
        open.push({ node, cut });
      }
    },
    leave(node) {
      const top = open[open.length - 1];
      if (!top || top.node !== node) return;
      open.pop();
      const first = source.lineOf(node.range[0]);
      const endOffset = top.cut === Infinity ? Math.max(node.range[0], node.range[1] - 1) : top.cut;
      const last = source.lineOf(endOffset);
      if (last > first) ranges.push({ first, last });
    },
  });
  return mergeRanges(ranges);
}

