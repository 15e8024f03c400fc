import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePython, type PythonDocument } from '../src/parse/python.js';
import { SourceFile } from '../src/source.js';
import {
  argument,
  callArguments,
  calleeName,
  calls,
  descendantsOfType,
  dottedName,
  enclosingFunction,
  enclosingLoops,
  enclosingTries,
  enclosingWiths,
  guardedByBroadExcept,
  isAwaited,
  isLongRunningLoop,
  kwarg,
  literalOf,
  methodName,
  moduleImports,
  nodeAt,
  resolverFor,
  resultDiscarded,
  startedFunctions,
  stringTemplate,
  stringValue,
  walk,
  type PyNode,
} from '../src/python/index.js';

async function parse(text: string, path = 'app.py'): Promise<PythonDocument> {
  return parsePython(new SourceFile(path, '', text), 'production');
}

/** The call whose source text starts with `prefix` (the first one). */
function callStarting(doc: PythonDocument, prefix: string): PyNode {
  const c = calls(doc.tree.root).find((n) => n.text.startsWith(prefix));
  assert.ok(c, `no call starting with ${prefix}`);
  return c;
}

/** Qualified name of the callee of the first call starting with `prefix`. */
function qualified(doc: PythonDocument, prefix: string): string | null {
  return resolverFor(doc.tree).calleeQualifiedName(callStarting(doc, prefix));
}

test('node offsets are UTF-16 indexes into the BOM-stripped text', async () => {
  const text = '\ufeffname = "é😀"  # ünï 😀\napp.run(debug=True)\n';
  const source = new SourceFile('app.py', '', text);
  const doc = await parsePython(source, 'production');
  const call = callStarting(doc, 'app.run');
  assert.equal(call.start, source.text.indexOf('app.run'));
  assert.equal(call.end, source.text.indexOf(')') + 1);
  const kw = kwarg(call, 'debug')!;
  assert.equal(source.slice(kw.node.span), 'debug=True');
  assert.deepEqual(source.positionAt(kw.node.start), { line: 2, column: 9 });
  assert.equal(doc.comments.length, 1);
  assert.equal(source.slice(doc.comments[0]!.span), '# ünï 😀');
  assert.equal(doc.comments[0]!.body, ' ünï 😀');
  assert.equal(doc.comments[0]!.ownLine, false);
  assert.equal(doc.tree.root.start, 0);
  assert.equal(doc.tree.root.end, source.text.length);
});

test('CRLF: comments end before the carriage return; own-line comments are flagged', async () => {
  const source = new SourceFile('app.py', '', 'x = 1  # trailing\r\n    # own line\r\ny = 2\r\n');
  const doc = await parsePython(source, 'production');
  assert.deepEqual(
    doc.comments.map((c) => [source.slice(c.span), c.body, c.ownLine]),
    [
      ['# trailing', ' trailing', false],
      ['# own line', ' own line', true],
    ],
  );
  assert.deepEqual(doc.parseErrors, []);
});

test('logical lines: multi-line simple statements, compound headers, decorators', async () => {
  const doc = await parse(
    [
      'import os', // 1
      'app.run(', // 2
      '    debug=True)', // 3
      '@app.route(', // 4
      '    "/")', // 5
      'def index(a,', // 6
      '          b):', // 7
      '    return render(', // 8
      '        "x")', // 9
      'if (a and', // 10
      '        b):', // 11
      '    pass', // 12
      'elif (c or', // 13
      '      d):', // 14
      '    pass', // 15
      'with httpx.Client(', // 16
      '        timeout=None) as c: c.get(', // 17
      '    u)', // 18
      'x = """doc', // 19
      'string"""', // 20
      'y = 1 + \\', // 21
      '    2', // 22
      'while True:', // 23
      '    step()', // 24
    ].join('\n') + '\n',
  );
  assert.deepEqual(doc.logicalLines, [
    { first: 2, last: 3 },
    { first: 4, last: 7 },
    { first: 8, last: 9 },
    { first: 10, last: 11 },
    { first: 13, last: 14 },
    // The with header (16-17) and the one-line body statement (17-18) overlap and merge.
    { first: 16, last: 18 },
    { first: 19, last: 20 },
    { first: 21, last: 22 },
  ]);
});

