import { createRequire as __prodlintCreateRequire } from 'node:module';
const require = __prodlintCreateRequire(import.meta.url);
import "./chunk-AE5ZT5VE.js";

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

// src/parse/typescript.ts
var MAX_PARSE_ERRORS = 5;
var loading;
async function load() {
  const [estreeNs, tsNs, risky] = await Promise.all([
    import("./dist-YMZ25IQD.js"),
    import("./typescript-HDCSLAMZ.js"),
    import("./use-at-your-own-risk-NMZFTY3A.js").catch(() => void 0)
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
  const { program, errors } = parseProgram(mod, source);
  let logicalLines = [];
  try {
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
function parserFileName(source) {
  const m = /\.(d\.)?([cm]?[jt]sx?)$/i.exec(source.path);
  if (m) return `/prodlint/file.${m[1] ?? ""}${m[2].toLowerCase()}`;
  return "/prodlint/file.tsx";
}
function baseOptions(fileName) {
  return {
    range: true,
    loc: false,
    comment: true,
    tokens: false,
    filePath: fileName,
    // Only meaningful for unknown extensions; the extension decides otherwise.
    jsx: fileName.endsWith("x"),
    // JSDoc contents are never needed; skipping them is measurably faster.
    jsDocParsingMode: "none",
    errorOnUnknownASTType: false,
    suppressDeprecatedPropertyWarnings: true,
    loggerFn: false
  };
}
function parseProgram(mod, source) {
  const fileName = parserFileName(source);
  const text = source.text;
  try {
    return { program: mod.estree.parse(text, baseOptions(fileName)), errors: [] };
  } catch (err) {
    const first = errorFromThrown(err, text);
    try {
      return recover(mod, fileName, text, first);
    } catch (err2) {
      return { program: emptyProgram(text), errors: [first, { span: { start: 0, end: 0 }, message: `TypeScript parser failed: ${describe(err2)}` }] };
    }
  }
}
function recover(mod, fileName, text, first) {
  const { ts, astConverter } = mod;
  if (!astConverter) return { program: emptyProgram(text), errors: [first] };
  let sourceFile;
  try {
    sourceFile = ts.createSourceFile(
      fileName,
      text,
      { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
      /* setParentNodes */
      true,
      mod.estree.getScriptKind(fileName, fileName.endsWith("x"))
    );
  } catch (err) {
    return { program: emptyProgram(text), errors: [first] };
  }
  const diagnostics = sourceFile.parseDiagnostics;
  const errors = diagnostics.slice(0, MAX_PARSE_ERRORS).map((d) => ({
    span: { start: d.start, end: d.start + d.length },
    message: `TypeScript syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`
  }));
  if (errors.length === 0) errors.push(first);
  sourceFile.parseDiagnostics = [];
  const settings = {
    allowInvalidAST: true,
    range: true,
    loc: false,
    comment: true,
    tokens: null,
    errorOnUnknownASTType: false,
    suppressDeprecatedPropertyWarnings: true
  };
  try {
    return { program: astConverter(sourceFile, settings, false).estree, errors };
  } catch {
    return { program: convertPiecewise(ts, astConverter, sourceFile, settings, text, errors), errors };
  }
}
function convertPiecewise(ts, astConverter, sourceFile, settings, text, errors) {
  const sf = sourceFile;
  const all = sf.statements;
  const program = emptyProgram(text);
  try {
    for (const statement of all) {
      const one = Object.assign([statement], { pos: statement.pos, end: statement.end, hasTrailingComma: false });
      sf.statements = one;
      try {
        program.body.push(...astConverter(sourceFile, { ...settings, comment: false }, false).estree.body);
      } catch (err) {
        const start = statement.getStart(sourceFile);
        errors.push({ span: { start, end: start }, message: `TypeScript statement not analysed: ${describe(err)}` });
      }
    }
  } finally {
    sf.statements = all;
  }
  try {
    program.comments = collectComments(ts, sourceFile);
  } catch {
    program.comments = [];
  }
  return program;
}
function collectComments(ts, sourceFile) {
  const text = sourceFile.text;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const stack = [sourceFile];
  while (stack.length) {
    const node = stack.pop();
    const kids = node.getChildren(sourceFile);
    if (kids.length === 0) {
      if (node.kind === ts.SyntaxKind.JsxText) continue;
      ts.forEachLeadingCommentRange(text, node.pos, (pos, end, kind) => {
        if (seen.has(pos)) return;
        seen.add(pos);
        const line = kind === ts.SyntaxKind.SingleLineCommentTrivia;
        out.push({
          type: line ? "Line" : "Block",
          value: text.slice(pos + 2, line ? end : end - 2),
          range: [pos, end]
        });
      });
      continue;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
function emptyProgram(text) {
  return { type: "Program", body: [], comments: [], range: [0, text.length], sourceType: "script" };
}
function errorFromThrown(err, text) {
  const e = err;
  if (err instanceof RangeError) {
    return { span: { start: 0, end: 0 }, message: "TypeScript parser: file nested too deeply to analyse fully" };
  }
  const start = clampOffset(e.location?.start?.offset ?? e.index ?? 0, text);
  const end = clampOffset(e.location?.end?.offset ?? start, text);
  return { span: { start, end: Math.max(start, end) }, message: `TypeScript syntax error: ${firstLine(e.message ?? String(err))}` };
}
function clampOffset(n, text) {
  return Number.isFinite(n) ? Math.max(0, Math.min(n, text.length)) : 0;
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
function mergeRanges(ranges) {
  ranges.sort((a, b) => a.first - b.first || a.last - b.last);
  const out = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && r.first <= prev.last) prev.last = Math.max(prev.last, r.last);
    else out.push({ ...r });
  }
  return out;
}
export {
  loadTypeScriptParser,
  parseTypeScript,
  tsLogicalLines,
  typescriptLoaded
};
