/**
 * Property-based robustness (issue 11): random text and mutated fixture files of every kind go
 * through every parser and carrier, every rule, and the whole engine. No exception may escape, no
 * rule may crash (PL001), and every position must lie inside the file with its start before its end.
 *
 * Inputs: (a) random strings, of any code units (lone surrogates included) and of the tokens that
 * break parsers (quotes, backslashes, `${{`, `<<EOF`, brackets, CR, NUL, BOM); (b) the real files
 * under `fixtures/`, mutated by deleting, duplicating and inserting slices, random text and those
 * tokens. Seeds are fixed, so a failure replays; fast-check prints the shrunk input.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { analyzeFile, type RuleSetting } from '../src/analyze.js';
import { extractFacts } from '../src/carriers/index.js';
import { classify } from '../src/classify.js';
import { defaultConfig } from '../src/config.js';
import { run } from '../src/engine.js';
import { formatSarif } from '../src/format/sarif.js';
import { parseFile } from '../src/parse/index.js';
import { liteProject } from '../src/project.js';
import { loadSettings } from '../src/settings.js';
import { SourceFile, type Span } from '../src/source.js';
import { KINDS, type Document, type Kind } from '../src/types.js';
import { allRules } from '../rules/index.js';
import { DEFAULT_PATHS, REPO_ROOT, tempRepo, writeFiles } from './helpers/hostile-tree.js';

// Fixed so that a failure replays; PROPERTY_SEED and PROPERTY_RUNS explore further by hand.
const RUNS_PER_KIND = Number(process.env.PROPERTY_RUNS ?? 200);
const ENGINE_RUNS = Math.max(1, Math.round(RUNS_PER_KIND / 8));
const SEED = Number(process.env.PROPERTY_SEED ?? 20_261_122);

// ---------------------------------------------------------------------------------------------
// Inputs.

function fixtureFiles(): Map<Kind, string[]> {
  const byKind = new Map<Kind, string[]>(KINDS.map((k) => [k, []]));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else {
        const text = readFileSync(abs, 'utf8');
        const kind = classify(relative(REPO_ROOT, abs), text.slice(0, 4096));
        if (kind) byKind.get(kind)!.push(text);
      }
    }
  };
  walk(join(REPO_ROOT, 'fixtures'));
  return byKind;
}

/** What breaks parsers: quotes, escapes, expansions, heredocs, brackets, odd line ends and code units. */
const TOKENS = [
  '"', "'", '`', '\\', '\\\n', '$', '${', '${{', '}}', '$(', ')', '((', '[', ']', '{', '}', '<<EOF', '<<-EOF\n', '\nEOF\n', "<<'EOF'",
  '\n', '\r\n', '\r', '\t', ' ', '#', '# ', ':', ': ', '- ', '-', '--', '=', '|', '||', '&', '&&', ';', '*', '&a ', '*a', '<<: *a',
  '\u0000', '\ufeff', '\ud800', '\udc00', '😀', 'é', '\u2028',
  'RUN ', 'CMD ', 'FROM ', 'ENTRYPOINT ', 'USER ', 'ARG ', 'ENV ', 'HEALTHCHECK ', 'SHELL ["', '# escape=`\n', '# syntax=',
  'services:', '  command: ', 'image: ', '  ', '    ', '!!binary ', '!!python/object ', '? ', '|-\n', '>\n',
  '[Service]', 'ExecStart=', 'ExecStartPre=-', 'Environment=', 'Restart=', '[Unit]', '@', '%i',
  'web: ', 'release: ', '"scripts": {', '"start": "', '": "', ',',
  'def ', 'async def ', 'await ', 'while True:\n    ', 'for x in y:\n', 'try:\n', 'except:\n', 'lambda: ', 'f"{', '"""', "'''", 'import ', 'from x import y\n',
  'setInterval(async () => {', 'while (true) {', 'process.exit(', 'new Pool({', 'axios.get(', '=> ', '/*', '*/', '//', '</', '<div>', '`${',
  'uvicorn app:app --reload', 'exec ', 'sh -c "', "bash -c '", 'nohup ', 'env X=1 ', 'kill -9 ', 'curl ', 'pip install ', 'npm start',
  'prodlint-disable-next-line ', 'prodlint-disable ', 'prodlint-enable', '# noqa: ', '# nosec', 'hadolint ignore=DL3025',
];