test('syntax errors become parse problems with spans, and the rest of the tree is usable', async () => {
  const text = 'import requests\ndef broken(:\n    pass\nrequests.get(url)\n';
  const source = new SourceFile('app.py', '', text);
  const doc = await parsePython(source, 'production');
  assert.ok(doc.parseErrors.length >= 1);
  const first = doc.parseErrors[0]!;
  assert.equal(source.lineOf(first.span.start), 2);
  assert.match(first.message, /^Python syntax error/);
  assert.ok(first.span.end <= source.lineEnd(2), 'an error span stays on its first line');
  assert.equal(qualified(doc, 'requests.get'), 'requests.get');
});

test('a missing token is reported at its position', async () => {
  const source = new SourceFile('app.py', '', 'x = (1 +\n');
  const doc = await parsePython(source, 'production');
  assert.ok(doc.parseErrors.length >= 1);
  for (const e of doc.parseErrors) assert.ok(e.span.start >= 0 && e.span.end <= source.text.length);
});

test('parse errors are capped at five', async () => {
  const text = Array.from({ length: 40 }, (_, i) => `def f${i}(:\n    pass\nx${i} = )\n`).join('');
  const doc = await parse(text);
  assert.equal(doc.parseErrors.length, 5);
});

test('hostile input: 5,000-deep nesting, binary junk, a 300,000-character line', async () => {
  const deepParens = 'x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + '\n';
  const d1 = await parse(deepParens);
  assert.deepEqual(d1.parseErrors, []);
  let depth = 0;
  for (let n = nodeAt(d1.tree.root, 5004); n.parent; n = n.parent) depth++;
  assert.ok(depth > 5000, `expected a deep tree, got depth ${depth}`);
  assert.equal(calls(d1.tree.root).length, 0);

  const deepCalls = 'import requests\nx = ' + 'f('.repeat(5000) + 'requests.get(u, timeout=' + '-'.repeat(5000) + '1)' + ')'.repeat(5000) + '\n';
  const d2 = await parse(deepCalls);
  assert.deepEqual(d2.parseErrors, []);
  const all = calls(d2.tree.root);
  assert.equal(all.length, 5001);
  const get = all.find((c) => calleeName(c) === 'requests.get')!;
  assert.equal(resolverFor(d2.tree).calleeQualifiedName(get), 'requests.get');
  assert.deepEqual(kwarg(get, 'timeout')!.literal, { kind: 'number', value: 1 });
  assert.equal(enclosingFunction(get), null);

  // Block nesting costs indentation quadratic in depth; 1,000 levels is already a 0.5 MB file.
  const deepBlocks = Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(1000) + 'go()\n';
  const d5 = await parse(deepBlocks);
  assert.deepEqual(d5.parseErrors, []);
  assert.equal(enclosingLoops(calls(d5.tree.root)[0]!).length, 0);

  let junk = '';
  for (let i = 0; i < 20000; i++) junk += String.fromCharCode((i * 7919) % 65536);
  const d3 = await parse(junk);
  assert.ok(d3.parseErrors.length > 0 && d3.parseErrors.length <= 5);

  const longLine = 'x = [' + '1, '.repeat(100000) + ']\nrequests.get(u)\n';
  assert.ok(longLine.length > 300000);
  const d4 = await parse(longLine);
  assert.deepEqual(d4.parseErrors, []);
  assert.equal(calleeName(calls(d4.tree.root)[0]!), 'requests.get');
});

test('empty and comment-only files', async () => {
  const empty = await parse('');
  assert.equal(empty.tree.root.type, 'module');
  assert.deepEqual([empty.comments, empty.logicalLines, empty.parseErrors], [[], [], []]);
  const onlyComment = await parse('# just a comment');
  assert.equal(onlyComment.comments.length, 1);
  assert.equal(onlyComment.comments[0]!.ownLine, true);
});

