/**
 * Acceptance of the PY pack (the list): the demo's `debug=True` keyword, imports and
 * aliases, local bindings inside one function, library defaults, the seed patterns in broken and
 * fixed form, and documented limits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRules } from '../rules/index.js';
import { lintDir } from './helpers/lint.js';

const PY = allRules.filter((r) => r.id.startsWith('PY')).map((r) => r.id);
const ROOT = new URL('..', import.meta.url).pathname;

/** Lint files (path -> text) with the PY rules; findings as `path:line:col ID flagged-text`. */
async function lint(files: Record<string, string>, only: readonly string[] = PY): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-py-'));
  mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = await lintDir(dir, { only });
  return r.findings.map((f) => {
    const line = files[f.path]!.split('\n')[f.start.line - 1]!;
    const text = f.start.line === f.end.line ? line.slice(f.start.column - 1, f.end.column - 1) : '…';
    return `${f.path}:${f.start.line}:${f.start.column} ${f.ruleId} ${text}`;
  });
}

test('the demo bot: PY001 reports the debug=True keyword itself', async () => {
  const text = readFileSync(join(ROOT, 'fixtures/demo/bot/main.py'), 'utf8');
  const found = await lint({ 'bot/main.py': text }, ['PY001']);
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^bot\/main\.py:\d+:\d+ PY001 debug=True$/);
});

test('the demo Python services: every hazard of the seeds is reported and the hardened file is clean', async () => {
  const read = (p: string) => readFileSync(join(ROOT, 'fixtures/demo', p), 'utf8');
  const files = Object.fromEntries(['bot/main.py', 'bot/workers.py', 'bot/cache.py', 'bot/backups.py', 'admin/settings.py', 'bot/hardened.py'].map((p) => [p, read(p)]));
  const found = await lint(files);
  assert.deepEqual(found.filter((f) => f.startsWith('bot/hardened.py')), []);
  const ids = new Set(found.map((f) => f.split(' ')[1]));
  assert.deepEqual([...ids].sort(), PY);
});

test('imports and aliases are resolved', async () => {
  const found = await lint({
    'app.py': `import requests as r
from requests import get
import redis.asyncio as redis
from motor.motor_asyncio import AsyncIOMotorClient

r.get("https://a.example")
get("https://b.example")
cache = redis.Redis(host="cache", max_connections=10)
mongo = AsyncIOMotorClient("mongodb://db/")
`,
  }, ['PY007', 'PY009']);
  assert.deepEqual(found, [
    'app.py:6:1 PY007 r.get',
    'app.py:7:1 PY007 get',
    'app.py:8:9 PY009 redis.Redis',
    'app.py:9:9 PY009 AsyncIOMotorClient',
  ]);
});

test('local bindings inside one function: a session and an async client context', async () => {
  const found = await lint({
    'jobs.py': `import httpx
import requests


def sync_job():
    s = requests.Session()
    s.get("https://a.example")


async def async_job():
    async with httpx.AsyncClient() as client:
        await client.get("https://b.example", timeout=None)
        await client.get("https://c.example")
        requests.get("https://d.example", timeout=5)
`,
  }, ['PY006', 'PY007']);
  assert.deepEqual(found, ['jobs.py:7:5 PY007 s.get', 'jobs.py:12:47 PY007 timeout=None', 'jobs.py:14:9 PY006 requests.get']);
});

test('library defaults: httpx, aiohttp and asyncpg are bounded; redis-py and explicit infinities are not', async () => {
  const found = await lint({
    'clients.py': `import aiohttp
import asyncpg
import httpx
import redis


async def setup(dsn):
    client = httpx.AsyncClient()
    session = aiohttp.ClientSession()
    pool = await asyncpg.create_pool(dsn)
    await client.get("https://a.example")
    await session.get("https://b.example")
    unbounded = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None))
    r = redis.Redis(host="cache", socket_timeout=5)
    return client, session, pool, unbounded, r
`,
  }, ['PY007', 'PY008', 'PY009']);
  assert.deepEqual(found, ['clients.py:13:47 PY007 aiohttp.ClientTimeout', 'clients.py:14:9 PY008 redis.Redis']);
});

test('seed patterns: broken forms are reported, fixed forms are clean', async () => {
  const broken = await lint({
    'bot.py': `import asyncio, os, time
import asyncpg, httpx
from bot import state


async def watchdog():
    while True:
        await asyncio.sleep(30)
        if time.monotonic() - state.last_update_at > 180:
            os._exit(1)


async def worker(pool: asyncpg.Pool, client: httpx.AsyncClient):
    while True:
        async with pool.acquire() as conn:
            async with conn.transaction():
                await client.post("https://vpn.example/extend")
                await conn.execute("SELECT pg_advisory_lock(1)")
        await asyncio.sleep(60)
`,
  });
  assert.deepEqual(broken.map((f) => f.split(' ')[1]).sort(), ['PY002', 'PY003', 'PY004', 'PY009', 'PY010', 'PY011']);
  const fixed = await lint({
    'bot.py': `import asyncio, logging, os, signal, time
import asyncpg, httpx
from bot import state

logger = logging.getLogger(__name__)


async def watchdog():
    await asyncio.sleep(60)
    while True:
        await asyncio.sleep(30)
        if time.monotonic() - state.last_update_at > 180:
            os.kill(os.getpid(), signal.SIGTERM)


async def iteration(pool: asyncpg.Pool, client: httpx.AsyncClient):
    await client.post("https://vpn.example/extend")
    conn = await asyncio.wait_for(pool.acquire(), timeout=10)
    try:
        async with conn.transaction():
            await conn.execute("SET lock_timeout = '1000'")
            await conn.execute("SELECT pg_advisory_lock(1)")
    finally:
        await pool.release(conn)


async def worker(pool: asyncpg.Pool, client: httpx.AsyncClient):
    while True:
        try:
            await asyncio.wait_for(iteration(pool, client), timeout=120)
        except Exception:
            logger.exception("iteration failed")
        await asyncio.sleep(60)
`,
  });
  assert.deepEqual(fixed, []);
});

test('every PY rule documents its heuristic and its limits', () => {
  for (const rule of allRules.filter((r) => r.id.startsWith('PY'))) {
    assert.match(rule.docs.what, /Limits?:|not reported|Not reported|Skipped/, `${rule.id} names its limits`);
    assert.deepEqual(rule.kinds, ['python'], rule.id);
    assert.ok(rule.triggers.length > 0, `${rule.id} has triggers (Python files are parsed only when one matches)`);
  }
});
