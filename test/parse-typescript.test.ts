import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTypeScript, typescriptLoaded, type TypeScriptDocument } from '../src/parse/typescript.js';
import { SourceFile } from '../src/source.js';
import {
  calleeName,
  childrenOf,
  dottedName,
  enclosingFunction,
  enclosingLoops,
  enclosingTryCatch,
  enclosingTryCatches,
  findAll,
  functionValue,
  hasCatchHandler,
  hasProperty,
  inAsyncFunction,
  isInfiniteLoop,
  literalOf,
  methodName,
  objectLiteral,
  ownAwaits,
  propertyValue,
  resolverFor,
  scheduledCallback,
  walk,
  type Node,
  type TSESTree,
} from '../src/js/index.js';

type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

async function parse(text: string, path = 'src/app.ts'): Promise<TypeScriptDocument> {
  return parseTypeScript(new SourceFile(path, '', text), 'production');
}

function callsOf(doc: TypeScriptDocument): CallLike[] {
  return findAll(doc.tree.program, ['CallExpression', 'NewExpression']);
}

/** The first call or `new` whose source text starts with `prefix`. */
function callStarting(doc: TypeScriptDocument, prefix: string): CallLike {
  const text = doc.source.text;
  const c = callsOf(doc).find((n) => text.slice(n.range[0], n.range[1]).startsWith(prefix));
  assert.ok(c, `no call starting with ${prefix}`);
  return c;
}

function ref(doc: TypeScriptDocument, prefix: string): string | null {
  return resolverFor(doc.tree.program).qualifiedName(callStarting(doc, prefix).callee);
}

// Must run first: importing the parser module must not load TypeScript.
test('typescript is loaded lazily, on the first TS/JS parse only', async () => {
  assert.equal(typescriptLoaded(), false);
  await parse('export {};\n');
  assert.equal(typescriptLoaded(), true);
});

test('node and comment ranges are UTF-16 offsets into the BOM-stripped text, CRLF included', async () => {
  const text = '\ufeff// héllo 😀\r\nconst s = "é😀"; /* block\r\n comment */ axios.get(url);\r\n';
  const source = new SourceFile('src/app.ts', '', text);
  const doc = await parseTypeScript(source, 'production');
  const call = callStarting(doc, 'axios.get');
  assert.equal(call.range[0], source.text.indexOf('axios.get'));
  assert.equal(source.text.slice(call.range[0], call.range[1]), 'axios.get(url)');
  assert.deepEqual(source.positionAt(call.range[0]), { line: 3, column: 13 });
  assert.deepEqual(
    doc.comments.map((c) => [source.slice(c.span), c.body, c.ownLine]),
    [
      ['// héllo 😀', ' héllo 😀', true],
      ['/* block\r\n comment */', ' block\r\n comment ', false],
    ],
  );
  assert.deepEqual(doc.parseErrors, []);
});

test('comments: only real ones, wherever they sit', async () => {
  const text = [
    'const url = "http://example.com"; // after a string',
    "const re = /\\/\\/+/g; /* after a regex */",
    'const t = `/* not ${a /* inside */} a comment */`;',
    'call(a, // after a comma',
    '  "b");',
    'if (x) {',
    '  // in an empty block',
    '}',
    'const o = { /* in an empty object */ };',
    'const el = <div>// JSX text, not a comment {/* a JSX comment */}</div>;',
    '// at the end',
  ].join('\n');
  const source = new SourceFile('src/c.tsx', '', text);
  const doc = await parseTypeScript(source, 'production');
  assert.deepEqual(doc.parseErrors, []);
  assert.deepEqual(
    doc.comments.map((c) => source.slice(c.span)),
    [
      '// after a string',
      '/* after a regex */',
      '/* inside */',
      '// after a comma',
      '// in an empty block',
      '/* in an empty object */',
      '/* a JSX comment */',
      '// at the end',
    ],
  );
  assert.deepEqual(doc.comments.map((c) => c.ownLine), [false, false, false, false, true, false, false, true]);
});

test('every node has a parent link', async () => {
  const doc = await parse('class A { m() { return [1, { a: () => x?.y }]; } }\n');
  let count = 0;
  walk(doc.tree.program, (n) => {
    count++;
    if (n.type === 'Program') assert.equal(n.parent, undefined);
    else assert.ok(n.parent && childrenOf(n.parent).includes(n), `${n.type} has a wrong parent`);
  });
  assert.ok(count > 15);
});