test('callee names, method names and arguments', async () => {
  const doc = await parse('app.run(host, port=8000, debug=True, reload=False, t=None, n=-1.5, s="x", **opts)\nget_app().run(1, *rest)\n');
  const run = callStarting(doc, 'app.run');
  assert.equal(calleeName(run), 'app.run');
  assert.equal(methodName(run), 'run');
  const args = callArguments(run);
  assert.equal(args.positional.length, 1);
  assert.equal(args.hasStarKwargs, true);
  assert.equal(args.hasStarArgs, false);
  assert.deepEqual(kwarg(run, 'port')!.literal, { kind: 'number', value: 8000 });
  assert.equal(kwarg(run, 'debug')!.isTrue, true);
  assert.equal(kwarg(run, 'reload')!.isFalse, true);
  assert.equal(kwarg(run, 't')!.isNone, true);
  assert.deepEqual(kwarg(run, 'n')!.literal, { kind: 'number', value: -1.5 });
  assert.deepEqual(kwarg(run, 's')!.literal, { kind: 'string', value: 'x' });
  assert.equal(kwarg(run, 'timeout'), undefined);
  assert.equal(argument(run, 0, 'host')!.text, 'host');
  const other = callStarting(doc, 'get_app().run');
  assert.equal(calleeName(other), null);
  assert.equal(methodName(other), 'run');
  assert.equal(callArguments(other).hasStarArgs, true);
});

test('a keyword value that is computed is unknown, not None', async () => {
  const doc = await parse('requests.get(u, timeout=settings.TIMEOUT)\n');
  const kw = kwarg(callStarting(doc, 'requests.get'), 'timeout')!;
  assert.equal(kw.isNone, false);
  assert.equal(kw.literal.kind, 'unknown');
  assert.equal(kw.value.text, 'settings.TIMEOUT');
});

test('string literals: escapes, raw strings, concatenation, f-strings', async () => {
  const doc = await parse(
    [
      'a = "tab\\there\\x41\\u00e9\\\\n"',
      "b = r'raw\\n'",
      'c = "SELECT " \'pg_advisory_lock(1)\'',
      'd = f"SELECT pg_advisory_lock({key})"',
      'e = b"bytes"',
      "f = '''multi\nline'''",
      'g = 0x10',
      'h = 1_000',
    ].join('\n') + '\n',
  );
  const values = descendantsOfType(doc.tree.root, 'assignment').map((a) => a.child('right')!);
  assert.equal(stringValue(values[0]!), 'tab\there' + 'A' + 'é' + '\\n');
  assert.equal(stringValue(values[1]!), 'raw\\n');
  assert.equal(stringValue(values[2]!), 'SELECT pg_advisory_lock(1)');
  assert.equal(stringValue(values[3]!), null);
  assert.equal(stringTemplate(values[3]!), 'SELECT pg_advisory_lock({key})');
  assert.equal(stringValue(values[4]!), 'bytes');
  assert.equal(stringValue(values[5]!), 'multi\nline');
  assert.deepEqual(literalOf(values[6]!), { kind: 'number', value: 16 });
  assert.deepEqual(literalOf(values[7]!), { kind: 'number', value: 1000 });
});

test('imports: every form binds the right qualified name', async () => {
  const doc = await parse(
    [
      'import requests as r',
      'import redis.asyncio as redis',
      'import os.path',
      'from requests import get',
      'from motor.motor_asyncio import AsyncIOMotorClient',
      'from sqlalchemy import create_engine as ce',
      'from . import util',
      'from ..pkg.mod import thing',
      'from helpers import *',
      'r.get(u)',
      'redis.Redis()',
      'os.path.join(a, b)',
      'get(u)',
      'AsyncIOMotorClient(uri)',
      'ce(dsn)',
      'util.go()',
      'thing()',
      'open(f)',
    ].join('\n') + '\n',
  );
  assert.equal(qualified(doc, 'r.get'), 'requests.get');
  assert.equal(qualified(doc, 'redis.Redis'), 'redis.asyncio.Redis');
  assert.equal(qualified(doc, 'os.path.join'), 'os.path.join');
  assert.equal(qualified(doc, 'get('), 'requests.get');
  assert.equal(qualified(doc, 'AsyncIOMotorClient'), 'motor.motor_asyncio.AsyncIOMotorClient');
  assert.equal(qualified(doc, 'ce('), 'sqlalchemy.create_engine');
  assert.equal(qualified(doc, 'util.go'), '.util.go');
  assert.equal(qualified(doc, 'thing('), '..pkg.mod.thing');
  const res = resolverFor(doc.tree);
  const open = res.resolve(callStarting(doc, 'open(').child('function')!)!;
  assert.deepEqual([open.name, open.root], ['open', 'unbound']);
  assert.equal(res.resolve(callStarting(doc, 'r.get').child('function')!)!.root, 'import');
  const imports = moduleImports(doc.tree.root);
  assert.deepEqual(imports.wildcards, ['helpers']);
  assert.ok(imports.modules.has('redis.asyncio') && imports.modules.has('motor.motor_asyncio') && imports.modules.has('.'));
});

