/**
 * Route handlers found by path across a project's Python and TS/JS sources, for cross-file rules
 * that follow an HTTP probe to the code that answers it. A lexical scan, not a call graph:
 *
 * - Python: `@app.get("/healthz")`, `@router.route('/healthz')`, `@bp.api_route(...)` (Flask,
 *   FastAPI, Starlette-style decorators) and the `def` below; Django `path("healthz/", view)` with
 *   `def view(` in any file. The body is the `def`'s indented block.
 * - TS/JS: `app.get('/healthz', …)`, `router.all(…)`, `fastify.get(…)`, `server.route(…)` with an
 *   inline function (its braced body) or a named one (`function name(`, `const name =`).
 *
 * Paths match exactly, ignoring a trailing slash and a query string; mount prefixes
 * (`include_router(prefix=…)`, `app.use('/api', router)`) are not followed.
 */
import type { ProjectModel } from '../project.js';
import { sourceOf } from '../docker/project-files.js';
import type { SourceFile, Span } from '../source.js';

export interface RouteHandler {
  source: SourceFile;
  /** The route's path literal. */
  routeSpan: Span;
  /** The handler's body. */
  body: Span;
  language: 'python' | 'typescript';
}

const NOT_SERVICE_CODE = /(^|\/)(test|tests|__tests__|spec|e2e|examples?|docs?)\//;
const MAX_BODY = 20_000;

export function normalizeRoute(path: string): string {
  const p = path.split('?')[0]!.trim();
  const withSlash = p.startsWith('/') ? p : '/' + p;
  return withSlash.length > 1 && withSlash.endsWith('/') ? withSlash.slice(0, -1) : withSlash;
}

export function handlersFor(model: ProjectModel, path: string): RouteHandler[] {
  const want = normalizeRoute(path);
  const bare = want.slice(1);
  const out: RouteHandler[] = [];
  for (const f of model.files) {
    if ((f.kind !== 'python' && f.kind !== 'typescript') || f.environment !== 'production' || NOT_SERVICE_CODE.test(f.rel)) continue;
    if (f.text !== undefined && !f.text.includes(bare)) continue;
    const source = sourceOf(model, f.rel);
    if (!source || !source.text.includes(bare)) continue;
    if (f.kind === 'python') out.push(...pythonHandlers(model, source, want));
    else out.push(...tsHandlers(source, want));
  }
  return out;
}

function quoted(text: string, at: number): { value: string; span: Span } | undefined {
  const q = text[at];
  if (q !== '"' && q !== "'" && q !== '`') return undefined;
  const end = text.indexOf(q, at + 1);
  if (end === -1 || end - at > 300) return undefined;
  return { value: text.slice(at + 1, end), span: { start: at, end: end + 1 } };
}