test('JSX parses in .tsx, .jsx and .js; in .ts it is a parse error, not a throw', async () => {
  const jsx = 'export const A = () => <div className="x">{items.map((i) => <Item key={i} />)}</div>;\n';
  for (const path of ['src/A.tsx', 'src/A.jsx', 'src/A.js', 'src/A.mjs', 'src/A.cjs']) {
    const doc = await parse(jsx, path);
    assert.deepEqual(doc.parseErrors, [], path);
    assert.equal(findAll(doc.tree.program, 'JSXElement').length, 2, path);
  }
  const asTs = await parse(jsx, 'src/A.ts');
  assert.ok(asTs.parseErrors.length > 0);
  // In .ts files `<T>x` is a type assertion and must keep working.
  const cast = await parse('const n = <number>value;\n', 'src/cast.ts');
  assert.deepEqual(cast.parseErrors, []);
});

test('syntax errors become parse problems and the rest of the file is still a tree', async () => {
  const text = 'import axios from "axios";\nconst x = (;\nfunction ok() {\n  return axios.get(url);\n}\n';
  const source = new SourceFile('src/app.ts', '', text);
  const doc = await parseTypeScript(source, 'production');
  assert.ok(doc.parseErrors.length >= 1);
  const first = doc.parseErrors[0]!;
  assert.match(first.message, /^TypeScript syntax error: Expression expected/);
  assert.equal(source.lineOf(first.span.start), 2);
  assert.equal(ref(doc, 'axios.get'), 'axios.get', 'statements after the error are analysed');
  assert.ok(findAll(doc.tree.program, 'FunctionDeclaration').length === 1);
});

test('checks done by the converter (not the TS parser) are parse errors too', async () => {
  const doc = await parse('switch (x) { default: a(); default: b(); }\nafter();\n');
  assert.equal(doc.parseErrors.length, 1);
  assert.match(doc.parseErrors[0]!.message, /'default' clause/);
  assert.ok(callStarting(doc, 'after'));
});

test('parse errors are capped at five', async () => {
  const doc = await parse(Array.from({ length: 30 }, (_, i) => `const a${i} = (;\n`).join(''));
  assert.equal(doc.parseErrors.length, 5);
});

