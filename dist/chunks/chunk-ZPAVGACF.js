import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  mergeRanges
} from "./chunk-N7ZMGJDM.js";

// src/js/ast.ts
var SKIP_KEYS = /* @__PURE__ */ new Set(["parent", "range", "loc", "comments", "tokens"]);
function isNode(value) {
  return typeof value === "object" && value !== null && typeof value.type === "string";
}
function childrenOf(node) {
  const out = [];
  const record = node;
  for (const key in record) {
    if (SKIP_KEYS.has(key)) continue;
    const value = record[key];
    if (Array.isArray(value)) {
      for (const v of value) if (isNode(v)) out.push(v);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  for (let i = 1; i < out.length; i++) {
    if (out[i].range[0] < out[i - 1].range[0]) {
      out.sort((a, b) => a.range[0] - b.range[0]);
      break;
    }
  }
  return out;
}
function walk(root, visitor) {
  const v = typeof visitor === "function" ? { enter: visitor } : visitor;
  const nodes = [root];
  const expanded = [false];
  while (nodes.length) {
    const top = nodes.length - 1;
    const node = nodes[top];
    if (expanded[top]) {
      nodes.pop();
      expanded.pop();
      v.leave?.(node);
      continue;
    }
    expanded[top] = true;
    if (v.enter?.(node) === false) continue;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) {
      nodes.push(kids[i]);
      expanded.push(false);
    }
  }
}
function setParents(root) {
  let count = 0;
  const stack = [root];
  root.parent = void 0;
  while (stack.length) {
    const node = stack.pop();
    count++;
    for (const child of childrenOf(node)) {
      const c = child;
      if (c.parent !== void 0 && c.parent !== node) continue;
      c.parent = node;
      stack.push(child);
    }
  }
  return count;
}
function findAll(root, types) {
  const want = typeof types === "string" ? [types] : types;
  const out = [];
  walk(root, (n) => {
    if (want.includes(n.type)) out.push(n);
  });
  return out;
}
function* ancestors(node) {
  for (let n = node.parent; n; n = n.parent) yield n;
}
function contains(outer, inner) {
  for (let n = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}
function spanOf(node) {
  return { start: node.range[0], end: node.range[1] };
}
function unwrapExpression(node) {
  let n = node;
  for (; ; ) {
    switch (n.type) {
      case "TSAsExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "TSSatisfiesExpression":
      case "TSInstantiationExpression":
        n = n.expression;
        continue;
      case "ChainExpression":
        n = n.expression;
        continue;
      default:
        return n;
    }
  }
}

// src/js/ts-comments.ts
function collectTsComments(ts, sourceFile) {
  const text = sourceFile.text;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (pos, end, kind) => {
    if (seen.has(pos)) return;
    seen.add(pos);
    const line = kind === ts.SyntaxKind.SingleLineCommentTrivia;
    out.push({ type: line ? "Line" : "Block", value: text.slice(pos + 2, line ? end : end - 2), range: [pos, end] });
  };
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    /* skipTrivia */
    false,
    sourceFile.languageVariant,
    text
  );
  const scanGap = (from, to) => {
    const slash = text.indexOf("/", from);
    if (slash === -1 || slash >= to - 1) return;
    scanner.setText(text, from, to - from);
    for (; ; ) {
      const kind = scanner.scan();
      if (kind === ts.SyntaxKind.EndOfFileToken) break;
      if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
        add(scanner.getTokenStart(), scanner.getTokenEnd(), kind);
      }
    }
  };
  const literalKinds = /* @__PURE__ */ new Set([
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.RegularExpressionLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail
  ]);
  const stack = [sourceFile];
  const kids = [];
  while (stack.length) {
    const node = stack.pop();
    kids.length = 0;
    ts.forEachChild(node, (child) => {
      kids.push(child);
    });
    if (kids.length === 0) {
      if (node.kind === ts.SyntaxKind.JsxText || node.kind === ts.SyntaxKind.JsxTextAllWhiteSpaces) continue;
      if (literalKinds.has(node.kind)) {
        ts.forEachTrailingCommentRange(text, node.pos, (pos, end, kind) => add(pos, end, kind));
        ts.forEachLeadingCommentRange(text, node.pos, (pos, end, kind) => add(pos, end, kind));
      } else {
        scanGap(node.pos, node.end);
      }
      continue;
    }
    let prev = node.pos;
    for (const child of kids) {
      if (child.pos > prev) scanGap(prev, child.pos);
      prev = Math.max(prev, child.end);
    }
    if (node.end > prev) scanGap(prev, node.end);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

// src/parse/typescript.ts
var MAX_PARSE_ERRORS = 5;
var loading;
async function load() {
  const [estreeNs, tsNs, risky] = await Promise.all([
    import("./dist-ECK4XXSQ.js"),
    import("./typescript-ANG7M2VS.js"),
    import("./use-at-your-own-risk-NIA6BIQO.js").catch(() => void 0)
  ]);
  const estree = estreeNs.default ?? estreeNs;
  const ts = tsNs.default ?? tsNs;
  const riskyMod = risky;
  const converter = riskyMod?.astConverter ?? riskyMod?.default?.astConverter;
  return { estree, ts, astConverter: typeof converter === "function" ? converter : void 0 };
}
function typescriptLoaded() {
  return loading !== void 0;
}
async function loadTypeScriptParser() {
  loading ??= load();
  await loading;
}
async function parseTypeScript(source, environment) {
  loading ??= load();
  const mod = await loading;
  let program;
  let errors;
  try {
    ({ program, errors } = mod.astConverter ? parseProgram(mod, mod.astConverter, source) : parsePublic(mod, source));
  } catch (err) {
    program = emptyProgram(source.text);
    errors = [{ span: { start: 0, end: 0 }, message: `TypeScript parser failed: ${describe(err)}` }];
  }
  let logicalLines = [];
  try {
    dropTooDeep(program, errors);
    setParents(program);
    logicalLines = tsLogicalLines(program, source);
  } catch (err) {
    errors.push({ span: { start: 0, end: 0 }, message: `TypeScript parser failed: ${describe(err)}` });
  }
  return {
    kind: "typescript",
    source,
    environment,
    tree: { program },
    comments: (program.comments ?? []).map((c) => makeComment(source, c)),
    logicalLines,
    parseErrors: errors.slice(0, MAX_PARSE_ERRORS)
  };
}
var MAX_BRACKET_DEPTH = 256;
var MAX_AST_DEPTH = 400;
function deepBracketRegions(text, limit) {
  const regions = [];
  const stack = [];
  let inTemplate = false;
  let regionStart = -1;
  const n = text.length;
  const open = (at, template) => {
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
      const eol = text.indexOf("\n", i);
      i = eol < 0 ? n : eol;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf("*/", i + 2);
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
        const template = stack.pop();
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
function blank(text, regions) {
  let out = "";
  let at = 0;
  for (const r of regions) {
    out += text.slice(at, r.start) + text.slice(r.start, r.end).replace(/[^\r\n]/g, " ");
    at = r.end;
  }
  return out + text.slice(at);
}
function dropTooDeep(program, errors) {
  const kept = program.body.filter((statement) => {
    if (!deeperThan(statement, MAX_AST_DEPTH)) return true;
    const start = statement.range[0];
    errors.push({ span: { start, end: start }, message: `TypeScript statement not analysed: nested more than ${MAX_AST_DEPTH} levels deep` });
    return false;
  });
  if (kept.length !== program.body.length) program.body = kept;
}
function deeperThan(root, limit) {
  const nodes = [root];
  const depths = [1];
  while (nodes.length) {
    const node = nodes.pop();
    const depth = depths.pop();
    if (depth > limit) return true;
    for (const child of childrenOf(node)) {
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}
function parserFileName(source) {
  const m = /\.(d\.)?([cm]?[jt]sx?)$/i.exec(source.path);
  if (m) return `/prodlint/file.${m[1] ?? ""}${m[2].toLowerCase()}`;
  return "/prodlint/file.tsx";
}
var CONVERTER_SETTINGS = {
  range: true,
  loc: false,
  comment: false,
  tokens: null,
  errorOnUnknownASTType: false,
  suppressDeprecatedPropertyWarnings: true
};
function parseProgram(mod, astConverter, source) {
  const { ts } = mod;
  const text = source.text;
  const fileName = parserFileName(source);
  const deep = deepBracketRegions(text, MAX_BRACKET_DEPTH);
  const parserText = deep.length ? blank(text, deep) : text;
  let sourceFile;
  try {
    sourceFile = ts.createSourceFile(
      fileName,
      parserText,
      {
        languageVersion: ts.ScriptTarget.Latest,
        // JSDoc contents are never needed; skipping them is measurably faster.
        jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
        // As typescript-estree does: `.mjs`/`.mts` files are modules even without import/export.
        .../\.m[jt]s$/.test(fileName) ? { setExternalModuleIndicator: (f) => f.externalModuleIndicator = true } : {}
      },
      /* setParentNodes */
      true,
      mod.estree.getScriptKind(fileName, fileName.endsWith("x"))
    );
  } catch (err) {
    return { program: emptyProgram(text), errors: [problemFromThrown(err, text)] };
  }
  const errors = deep.slice(0, 1).map((r) => ({
    span: { start: r.start, end: Math.min(r.end, r.start + 1) },
    message: `TypeScript nested too deeply (more than ${MAX_BRACKET_DEPTH} brackets): that part was not analysed`
  }));
  const internal = sourceFile;
  for (const d of internal.parseDiagnostics.slice(0, MAX_PARSE_ERRORS)) {
    errors.push({
      span: { start: d.start, end: d.start + d.length },
      message: `TypeScript syntax error: ${sentence(ts.flattenDiagnosticMessageText(d.messageText, " "))}`
    });
  }
  internal.parseDiagnostics = [];
  let program;
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
function parsePublic(mod, source) {
  const fileName = parserFileName(source);
  try {
    const program = mod.estree.parse(source.text, {
      range: true,
      loc: false,
      comment: true,
      tokens: false,
      filePath: fileName,
      jsx: fileName.endsWith("x"),
      jsDocParsingMode: "none",
      errorOnUnknownASTType: false,
      suppressDeprecatedPropertyWarnings: true,
      loggerFn: false
    });
    return { program, errors: [] };
  } catch (err) {
    return { program: emptyProgram(source.text), errors: [problemFromThrown(err, source.text)] };
  }
}
function convertPiecewise(astConverter, sourceFile, text, errors) {
  const sf = sourceFile;
  const all = sf.statements;
  const program = emptyProgram(text);
  try {
    for (const statement of all) {
      sf.statements = Object.assign([statement], { pos: statement.pos, end: statement.end, hasTrailingComma: false });
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
function emptyProgram(text) {
  return { type: "Program", body: [], comments: [], range: [0, text.length], sourceType: "script" };
}
function problemFromThrown(err, text) {
  if (err instanceof RangeError) {
    return { span: { start: 0, end: 0 }, message: "TypeScript parser: file nested too deeply to analyse fully" };
  }
  const e = err;
  const start = clampOffset(e.location?.start?.offset ?? e.index ?? 0, text);
  const end = clampOffset(e.location?.end?.offset ?? start, text);
  return { span: { start, end: Math.max(start, end) }, message: `TypeScript syntax error: ${sentence(firstLine(e.message ?? String(err)))}` };
}
function clampOffset(n, text) {
  return Number.isFinite(n) ? Math.max(0, Math.min(n, text.length)) : 0;
}
function sentence(s) {
  return s.replace(/\.$/, "");
}
function firstLine(s) {
  return s.split("\n")[0];
}
function describe(err) {
  return err instanceof Error ? firstLine(err.message) : String(err);
}
function makeComment(source, c) {
  const [start, end] = c.range;
  const line = source.lineOf(start);
  const before = source.text.slice(source.lineStart(line), start);
  return { span: { start, end }, body: c.value, ownLine: /^\s*$/.test(before) };
}
var BODY_TYPES = /* @__PURE__ */ new Set(["BlockStatement", "ClassBody", "StaticBlock", "TSModuleBlock", "TSInterfaceBody", "TSEnumBody"]);
var STATEMENT_LIKE = /* @__PURE__ */ new Set([
  "MethodDefinition",
  "PropertyDefinition",
  "AccessorProperty",
  "TSAbstractMethodDefinition",
  "TSAbstractPropertyDefinition",
  "TSAbstractAccessorProperty",
  "TSIndexSignature",
  "TSPropertySignature",
  "TSMethodSignature",
  "TSCallSignatureDeclaration",
  "TSConstructSignatureDeclaration",
  "TSEnumMember",
  "SwitchCase"
]);
function isStatementLike(type) {
  return type !== "BlockStatement" && (STATEMENT_LIKE.has(type) || /(Statement|Declaration)$/.test(type));
}
function tsLogicalLines(program, source) {
  const ranges = [];
  const open = [];
  walk(program, {
    enter(node) {
      if (BODY_TYPES.has(node.type)) {
        for (let i = open.length - 1; i >= 0 && open[i].cut === Infinity; i--) open[i].cut = node.range[0];
      }
      if (isStatementLike(node.type)) {
        let cut = Infinity;
        if (node.type === "SwitchStatement") cut = node.discriminant.range[1];
        else if (node.type === "SwitchCase") cut = node.test ? node.test.range[1] : node.range[0];
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
    }
  });
  return mergeRanges(ranges);
}

export {
  walk,
  findAll,
  ancestors,
  contains,
  spanOf,
  unwrapExpression,
  typescriptLoaded,
  loadTypeScriptParser,
  parseTypeScript,
  deepBracketRegions,
  tsLogicalLines
};
