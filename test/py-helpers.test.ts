/**
 * The Python analysis helpers behind the PY rules: environment defaults, exclusive branches,
 * library knowledge, connection options, Django settings, worker loops, time bounds and SQL.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePython, type PythonDocument } from '../src/parse/python.js';
import { SourceFile } from '../src/source.js';
import { calls, resolverFor, type PyNode } from '../src/python/index.js';
import { evaluateUnsetEnv, truthy } from '../src/python/env-values.js';
import { canRunTogether, mutuallyExclusive, referenceIndex } from '../src/python/branches.js';
import { httpCallByName, redisConstructor } from '../src/python/libraries.js';
import { keywordCI, uriOption } from '../src/python/options.js';
import { djangoSettings } from '../src/python/django.js';
import { firstUncaught, workerLoops } from '../src/python/worker-loops.js';
import { underTimeout } from '../src/python/timeouts.js';
import { sqlOfCall } from '../src/python/sql.js';
import { isStandaloneScript } from '../src/python/scripts.js';
import { describeNode } from '../src/python/describe.js';

async function parse(text: string, path = 'app.py'): Promise<PythonDocument> {
  return parsePython(new SourceFile(path, '', text), 'production');
}

function callStarting(doc: PythonDocument, prefix: string, nth = 0): PyNode {
  const found = calls(doc.tree.root).filter((c) => c.text.startsWith(prefix));
  assert.ok(found[nth], `no call starting with ${prefix}`);
  return found[nth]!;
}

/** The value of `X = <expr>` (the last assignment's right side) with every environment variable unset. */
async function unsetValue(source: string): Promise<{ truthy: boolean | undefined; variables: string[]; kind: string }> {
  const doc = await parse(source);
  const last = doc.tree.root.namedChildren.filter((c) => c.type === 'expression_statement').pop()!;
  const right = last.namedChildren[0]!.child('right')!;
  const r = evaluateUnsetEnv(right, resolverFor(doc.tree));
  return { truthy: truthy(r.value), variables: r.variables, kind: r.value.kind };
}

test('environment defaults: what DEBUG is when the variable is unset', async () => {
  const cases: [string, boolean | undefined][] = [
    ['DEBUG = True', true],
    ['DEBUG = False', false],
    ['import os\nDEBUG = os.getenv("DEBUG", "True") == "True"', true],
    ['import os\nDEBUG = os.getenv("DEBUG", "False") == "True"', false],
    ['import os\nDEBUG = os.environ.get("DEBUG") == "1"', false],
    ['import os\nDEBUG = os.environ.get("DEBUG", "1") == "1"', true],
    ['import os\nDEBUG = os.getenv("DEBUG", "false").lower() in ("true", "1", "yes")', false],
    ['import os\nDEBUG = os.getenv("DEBUG", "TRUE").lower() in ("true", "1", "yes")', true],
    ['import os\nDEBUG = bool(int(os.getenv("DEBUG", "1")))', true],
    ['import os\nDEBUG = bool(int(os.getenv("DEBUG", 0)))', false],
    ['import os\nDEBUG = not os.getenv("PRODUCTION")', true],
    ['import os\nDEBUG = "DEBUG" in os.environ', undefined],
    ['import os\nDEBUG = os.environ["DEBUG"] == "1"', undefined],
    ['from decouple import config\nDEBUG = config("DEBUG", default=True, cast=bool)', true],
    ['from decouple import config\nDEBUG = config("DEBUG", default="off", cast=bool)', false],
    ['from decouple import config\nDEBUG = config("DEBUG", cast=bool)', undefined],
    ['import environ\nenv = environ.Env()\nDEBUG = env.bool("DJANGO_DEBUG", default=True)', true],
    ['import environ\nenv = environ.Env(DEBUG=(bool, False))\nDEBUG = env("DEBUG")', false],
    ['import environ\nenv = environ.Env(DEBUG=(bool, True))\nDEBUG = env("DEBUG")', true],
    ['import os\nDEFAULT = "yes"\nDEBUG = os.getenv("DEBUG", DEFAULT) == "yes"', true],
    ['import os\nDEBUG = os.getenv("DEBUG", "0") or "1"', true],
    ['import os\nDEBUG = os.getenv("ENV", "production") == "development"', false],
    ['DEBUG = settings.DEBUG', undefined],
  ];
  for (const [source, expected] of cases) {
    assert.equal((await unsetValue(source)).truthy, expected, source);
  }
  // A string default is true even when it reads "False"; the variable read is reported.
  const s = await unsetValue('import os\nDEBUG = os.getenv("DJANGO_DEBUG", "False")');
  assert.deepEqual([s.truthy, s.kind, s.variables], [true, 'string', ['DJANGO_DEBUG']]);
});