test('deep nesting never throws; what can be converted is kept', async () => {
  // Too deep for TypeScript's recursive parser: an empty program and a parse error.
  const callbacks = await parse('f(() => {'.repeat(5000) + '})'.repeat(5000) + '\n');
  assert.equal(callbacks.tree.program.body.length, 0);
  assert.match(callbacks.parseErrors[0]!.message, /nested too deeply/);

  const parens = await parse('x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + ';\n');
  assert.ok(parens.parseErrors.length > 0);

  // Parsed by TypeScript but too deep for the converter: the other statements survive.
  const chain = await parse('const s = 1' + ' + 1'.repeat(5000) + ';\n// keep me\naxios.get(url);\n');
  assert.ok(chain.parseErrors.some((e) => /not analysed/.test(e.message)));
  assert.equal(calleeName(callStarting(chain, 'axios.get')), 'axios.get');
  assert.deepEqual(chain.comments.map((c) => c.body), [' keep me']);
});

test('hostile input: binary junk and a 300,000-character line', async () => {
  let junk = '';
  for (let i = 0; i < 20000; i++) junk += String.fromCharCode((i * 7919) % 65536);
  const j = await parse(junk, 'src/junk.js');
  assert.ok(j.parseErrors.length > 0 && j.parseErrors.length <= 5);

  const long = 'const a = [' + '1, '.repeat(100000) + '];\naxios.get(u);\n';
  assert.ok(long.length > 300000);
  const l = await parse(long);
  assert.deepEqual(l.parseErrors, []);
  assert.equal(calleeName(callStarting(l, 'axios.get')), 'axios.get');
});

test('logical lines: statements up to the first body they open', async () => {
  const doc = await parse(
    [
      'import {', // 1
      '  a,', // 2
      '} from "a";', // 3
      'const r = await axios.get(url, {', // 4
      '  timeout: 5,', // 5
      '});', // 6
      'setInterval(async () => {', // 7
      '  await tick(', // 8
      '    1);', // 9
      '}, 1000);', // 10
      'if (a &&', // 11
      '    b) {', // 12
      '  c();', // 13
      '} else if (d ||', // 14
      '    e) {', // 15
      '}', // 16
      'switch (', // 17
      '  x) {', // 18
      '  case 1:', // 19
      '    go(', // 20
      '      1);', // 21
      '}', // 22
      'class A {', // 23
      '  @Inject()', // 24
      '  private readonly x: X;', // 25
      '}', // 26
      'if (x) { foo(', // 27
      '  1); }', // 28
    ].join('\n') + '\n',
  );
  assert.deepEqual(doc.logicalLines, [
    { first: 1, last: 3 },
    { first: 4, last: 6 },
    { first: 8, last: 9 },
    { first: 11, last: 12 },
    { first: 14, last: 15 },
    { first: 17, last: 18 },
    { first: 20, last: 21 },
    { first: 24, last: 25 },
    { first: 27, last: 28 },
  ]);
});

test('imports and requires resolve to module and export path in every form', async () => {
  const doc = await parseTypeScript(
    new SourceFile(
      'src/db.ts',
      '',
      [
        'import axios from "axios";',
        "import * as pg from 'pg';",
        "import pgDefault from 'pg';",
        "import { Pool as PgPool } from 'pg';",
        "import { default as got } from 'got';",
        "import http from 'node:http';",
        "import Redis from 'ioredis';",
        "import mysql = require('mysql2');",
        'const { Pool } = require("pg");',
        "const { createPool: cp } = require('mysql2/promise');",
        "const ax = require('axios').default;",
        'const client = axios.create({ baseURL });',
        'const alias = axios;',
        'new pg.Pool({});',
        'new pgDefault.Pool({});',
        'new PgPool({});',
        'new Pool({});',
        'cp({});',
        'ax.get(u);',
        'client.get(u);',
        'alias.post(u);',
        'got(u);',
        'http.request(o);',
        'new Redis();',
        'mysql.createPool({});',
        "require('https').get(u);",
        'localThing.get(u);',
      ].join('\n') + '\n',
    ),
    'production',
  );
  assert.equal(ref(doc, 'new pg.Pool'), 'pg.Pool');
  assert.equal(ref(doc, 'new pgDefault.Pool'), 'pg.Pool');
  assert.equal(ref(doc, 'new PgPool'), 'pg.Pool');
  assert.equal(ref(doc, 'new Pool'), 'pg.Pool');
  assert.equal(ref(doc, 'cp('), 'mysql2/promise.createPool');
  assert.equal(ref(doc, 'ax.get'), 'axios.get');
  assert.equal(ref(doc, 'client.get'), 'axios.create.get');
  assert.equal(ref(doc, 'alias.post'), 'axios.post');
  assert.equal(ref(doc, 'got('), 'got');
  assert.equal(ref(doc, 'http.request'), 'http.request');
  assert.equal(ref(doc, 'new Redis'), 'ioredis');
  assert.equal(ref(doc, 'mysql.createPool'), 'mysql2.createPool');
  assert.equal(ref(doc, "require('https').get"), 'https.get');
  assert.equal(ref(doc, 'localThing.get'), null);
  // `via` holds the call that created the instance, so a rule can read its options.
  const r = resolverFor(doc.tree.program).resolve(callStarting(doc, 'client.get').callee)!;
  assert.deepEqual(r.path, ['create', 'get']);
  assert.equal(r.via.length, 1);
  assert.equal(hasProperty(r.via[0]!.arguments[0], 'timeout'), 'absent');
  assert.equal(hasProperty(r.via[0]!.arguments[0], 'baseURL'), 'present');
});

test('scoping: locals and parameters shadow imports; class members and typed parameters resolve', async () => {
  const doc = await parse(
    [
      "import axios from 'axios';",
      "import { HttpService } from '@nestjs/axios';",
      "import Redis from 'ioredis';",
      'function a(axios) { axios.get(u); }',
      'function b() { const axios = makeClient(); axios.get(u); }',
      'function c(http: HttpService | undefined) { http.get(u); }',
      'class Svc {',
      '  private client = axios.create({ timeout: 1 });',
      '  private redis: Redis;',
      '  constructor(private readonly http: HttpService) {}',
      '  async init() { this.redis = new Redis(); }',
      '  async run() {',
      '    await this.client.get(u);',
      '    await this.http.get(u);',
      '    await this.redis.get(k);',
      '    const f = () => this.client.post(u);',
      '    function g() { return this.client.put(u); }',
      '  }',
      '}',
      'axios.get(u);',
    ].join('\n') + '\n',
  );
  const all = callsOf(doc);
  const onLine = (line: number, prefix: string) =>
    all.find((c) => doc.source.lineOf(c.range[0]) === line && doc.source.text.slice(c.range[0]).startsWith(prefix))!;
  const res = resolverFor(doc.tree.program);
  assert.equal(res.qualifiedName(onLine(4, 'axios.get').callee), null);
  assert.equal(res.qualifiedName(onLine(5, 'axios.get').callee), null);
  assert.equal(res.qualifiedName(onLine(6, 'http.get').callee), '@nestjs/axios.HttpService.get');
  assert.equal(res.qualifiedName(onLine(13, 'this.client.get').callee), 'axios.create.get');
  assert.equal(res.qualifiedName(onLine(14, 'this.http.get').callee), '@nestjs/axios.HttpService.get');
  assert.equal(res.qualifiedName(onLine(15, 'this.redis.get').callee), 'ioredis.get');
  assert.equal(res.qualifiedName(onLine(16, 'this.client.post').callee), 'axios.create.post', 'arrows keep `this`');
  assert.equal(res.qualifiedName(onLine(17, 'this.client.put').callee), null, 'a plain function rebinds `this`');
  assert.equal(res.qualifiedName(onLine(20, 'axios.get').callee), 'axios.get');
});

test('object options: present, absent, unknown through spreads, followed through a const', async () => {
  const doc = await parse(
    [
      'new Pool({ max: 10, connectionTimeoutMillis: 5000 });',
      'new Pool({ max: 10 });',
      'new Pool({ ...config, max: 10 });',
      'new Pool({ [key]: 1 });',
      "new Pool({ 'connectionTimeoutMillis': 1 });",
      'const opts = { timeout: 1000 };',
      'axios.get(u, opts);',
      'axios.get(u, makeOpts());',
    ].join('\n') + '\n',
  );
  const res = resolverFor(doc.tree.program);
  const news = findAll(doc.tree.program, 'NewExpression');
  const presence = news.map((n) => hasProperty(n.arguments[0], 'connectionTimeoutMillis'));
  assert.deepEqual(presence, ['present', 'absent', 'unknown', 'unknown', 'present']);
  assert.deepEqual(literalOf(propertyValue(news[0]!.arguments[0], 'max')!), { kind: 'number', value: 10 });
  const gets = findAll(doc.tree.program, 'CallExpression');
  assert.equal(hasProperty(objectLiteral(gets[0]!.arguments[1], res), 'timeout'), 'present');
  assert.equal(hasProperty(objectLiteral(gets[1]!.arguments[1], res), 'timeout'), 'unknown');
});

test('enclosing function, try/catch (not try/finally), catch handlers on promises', async () => {
  const doc = await parse(
    [
      'async function worker() {',
      '  try {',
      '    await a();',
      '    const cb = () => b();',
      '  } catch (e) {',
      '    await c();',
      '  } finally {',
      '    await d();',
      '  }',
      '  try {',
      '    await e();',
      '  } finally {}',
      '  await f().catch(log);',
      '  await g().then(ok, fail);',
      '  await h().catch(log).finally(done);',
      '  await i().then(ok);',
      '}',
      'function sync() { j(); }',
    ].join('\n') + '\n',
  );
  const at = (p: string) => callStarting(doc, p);
  assert.equal(enclosingFunction(at('a('))?.type, 'FunctionDeclaration');
  assert.equal(inAsyncFunction(at('a(')), true);
  assert.equal(inAsyncFunction(at('j(')), false);
  assert.ok(enclosingTryCatch(at('a(')));
  assert.equal(enclosingTryCatch(at('b(')), null, 'a nested function is a boundary');
  assert.equal(enclosingTryCatch(at('c(')), null, 'the catch block is not guarded by its own try');
  assert.equal(enclosingTryCatch(at('d(')), null);
  assert.equal(enclosingTryCatch(at('e(')), null, 'try/finally without catch does not count');
  assert.equal(enclosingTryCatches(at('a(')).length, 1);
  assert.equal(hasCatchHandler(at('f().catch')), true);
  assert.equal(hasCatchHandler(at('g().then')), true);
  assert.equal(hasCatchHandler(at('h().catch(log).finally')), true);
  assert.equal(hasCatchHandler(at('i().then')), false);
  assert.equal(hasCatchHandler(at('a(')), false);
  const awaitF = findAll(doc.tree.program, 'AwaitExpression').find((a) => doc.source.text.slice(a.range[0]).startsWith('await f'))!;
  assert.equal(hasCatchHandler(awaitF), true, 'accepts the await itself');
  const fn = findAll(doc.tree.program, 'FunctionDeclaration')[0]!;
  assert.equal(ownAwaits(fn).length, 8);
});

test('loops: infinite-loop heuristics and which loops repeat a node', async () => {
  const cases: [string, boolean][] = [
    ['while (true) {}', true],
    ['while (1) {}', true],
    ['for (;;) {}', true],
    ['do {} while (true);', true],
    ['while (!stopped) {}', true],
    ['while (!this.isShuttingDown) {}', true],
    ['while (!this.ready) {}', false],
    ['while (!this.shuttingDown) {}', true],
    ['while (!signal.aborted) {}', true],
    ['while (this.running) {}', true],
    ['while (queue.length) {}', false],
    ['for (let i = 0; i < n; i++) {}', false],
    ['for (const x of xs) {}', false],
  ];
  for (const [code, expected] of cases) {
    const doc = await parse(code + '\n');
    assert.equal(isInfiniteLoop(doc.tree.program.body[0]!), expected, code);
  }
  const doc = await parse('for (const x of items()) { for (let i = init(); check(i); step(i)) { body(); } }\n');
  assert.equal(enclosingLoops(callStarting(doc, 'items')).length, 0);
  assert.equal(enclosingLoops(callStarting(doc, 'init')).length, 1);
  assert.equal(enclosingLoops(callStarting(doc, 'check')).length, 2);
  assert.equal(enclosingLoops(callStarting(doc, 'body')).length, 2);
});

test('timer and scheduler callbacks', async () => {
  const doc = await parse(
    [
      "import cron from 'node-cron';",
      "import { CronJob } from 'cron';",
      "import schedule from 'node-schedule';",
      "import { setInterval as every } from 'timers/promises';",
      'async function tick() { await work(); }',
      'setInterval(async () => { await work(); }, 1000);',
      'setTimeout(tick, 5000);',
      "cron.schedule('* * * * *', async () => {});",
      "new CronJob('* * * * *', async () => {});",
      "schedule.scheduleJob('name', '* * * * *', async () => {});",
      'every(1000);',
      'setInterval(notAFunctionWeKnow, 1000);',
    ].join('\n') + '\n',
  );
  const res = resolverFor(doc.tree.program);
  const kinds = callsOf(doc)
    .map((c) => scheduledCallback(c, res))
    .filter((s) => s !== null)
    .map((s) => `${methodName(s.call)}:${s.kind}:${s.callback.async}`);
  assert.deepEqual(kinds, ['setInterval:interval:true', 'setTimeout:timeout:true', 'schedule:cron:true', 'CronJob:cron:true', 'scheduleJob:cron:true']);
  const named = callStarting(doc, 'setTimeout');
  assert.equal(functionValue(named.arguments[0]!, res)?.type, 'FunctionDeclaration');
});

test('literals and dotted names', async () => {
  const doc = await parse('f(null, undefined, -1, !0, `x`, `a${b}`, "s", void 0, this.a.b, a[0].b, a["c"]);\n');
  const args = (doc.tree.program.body[0] as TSESTree.ExpressionStatement).expression as TSESTree.CallExpression;
  const lits = args.arguments.slice(0, 8).map((a) => literalOf(a as Node));
  assert.deepEqual(lits, [
    { kind: 'null' },
    { kind: 'undefined' },
    { kind: 'number', value: -1 },
    { kind: 'boolean', value: true },
    { kind: 'string', value: 'x' },
    { kind: 'unknown' },
    { kind: 'string', value: 's' },
    { kind: 'undefined' },
  ]);
  assert.deepEqual(args.arguments.slice(8).map((a) => dottedName(a as Node)), ['this.a.b', null, 'a.c']);
});