const token = fc.constantFrom(...TOKENS);
const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const tokenText = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));
const randomContent = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.oneof(token, anyText), { maxLength: 120 }).map((t) => t.join('')));

type Edit = { op: 'delete' | 'duplicate' | 'insert' | 'token' | 'swap-lines'; at: number; len: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'insert', 'token', 'token', 'swap-lines'),
  at: fc.nat(),
  len: fc.nat({ max: 120 }),
  text: fc.oneof(anyText, tokenText, token),
}) as fc.Arbitrary<Edit>;

function applyEdits(text: string, edits: Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length ? e.at % (t.length + 1) : 0;
    const end = Math.min(t.length, at + e.len);
    switch (e.op) {
      case 'delete':
        t = t.slice(0, at) + t.slice(end);
        break;
      case 'duplicate':
        t = t.slice(0, end) + t.slice(at, end) + t.slice(end);
        break;
      case 'insert':
      case 'token':
        t = t.slice(0, at) + e.text + t.slice(at);
        break;
      case 'swap-lines': {
        const lines = t.split('\n');
        const i = e.at % lines.length;
        const j = e.len % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        t = lines.join('\n');
        break;
      }
    }
  }
  return t;
}

function contentFor(fixtures: string[]): fc.Arbitrary<string> {
  const mutated = fixtures.length ? fc.tuple(fc.constantFrom(...fixtures), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([f, edits]) => applyEdits(f, edits)) : randomContent;
  // Mostly mutated real files: they get past the first lines of a parser, where bugs hide.
  return fc.oneof({ arbitrary: mutated, weight: 3 }, { arbitrary: randomContent, weight: 1 });
}

// ---------------------------------------------------------------------------------------------
// Invariants.