const PY_DECORATOR = /^[ \t]*@[A-Za-z_][\w.]*\.(?:route|get|api_route|head)\([ \t]*(?=["'])/gm;
const DJANGO_PATH = /\b(?:re_)?path\([ \t]*(?=["'])/g;

function pythonHandlers(model: ProjectModel, source: SourceFile, want: string): RouteHandler[] {
  const t = source.text;
  const out: RouteHandler[] = [];
  for (const m of t.matchAll(PY_DECORATOR)) {
    const lit = quoted(t, m.index + m[0].length);
    if (!lit || normalizeRoute(lit.value) !== want) continue;
    const def = /^[ \t]*(?:async[ \t]+)?def[ \t]+\w+/m.exec(t.slice(lit.span.end));
    if (!def) continue;
    const body = pythonBody(t, lit.span.end + def.index);
    if (body) out.push({ source, routeSpan: lit.span, body, language: 'python' });
  }
  for (const m of t.matchAll(DJANGO_PATH)) {
    const lit = quoted(t, m.index + m[0].length);
    if (!lit || normalizeRoute(lit.value.replace(/^\^|\$$/g, '')) !== want) continue;
    const view = /^\s*,\s*([A-Za-z_][\w.]*)/.exec(t.slice(lit.span.end))?.[1]?.split('.').pop();
    if (!view) continue;
    for (const f of model.files) {
      if (f.kind !== 'python' || f.environment !== 'production') continue;
      const src = sourceOf(model, f.rel);
      const def = src ? findDef(src.text, PY_DEF, view) : undefined;
      const body = src && def !== undefined ? pythonBody(src.text, def) : undefined;
      if (src && body) out.push({ source: src, routeSpan: lit.span, body, language: 'python' });
    }
  }
  return out;
}

/** From a `def` line to the end of its indented block. */
function pythonBody(t: string, defStart: number): Span | undefined {
  const lineStart = t.lastIndexOf('\n', defStart) + 1;
  let k = lineStart;
  while (t[k] === ' ' || t[k] === '\t') k++;
  const indent = k - lineStart;
  let pos = t.indexOf('\n', defStart);
  if (pos === -1) return undefined;
  const start = pos + 1;
  let end = start;
  while (pos !== -1 && pos < t.length && pos - start < MAX_BODY) {
    const ls = pos + 1;
    let le = t.indexOf('\n', ls);
    if (le === -1) le = t.length;
    const line = t.slice(ls, le);
    if (line.trim() !== '') {
      let ind = 0;
      while (line[ind] === ' ' || line[ind] === '\t') ind++;
      if (ind <= indent) break;
      end = le;
    }
    pos = le === t.length ? -1 : le;
  }
  return end > start ? { start, end } : undefined;
}

const PY_DEF = /^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/gm;
const TS_DEF = /(?:function[ \t]+([\w$]+)[ \t]*\(|(?:const|let|var)[ \t]+([\w$]+)[ \t]*=)/g;

/** Where the definition of `name` starts (or, with `after`, where its header ends); fixed patterns, compared by name. */
function findDef(text: string, re: RegExp, name: string, after = false): number | undefined {
  for (const m of text.matchAll(re)) if ((m[1] ?? m[2]) === name) return after ? m.index + m[0].length : m.index;
  return undefined;
}

const TS_ROUTE = /\b[A-Za-z_$][\w$]*\.(?:get|all|head|route)\([ \t]*(?=["'`])/g;

function tsHandlers(source: SourceFile, want: string): RouteHandler[] {
  const t = source.text;
  const out: RouteHandler[] = [];
  for (const m of t.matchAll(TS_ROUTE)) {
    const lit = quoted(t, m.index + m[0].length);
    if (!lit || normalizeRoute(lit.value) !== want) continue;
    const rest = t.slice(lit.span.end, lit.span.end + 2000);
    const named = /^\s*,\s*(?:[\w$.]+\s*,\s*)*([A-Za-z_$][\w$]*)\s*\)/.exec(rest);
    let body: Span | undefined;
    if (named && !/^(async|function)$/.test(named[1]!)) {
      const def = findDef(t, TS_DEF, named[1]!, true);
      if (def !== undefined) body = bracedBody(t, def);
    } else body = bracedBody(t, lit.span.end);
    if (body) out.push({ source, routeSpan: lit.span, body, language: 'typescript' });
  }
  return out;
}

/** The first `{ … }` block from `from`, braces matched outside string literals. */
function bracedBody(t: string, from: number): Span | undefined {
  const open = t.indexOf('{', from);
  if (open === -1 || open - from > 500) return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let k = open; k < t.length && k - open < MAX_BODY; k++) {
    const c = t[k]!;
    if (quote) {
      if (c === '\\') k++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { start: open + 1, end: k };
  }
  return undefined;
}

/** What a handler body touches that lives outside the process: the first database or Redis call. */
const DEPENDENCY: { what: string; re: RegExp }[] = [
  { what: 'Redis', re: /\bredis\w*\s*\.\s*\w+\s*\(|\bRedis\s*\(|\.ping\s*\(/i },
  { what: 'the database', re: /\.execute\s*\(|\.query\s*\(|\$queryRaw|\.raw\s*\(|\bSELECT\s+1\b|\.authenticate\s*\(|\bpool\s*\.\s*(acquire|connect)\s*\(|\.cursor\s*\(|\bengine\s*\.\s*connect\s*\(|\.fetch(val|row)?\s*\(|\.objects\s*\.|ensure_connection\s*\(|\.command\s*\(\s*["']ping|\bprisma\s*\.\s*\w+|mongoose\s*\.\s*connection|\bdb\s*\.\s*session\b|\bknex\s*\(/ },
];

export function dependencyIn(source: SourceFile, body: Span): { what: string; span: Span } | undefined {
  const text = source.text.slice(body.start, body.end);
  let best: { what: string; span: Span } | undefined;
  for (const d of DEPENDENCY) {
    const m = d.re.exec(text);
    if (m && (!best || body.start + m.index < best.span.start)) best = { what: d.what, span: { start: body.start + m.index, end: body.start + m.index + m[0].length } };
  }
  return best;
}
