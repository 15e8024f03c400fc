/**
 * What prodlint knows about Python libraries, by qualified name (see `resolve.ts`): which calls
 * go over the network, which construct Redis, MongoDB and SQLAlchemy clients, which wait.
 *
 * Names are matched only when the leftmost name was bound by an import (`Resolution.root ===
 * 'import'`), so a local variable that happens to be called `requests` is never mistaken for the
 * library. Defaults cited below are the libraries' own documentation (links in the rules' docs).
 */
import type { PyNode } from './node.js';
import type { PyResolver } from './resolve.js';

/** The qualified name of a call's callee when it is rooted in an import, else null. */
export function importedCallee(call: PyNode, resolver: PyResolver): string | null {
  const fn = call.child('function');
  if (!fn) return null;
  const r = resolver.resolve(fn);
  return r && r.root === 'import' ? r.name : null;
}

/** `requests.get(...)`-style verbs shared by requests, httpx and aiohttp. */
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);

export type HttpLibrary = 'requests' | 'httpx' | 'aiohttp' | 'urllib';

export interface HttpCall {
  library: HttpLibrary;
  /**
   * `call`: a module-level function (`requests.get`, `httpx.post`, `urlopen`);
   * `method`: a request on a client object (`session.get`, `client.post`);
   * `client`: a client constructor (`httpx.AsyncClient(...)`, `aiohttp.ClientSession(...)`).
   */
  kind: 'call' | 'method' | 'client';
  /** Qualified name, e.g. `requests.Session.get`. */
  name: string;
  /** The verb or method (`get`, `urlopen`, `AsyncClient`). */
  verb: string;
  /** httpx.Client / requests.Session: synchronous (blocks the thread). */
  sync: boolean;
}

const REQUESTS_SESSIONS = ['requests.Session', 'requests.session', 'requests.sessions.Session', 'requests.sessions.session'];
const HTTPX_CLIENTS: Record<string, boolean> = { 'httpx.Client': true, 'httpx.AsyncClient': false };
const AIOHTTP_SESSIONS = ['aiohttp.ClientSession', 'aiohttp.client.ClientSession'];

/** Classify a qualified name as an HTTP request or client construction; undefined for anything else. */
export function httpCallByName(name: string): HttpCall | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const owner = name.slice(0, dot);
  const verb = name.slice(dot + 1);
  // requests: module functions and Session methods (`send` takes the same timeout).
  if ((owner === 'requests' || owner === 'requests.api') && VERBS.has(verb)) return { library: 'requests', kind: 'call', name, verb, sync: true };
  if (REQUESTS_SESSIONS.includes(owner) && (VERBS.has(verb) || verb === 'send')) return { library: 'requests', kind: 'method', name, verb, sync: true };
  // httpx: module functions, clients and their methods.
  if (owner === 'httpx' && (VERBS.has(verb) || verb === 'stream')) return { library: 'httpx', kind: 'call', name, verb, sync: true };
  if (name in HTTPX_CLIENTS) return { library: 'httpx', kind: 'client', name, verb, sync: HTTPX_CLIENTS[name]! };
  if (owner in HTTPX_CLIENTS && (VERBS.has(verb) || verb === 'send' || verb === 'stream')) {
    return { library: 'httpx', kind: 'method', name, verb, sync: HTTPX_CLIENTS[owner]! };
  }
  // aiohttp: `aiohttp.request(...)`, sessions and their methods.
  if (owner === 'aiohttp' && verb === 'request') return { library: 'aiohttp', kind: 'call', name, verb, sync: false };
  if (AIOHTTP_SESSIONS.includes(name)) return { library: 'aiohttp', kind: 'client', name, verb: 'ClientSession', sync: false };
  if (AIOHTTP_SESSIONS.includes(owner) && (VERBS.has(verb) || verb === 'ws_connect')) return { library: 'aiohttp', kind: 'method', name, verb, sync: false };
  // urllib: `urlopen` from `urllib.request` (Python 3).
  if (name === 'urllib.request.urlopen') return { library: 'urllib', kind: 'call', name, verb: 'urlopen', sync: true };
  return undefined;
}