test('imports inside functions and try/except ImportError are seen', async () => {
  const doc = await parse('try:\n    import ujson as json\nexcept ImportError:\n    import json\ndef f():\n    import httpx\n    httpx.get(u)\n    json.loads(s)\n');
  assert.equal(qualified(doc, 'httpx.get'), 'httpx.get');
  // Both imports bind `json`; the last one written before the use wins.
  assert.equal(qualified(doc, 'json.loads'), 'json.loads');
});

test('local bindings: sessions, clients, context managers, aliases, awaited pools', async () => {
  const doc = await parse(
    [
      'import requests, httpx, asyncpg, aiohttp',
      's = requests.Session()',
      'async def main(dsn):',
      '    pool = await asyncpg.create_pool(dsn)',
      '    async with pool.acquire() as conn:',
      '        async with conn.transaction():',
      '            await conn.execute(q)',
      '    async with httpx.AsyncClient() as client, aiohttp.ClientSession() as session:',
      '        await client.get(u)',
      '        async with session.get(u) as resp:',
      '            await resp.text()',
      '    s.get(u)',
      '    http = requests',
      '    http.post(u)',
      '    requests.Session().put(u)',
    ].join('\n') + '\n',
  );
  assert.equal(qualified(doc, 's.get'), 'requests.Session.get');
  assert.equal(qualified(doc, 'pool.acquire'), 'asyncpg.create_pool.acquire');
  assert.equal(qualified(doc, 'conn.transaction'), 'asyncpg.create_pool.acquire.transaction');
  assert.equal(qualified(doc, 'client.get'), 'httpx.AsyncClient.get');
  assert.equal(qualified(doc, 'session.get'), 'aiohttp.ClientSession.get');
  assert.equal(qualified(doc, 'resp.text'), 'aiohttp.ClientSession.get.text');
  assert.equal(qualified(doc, 'http.post'), 'requests.post');
  assert.equal(qualified(doc, 'requests.Session().put'), 'requests.Session.put');
  // `via` lists the calls followed, so a rule can read the constructor's arguments.
  const r = resolverFor(doc.tree).resolve(callStarting(doc, 's.get').child('function')!)!;
  assert.deepEqual(r.via.map((v) => v.text), ['requests.Session()']);
});

test('scoping: parameters shadow imports, annotations resolve, self attributes, globals', async () => {
  const doc = await parse(
    [
      'import requests',
      'from typing import Optional',
      'import httpx',
      'import redis',
      'client = None',
      'def a(requests):',
      '    requests.get(u)',
      'def b(session: requests.Session, c: Optional[httpx.Client] = None, d: "httpx.Client" = None):',
      '    session.get(u)',
      '    c.get(u)',
      '    d.get(u)',
      'class Svc:',
      '    def __init__(self):',
      '        self.pool = None',
      '        self.http = requests.Session()',
      '    async def start(self):',
      '        self.pool = redis.Redis()',
      '    def go(self):',
      '        self.http.get(u)',
      '        self.pool.get(k)',
      'def c():',
      '    global client',
      '    client = httpx.Client()',
      'def e():',
      '    client.get(u)',
      'x = requests.get(u)',
      'def f():',
      '    requests = make()',
      '    requests.get(u)',
    ].join('\n') + '\n',
  );
  const res = resolverFor(doc.tree);
  const all = calls(doc.tree.root);
  const at = (line: number) => all.find((c) => doc.source.lineOf(c.start) === line)!;
  const param = res.resolve(at(7).child('function')!)!;
  assert.deepEqual([param.name, param.root], ['requests.get', 'parameter']);
  assert.equal(res.calleeQualifiedName(at(9)), 'requests.Session.get');
  assert.equal(res.calleeQualifiedName(at(10)), 'httpx.Client.get');
  assert.equal(res.calleeQualifiedName(at(11)), 'd.get', 'string annotations are not followed');
  assert.equal(res.calleeQualifiedName(at(19)), 'requests.Session.get');
  assert.equal(res.calleeQualifiedName(at(20)), 'redis.Redis.get', 'a None initialiser does not hide the real value');
  // `client` is module-level, assigned for real through `global` in c().
  assert.equal(res.calleeQualifiedName(at(25)), 'httpx.Client.get');
  const local = res.resolve(at(29).child('function')!)!;
  assert.deepEqual([local.name, local.root], ['make.get', 'unbound']);
});