test('exclusive branches: if/else, early return, try/except, and flags bound to one mode', async () => {
  const doc = await parse(`import os
def main(mode, url):
    if url:
        a()
    else:
        b()
    if url:
        c()
        return
    d()
    try:
        e()
    except KeyError:
        f()
    finally:
        g()
    polling = mode == "polling"
    webhook = mode == "webhook"
    if webhook:
        h()
    if polling:
        i()
    if mode == "webhook":
        j()
    k()
`);
  const r = resolverFor(doc.tree);
  const at = (name: string) => callStarting(doc, `${name}()`);
  assert.equal(mutuallyExclusive(at('a'), at('b'), r), true);
  assert.equal(mutuallyExclusive(at('a'), at('c'), r), false);
  assert.equal(mutuallyExclusive(at('c'), at('d'), r), true, 'the branch ends with return');
  assert.equal(mutuallyExclusive(at('e'), at('f'), r), true, 'try body and handler');
  assert.equal(mutuallyExclusive(at('f'), at('g'), r), false, 'finally runs anyway');
  assert.equal(mutuallyExclusive(at('h'), at('i'), r), true, 'flags from one mode');
  assert.equal(mutuallyExclusive(at('i'), at('j'), r), true, 'flag against the comparison it stands for');
  assert.equal(mutuallyExclusive(at('h'), at('j'), r), false, 'the same mode');
  assert.equal(mutuallyExclusive(at('j'), at('k'), r), false);
});

test('run chains follow functions to the places the module calls or hands them out', async () => {
  const doc = await parse(`import asyncio
async def on_startup():
    await bot.set_webhook(URL)
async def polling():
    await dp.start_polling(bot)
async def webhook():
    await bot.set_webhook(URL)
def unused():
    dp.run_polling(bot)
async def main():
    dp.startup.register(on_startup)
    if URL:
        await webhook()
    else:
        await polling()
asyncio.run(main())
`);
  const r = resolverFor(doc.tree);
  const refs = referenceIndex(doc.tree.root, r);
  const startPolling = callStarting(doc, 'dp.start_polling');
  const setHook = (n: number) => callStarting(doc, 'bot.set_webhook', n);
  assert.equal(canRunTogether(startPolling, setHook(0), refs, r), true, 'the startup hook runs with polling');
  assert.equal(canRunTogether(startPolling, setHook(1), refs, r), false, 'chosen by the caller');
  assert.equal(canRunTogether(callStarting(doc, 'dp.run_polling'), setHook(1), refs, r), false, 'a function nobody calls');
});

test('library knowledge: HTTP calls and Redis constructors by qualified name', () => {
  assert.deepEqual(
    ['requests.get', 'requests.api.post', 'requests.Session.get', 'requests.session.send', 'requests.Session'].map((n) => httpCallByName(n)?.kind ?? null),
    ['call', 'call', 'method', 'method', null],
  );
  const httpx = ['httpx.get', 'httpx.Client', 'httpx.AsyncClient', 'httpx.AsyncClient.post', 'httpx.Client.stream'].map((n) => {
    const h = httpCallByName(n);
    return h ? `${h.kind}:${h.sync}` : null;
  });
  assert.deepEqual(httpx, ['call:true', 'client:true', 'client:false', 'method:false', 'method:true']);
  assert.equal(httpCallByName('aiohttp.ClientSession.get')?.library, 'aiohttp');
  assert.equal(httpCallByName('urllib.request.urlopen')?.library, 'urllib');
  assert.equal(httpCallByName('os.path.join'), undefined);
  assert.deepEqual(
    ['redis.Redis', 'redis.asyncio.Redis.from_url', 'redis.from_url', 'redis.ConnectionPool.from_url', 'redis.asyncio.BlockingConnectionPool', 'aioredis.from_url', 'redis.cluster.RedisCluster'].map(
      (n) => redisConstructor(n) ?? null,
    ),
    ['client', 'from_url', 'from_url', 'pool_from_url', 'blocking_pool', 'from_url', null],
  );
});

test('connection options: keywords in any case and literal URL queries', async () => {
  const doc = await parse(`MongoClient("mongodb://db/?maxPoolSize=50&SocketTimeoutMS=2000", maxpoolsize=0)
Redis.from_url(f"redis://{host}:6379/0?socket_timeout=5")
Redis.from_url(url)
`);
  const mongo = callStarting(doc, 'MongoClient');
  assert.equal(keywordCI(mongo, 'maxPoolSize')?.node.text, 'maxpoolsize=0');
  const uri = mongo.child('arguments')!.namedChildren[0]!;
  assert.equal(uriOption(uri, 'maxPoolSize'), '50');
  assert.equal(uriOption(uri, 'socketTimeoutMS'), '2000');
  assert.equal(uriOption(uri, 'waitQueueTimeoutMS'), undefined);
  assert.equal(uriOption(callStarting(doc, 'Redis.from_url(f').child('arguments')!.namedChildren[0]!, 'socket_timeout'), '5');
  assert.equal(uriOption(callStarting(doc, 'Redis.from_url(url').child('arguments')!.namedChildren[0]!, 'socket_timeout'), undefined);
});