/** The HTTP request or client construction a call is, if any (imports and local bindings followed). */
export function httpCall(call: PyNode, resolver: PyResolver): HttpCall | undefined {
  const name = importedCallee(call, resolver);
  return name ? httpCallByName(name) : undefined;
}

/**
 * A library name as users write it, for messages: `requests.sessions.Session.get` ->
 * `requests.Session.get`, `aiohttp.connector.TCPConnector` -> `aiohttp.TCPConnector`.
 */
export function shortLibraryName(name: string): string {
  return name
    .replace('requests.sessions.', 'requests.')
    .replace('requests.api.', 'requests.')
    .replace('requests.session.', 'requests.Session.')
    .replace('aiohttp.client.', 'aiohttp.')
    .replace('aiohttp.connector.', 'aiohttp.');
}

/** Redis client constructors (redis-py sync and asyncio, and aioredis 2, which mirrors it). */
const REDIS_MODULES = ['redis', 'redis.client', 'redis.asyncio', 'redis.asyncio.client', 'aioredis', 'aioredis.client'];
const REDIS_CLASSES = ['Redis', 'StrictRedis'];

export type RedisConstructor = 'client' | 'from_url' | 'pool' | 'pool_from_url' | 'blocking_pool';

/**
 * `redis.Redis(...)`, `redis.asyncio.Redis(...)`, `Redis.from_url(...)`, `redis.from_url(...)`,
 * `ConnectionPool(...)`, `ConnectionPool.from_url(...)`, `BlockingConnectionPool(...)`.
 */
export function redisConstructor(name: string): RedisConstructor | undefined {
  for (const m of REDIS_MODULES) {
    if (!name.startsWith(m + '.')) continue;
    const rest = name.slice(m.length + 1);
    if (REDIS_CLASSES.includes(rest)) return 'client';
    if (rest === 'from_url' || REDIS_CLASSES.some((c) => rest === `${c}.from_url`)) return 'from_url';
    if (rest === 'ConnectionPool' || rest === 'connection.ConnectionPool') return 'pool';
    if (rest === 'ConnectionPool.from_url' || rest === 'connection.ConnectionPool.from_url') return 'pool_from_url';
    if (rest === 'BlockingConnectionPool' || rest === 'connection.BlockingConnectionPool') return 'blocking_pool';
  }
  return undefined;
}

/** pymongo and motor client classes. */
const MONGO_CLIENTS = new Set([
  'pymongo.MongoClient',
  'pymongo.mongo_client.MongoClient',
  'pymongo.AsyncMongoClient',
  'pymongo.asynchronous.mongo_client.AsyncMongoClient',
  'motor.motor_asyncio.AsyncIOMotorClient',
  'motor.motor_tornado.MotorClient',
  'motor.MotorClient',
]);

export function isMongoClient(name: string): boolean {
  return MONGO_CLIENTS.has(name);
}

/** SQLAlchemy (and SQLModel, which re-exports it) engine factories. */
const ENGINE_FACTORIES = new Set([
  'sqlalchemy.create_engine',
  'sqlalchemy.engine.create_engine',
  'sqlalchemy.ext.asyncio.create_async_engine',
  'sqlmodel.create_engine',
]);

export function isEngineFactory(name: string): boolean {
  return ENGINE_FACTORIES.has(name);
}

/** Sleeps: awaiting them or calling them cannot fail or hang. */
const SLEEPS = new Set(['asyncio.sleep', 'asyncio.tasks.sleep', 'anyio.sleep', 'trio.sleep', 'curio.sleep', 'time.sleep', 'gevent.sleep', 'eventlet.sleep']);

export function isSleep(call: PyNode, resolver: PyResolver): boolean {
  const name = importedCallee(call, resolver);
  return name !== null && SLEEPS.has(name);
}