test('unpacking and loop variables are opaque', async () => {
  const doc = await parse('import requests\na, b = requests.Session(), 1\na.get(u)\nfor s in sessions:\n    s.get(u)\n');
  const res = resolverFor(doc.tree);
  const a = res.resolve(callStarting(doc, 'a.get').child('function')!)!;
  assert.deepEqual([a.name, a.root], ['a.get', 'opaque']);
  assert.equal(res.resolve(callStarting(doc, 's.get').child('function')!)!.root, 'opaque');
});

test('a binding does not see itself: x = x.strip() reads the earlier x', async () => {
  const doc = await parse('import requests\ns = requests.Session()\ns = s\ns.get(u)\n');
  assert.equal(qualified(doc, 's.get'), 'requests.Session.get');
});

test('enclosing function, async-ness, lambdas and methods', async () => {
  const doc = await parse(
    [
      'class W:',
      '    async def run(self):',
      '        f = lambda: time.sleep(1)',
      '        time.sleep(2)',
      '    @decorate(time.sleep(3))',
      '    def sync(self):',
      '        pass',
      'time.sleep(4)',
    ].join('\n') + '\n',
  );
  const fn = (arg: string) => enclosingFunction(callStarting(doc, `time.sleep(${arg})`));
  assert.equal(fn('1')!.kind, 'lambda');
  assert.equal(fn('1')!.async, false);
  assert.equal(fn('2')!.name, 'run');
  assert.equal(fn('2')!.async, true);
  assert.equal(fn('2')!.classNode?.child('name')?.text, 'W');
  assert.equal(fn('3'), null, 'decorators run in the enclosing (class) scope');
  assert.equal(fn('4'), null);
});

test('enclosing loops, tries and withs stop at function boundaries', async () => {
  const doc = await parse(
    [
      'async def worker(queue):',
      '    for item in fetch_all():',
      '        pass',
      '    else:',
      '        after_loop()',
      '    while not stop.is_set():',
      '        try:',
      '            async with session.get(u) as r, lock:',
      '                await handle(r)',
      '        except (ValueError, Exception) as e:',
      '            await report(e)',
      '        finally:',
      '            cleanup()',
      '        try:',
      '            def inner():',
      '                inner_call()',
      '        except:',
      '            pass',
    ].join('\n') + '\n',
  );
  const handle = callStarting(doc, 'handle');
  const loops = enclosingLoops(handle);
  assert.equal(loops.length, 1);
  assert.equal(loops[0]!.kind, 'while');
  assert.equal(isLongRunningLoop(loops[0]!.node), true);
  assert.equal(enclosingLoops(callStarting(doc, 'fetch_all')).length, 0, 'a for iterable runs once');
  assert.equal(enclosingLoops(callStarting(doc, 'after_loop')).length, 0, 'the else clause runs once');
  assert.equal(enclosingLoops(callStarting(doc, 'stop.is_set')).length, 1, 'a while condition repeats');

  const tries = enclosingTries(handle);
  assert.equal(tries.length, 1);
  const h = tries[0]!.handlers[0]!;
  assert.deepEqual(h.typeNames, ['ValueError', 'Exception']);
  assert.equal(h.catchesAll, true);
  assert.equal(h.alias, 'e');
  assert.equal(tries[0]!.hasFinally, true);
  assert.equal(guardedByBroadExcept(handle), true);
  assert.equal(enclosingTries(callStarting(doc, 'report')).length, 0, 'a handler is not guarded by its own try');
  assert.equal(enclosingTries(callStarting(doc, 'cleanup')).length, 0);
  assert.equal(enclosingTries(callStarting(doc, 'inner_call')).length, 0, 'a nested def is a boundary');
  assert.equal(enclosingLoops(callStarting(doc, 'inner_call')).length, 0);

  const withs = enclosingWiths(handle);
  assert.equal(withs.length, 1);
  assert.equal(withs[0]!.async, true);
  assert.deepEqual(withs[0]!.items.map((i) => [i.expr.text, i.alias?.text]), [
    ['session.get(u)', 'r'],
    ['lock', undefined],
  ]);
});