test('Django settings modules: recognised by name or INSTALLED_APPS, with dev, template and base names', async () => {
  const settings = async (path: string, text: string, exists: string[] = []) =>
    djangoSettings(path, (await parse(text, path)).tree.root, (rel) => exists.includes(rel));
  assert.deepEqual(await settings('mysite/settings.py', 'SECRET_KEY = "x"\nDEBUG = True\n'), { devByName: false, overriddenBase: false });
  assert.equal(await settings('scraper/settings.py', 'BOT_NAME = "x"\nDEBUG = True\n'), undefined, 'not Django');
  assert.ok(await settings('app/conf.py', 'INSTALLED_APPS = []\n'), 'INSTALLED_APPS anywhere');
  assert.ok(await settings('config/settings/production.py', 'from .base import *\nDEBUG = True\n'), 'a settings package module');
  assert.equal((await settings('mysite/local_settings.py', 'INSTALLED_APPS = []\n'))?.devByName, true);
  assert.equal((await settings('mysite/settings_sample.py', 'SECRET_KEY = ""\n'))?.devByName, true);
  assert.equal((await settings('config/settings/base.py', 'INSTALLED_APPS = []\n'))?.overriddenBase, true);
  assert.equal((await settings('temba/settings_common.py', 'INSTALLED_APPS = []\n'))?.overriddenBase, true);
  assert.equal((await settings('config/settings/__init__.py', 'INSTALLED_APPS = []\n', ['config/settings/production.py']))?.overriddenBase, true);
  assert.equal((await settings('config/settings/__init__.py', 'INSTALLED_APPS = []\n'))?.overriddenBase, false);
});

test('worker loops: which loops are workers, and what in them can raise', async () => {
  const doc = await parse(`import asyncio, threading
async def paced():
    while True:
        await fetch()
        await asyncio.sleep(5)
async def unpaced():
    while True:
        await fetch()
async def consumer(stream):
    while True:
        line = await stream.readline()
        if not line:
            break
        await handle(line)
        await asyncio.sleep(0)
async def retry():
    while True:
        try:
            await connect()
            break
        except OSError:
            await asyncio.sleep(1)
def thread_target():
    while True:
        item = jobs.get()
        process(item)
threading.Thread(target=thread_target).start()
`);
  const r = resolverFor(doc.tree);
  const loops = workerLoops(doc.tree.root, r);
  assert.deepEqual(loops.map((w) => w.fn?.name), ['paced', 'thread_target']);
  const [paced, thread] = loops as [(typeof loops)[0], (typeof loops)[0]];
  assert.equal(describeNode(firstUncaught(paced.loop.body!, r, 'async')!), 'await fetch()');
  assert.equal(thread.started?.kind, 'thread');
  assert.equal(firstUncaught(thread.loop.body!, r, 'sync')?.text, 'process(item)');
});

test('time bounds, SQL text and one-shot scripts', async () => {
  const doc = await parse(`import asyncio
from sqlalchemy import text
LOCK = "SELECT pg_advisory_lock($1)"
async def f(pool, conn):
    await asyncio.wait_for(pool.acquire(), timeout=5)
    async with asyncio.timeout(3):
        await pool.acquire()
    await pool.acquire()
    await conn.execute(LOCK, 1)
    conn.execute(text("SELECT pg_advisory_xact_lock(:id)"))
`);
  const r = resolverFor(doc.tree);
  assert.deepEqual(
    calls(doc.tree.root).filter((c) => c.text === 'pool.acquire()').map((c) => underTimeout(c, r)),
    [true, true, false],
  );
  assert.equal(sqlOfCall(callStarting(doc, 'conn.execute(LOCK'), r)?.text, 'SELECT pg_advisory_lock($1)');
  assert.equal(sqlOfCall(callStarting(doc, 'conn.execute(text'), r)?.text, 'SELECT pg_advisory_xact_lock(:id)');
  const script = 'import subprocess\ndef main():\n    subprocess.run(["ls"])\nif __name__ == "__main__":\n    main()\n';
  assert.equal(isStandaloneScript((await parse(script)).tree.root, script), true);
  const server = 'from fastapi import FastAPI\n' + script;
  assert.equal(isStandaloneScript((await parse(server)).tree.root, server), false);
  const threaded = 'import threading\n' + script + 'threading.Thread(target=main).start()\n';
  assert.equal(isStandaloneScript((await parse(threaded)).tree.root, threaded), false);
});