function checkSpan(what: string, s: Span | undefined, length: number): void {
  if (!s) return;
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets ${JSON.stringify(s)}`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, `${what}: span ${JSON.stringify(s)} inside 0..${length} and ordered`);
}

/** Every span a parser or carrier produced lies inside the text, start before end; lists are ordered. */
function checkDocument(doc: Document, facts: Awaited<ReturnType<typeof extractFacts>>): void {
  const n = doc.source.text.length;
  for (const e of doc.parseErrors) checkSpan('parse error', e.span, n);
  let prev = -1;
  for (const c of doc.comments) {
    checkSpan('comment', c.span, n);
    assert.ok(c.span.start >= prev, 'comments in source order');
    prev = c.span.start;
  }
  let last = 0;
  for (const r of doc.logicalLines) {
    assert.ok(r.first >= 1 && r.first <= r.last && r.last <= doc.source.lineCount, `logical line ${JSON.stringify(r)} inside 1..${doc.source.lineCount}`);
    assert.ok(r.first > last, `logical lines sorted and disjoint: ${JSON.stringify(doc.logicalLines)}`);
    last = r.last;
  }
  for (const p of facts.problems) checkSpan('carrier problem', p.span, n);
  for (const c of facts.commands) {
    checkSpan('command', c.span, n);
    checkSpan('carrier', c.carrier.span, n);
    for (const w of [...c.argv, ...c.raw]) checkSpan(`word ${JSON.stringify(w.text.slice(0, 30))}`, w.span, n);
    for (const a of c.assigns) for (const s of [a.span, a.nameSpan, a.valueSpan]) checkSpan('assignment', s, n);
  }
  for (const a of facts.env) for (const s of [a.span, a.nameSpan, a.valueSpan]) checkSpan(`env ${a.name.slice(0, 30)}`, s, n);
}

const allEnabled = new Map<string, RuleSetting>(allRules.map((r) => [r.id, { severity: r.severity, options: r.options ?? {} }]));
const ruleMap = new Map(allRules.map((r) => [r.id, r]));

/** Findings point inside the file, start before end; and no rule crashed. */
function checkFindings(source: SourceFile, findings: { ruleId: string; message: string; span: Span; start: { line: number; column: number }; end: { line: number; column: number } }[]): void {
  for (const f of findings) {
    assert.notEqual(f.ruleId, 'PL001', `a rule crashed: ${f.message}`);
    checkSpan(`${f.ruleId} finding`, f.span, source.text.length);
    assert.ok(f.start.line >= 1 && f.start.line <= source.lineCount && f.start.column >= 1, `${f.ruleId} start ${JSON.stringify(f.start)}`);
    assert.ok(f.end.line > f.start.line || (f.end.line === f.start.line && f.end.column >= f.start.column), `${f.ruleId} end ${JSON.stringify(f.end)} after start ${JSON.stringify(f.start)}`);
  }
}

// ---------------------------------------------------------------------------------------------

const fixtures = fixtureFiles();
const scratch = tempRepo('property');

describe('every parser, carrier and rule survives random and mutated input', () => {
  for (const kind of KINDS) {
    test(`${kind}: ${RUNS_PER_KIND} inputs`, { timeout: 900_000 }, async () => {
      const path = DEFAULT_PATHS[kind];
      await fc.assert(
        fc.asyncProperty(contentFor(fixtures.get(kind)!), async (text) => {
          const source = new SourceFile(path, join(scratch, path), text);
          const doc = await parseFile(kind, source, 'production');
          assert.equal(doc.kind, kind);
          const facts = await extractFacts(doc);
          checkDocument(doc, facts);
          const out = await analyzeFile(
            { rel: path, abs: join(scratch, path), kind, environment: 'production', text, via: [] },
            { rules: ruleMap, enabled: allEnabled, project: liteProject(scratch, { rel: path, via: [] }), inlineSuppressions: true, timeoutMs: 60_000 },
          );
          checkFindings(source, out.findings);
          for (const d of out.directives) checkSpan('directive', d.span, source.text.length);
        }),
        { seed: SEED + KINDS.indexOf(kind), numRuns: RUNS_PER_KIND, includeErrorInReport: true },
      );
    });
  }
});

describe('the whole engine survives a repository of mutated files', () => {
  test(`${ENGINE_RUNS} repositories, one mutated file of every kind each`, { timeout: 900_000 }, async () => {
    const files = fc.tuple(...KINDS.map((k) => contentFor(fixtures.get(k)!)));
    await fc.assert(
      fc.asyncProperty(files, async (texts) => {
        const dir = tempRepo('property-run');
        try {
          const tree: Record<string, string> = {};
          KINDS.forEach((k, i) => (tree[`svc/${DEFAULT_PATHS[k]}`] = texts[i]!));
          // A Dockerfile and compose file that start the mutated script, so cross-file rules run.
          tree['Dockerfile'] = 'FROM python:3.12\nCOPY svc /app\nCMD ["/app/start.sh"]\n';
          tree['compose.yaml'] = 'services:\n  api:\n    build: .\n    command: ./svc/start.sh\n';
          writeFiles(dir, tree);
          const { settings } = loadSettings({ paths: [dir], cwd: dir, root: dir, rules: allRules, config: defaultConfig() });
          const result = await run(settings);
          for (const f of result.findings) checkFindings(result.sources.get(f.path) ?? new SourceFile(f.path, '', tree[f.path] ?? ''), [f]);
          JSON.parse(formatSarif(result));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: ENGINE_RUNS, includeErrorInReport: true },
    );
  });
});

test('cleanup', () => rmSync(scratch, { recursive: true, force: true }));