test('bare except and narrow excepts', async () => {
  const doc = await parse('try:\n    a()\nexcept:\n    pass\ntry:\n    b()\nexcept KeyError:\n    pass\n');
  const [bare] = enclosingTries(callStarting(doc, 'a('));
  assert.equal(bare!.handlers[0]!.bare, true);
  assert.equal(bare!.handlers[0]!.catchesAll, true);
  const [narrow] = enclosingTries(callStarting(doc, 'b('));
  assert.equal(narrow!.handlers[0]!.catchesAll, false);
});

test('long-running loop heuristics', async () => {
  const cases: [string, boolean][] = [
    ['while True:\n    pass\n', true],
    ['while 1:\n    pass\n', true],
    ['while not self._stopped:\n    pass\n', true],
    ['while not shutdown_event.is_set():\n    pass\n', true],
    ['while self.running:\n    pass\n', true],
    ['for _ in itertools.count():\n    pass\n', true],
    ['while queue:\n    pass\n', false],
    ['while i < 10:\n    pass\n', false],
    ['for x in items:\n    pass\n', false],
    ['while False:\n    pass\n', false],
  ];
  for (const [code, expected] of cases) {
    const doc = await parse(code);
    const loop = doc.tree.root.namedChildren[0]!;
    assert.equal(isLongRunningLoop(loop), expected, code);
  }
});

test('awaited and discarded calls', async () => {
  const doc = await parse('async def f():\n    asyncio.create_task(a())\n    _ = asyncio.create_task(b())\n    t = asyncio.create_task(c())\n    await (d())\n');
  assert.equal(resultDiscarded(callStarting(doc, 'asyncio.create_task(a')), true);
  assert.equal(resultDiscarded(callStarting(doc, 'asyncio.create_task(b')), true);
  assert.equal(resultDiscarded(callStarting(doc, 'asyncio.create_task(c')), false);
  assert.equal(isAwaited(callStarting(doc, 'd(')), true);
  assert.equal(isAwaited(callStarting(doc, 'a(')), false);
});

test('functions started as threads, tasks and executor jobs', async () => {
  const doc = await parse(
    [
      'import threading, asyncio',
      'from threading import Thread',
      'def poller(): pass',
      'async def consumer(): pass',
      'def job(): pass',
      'def unused(): pass',
      'class Beat(threading.Thread):',
      '    def run(self): pass',
      'class Svc:',
      '    def loop(self): pass',
      '    def start(self):',
      '        Thread(target=self.loop, daemon=True).start()',
      'threading.Thread(target=poller).start()',
      'asyncio.create_task(consumer())',
      'loop.run_in_executor(None, job)',
      'import functools',
      'def beat(n): pass',
      'threading.Thread(target=functools.partial(beat, 5)).start()',
    ].join('\n') + '\n',
  );
  const started = startedFunctions(doc.tree.root, resolverFor(doc.tree));
  const names = started.map((s) => `${s.fn.child('name')!.text}:${s.kind}`).sort();
  assert.deepEqual(names, ['beat:thread', 'consumer:task', 'job:executor', 'loop:thread', 'poller:thread', 'run:thread']);
});

test('walk and dottedName are iterative and syntactic', async () => {
  const doc = await parse('a.b.c(1)\n(x).y()\n');
  const seen: string[] = [];
  walk(doc.tree.root, (n) => {
    if (n.type === 'call') seen.push(dottedName(n.child('function')!) ?? '?');
    return n.type !== 'argument_list';
  });
  assert.deepEqual(seen, ['a.b.c', 'x.y']);
});
