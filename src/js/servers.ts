/**
 * Where a JS/TS file starts an HTTP server (TS006): `.listen(…)` on a Node `http`/`https`/`http2`
 * server, an Express, Fastify, Koa, Restify, Polka or Connect app, or a NestJS application —
 * created in the file (`express()`, `http.createServer(app)`, `await NestFactory.create(…)`),
 * typed as one (`app: INestApplication`), or imported from a module of the same package
 * (`import app from './app'`) when the package depends on a server framework and the call passes
 * a port.
 */
import { findAll, unwrapExpression, type Node, type TSESTree } from './ast.js';
import { literalOf, propertyName } from './literals.js';
import { mentionsAny, nameWords } from './names.js';
import type { JsRef, JsResolver } from './resolve.js';

/** Packages whose app objects have a `listen` that starts an HTTP server. */
export const SERVER_FRAMEWORKS = new Set(['express', 'fastify', 'koa', '@nestjs/core', 'restify', 'polka', 'connect']);

const PORT_WORDS = new Set(['port']);

/** `X.listen(…)` calls in the program that start an HTTP server. */
export function serverListenCalls(program: TSESTree.Program, resolver: JsResolver, frameworkDependency: boolean): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  for (const call of findAll(program, 'CallExpression')) {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'listen') continue;
    const ref = resolver.resolve(callee);
    if (ref && ref.path.at(-1) === 'listen' && isServer({ ...ref, path: ref.path.slice(0, -1) })) out.push(call);
    else if (ref && frameworkDependency && importedApp(ref) && passesPort(call)) out.push(call);
  }
  return out;
}

function isServer(ref: JsRef): boolean {
  const path = ref.path.join('.');
  const called = ref.via.length > 0;
  switch (ref.module) {
    case 'http':
    case 'https':
    case 'http2':
      return path === 'createServer' || path === 'createSecureServer' || path === 'Server';
    case 'express':
      return (path === '' && called) || path === 'Express' || path === 'Application';
    case 'fastify':
      return ((path === '' || path === 'fastify') && called) || path === 'FastifyInstance';
    case 'koa':
      return path === '';
    case 'restify':
      return path === 'createServer';
    case 'polka':
    case 'connect':
      return path === '' && called;
    case '@nestjs/core':
      return path === 'NestFactory.create';
    case '@nestjs/common':
      return path === 'INestApplication';
    case '@nestjs/platform-express':
      return path === 'NestExpressApplication';
    case '@nestjs/platform-fastify':
      return path === 'NestFastifyApplication';
    default:
      return false;
  }
}

/** Words of servers that speak something other than HTTP. */
const OTHER_PROTOCOLS = new Set(['imap', 'pop3', 'pop', 'smtp', 'lmtp', 'tcp', 'udp', 'grpc', 'mqtt', 'ws', 'websocket', 'socket', 'io', 'ftp', 'dns', 'ssh', 'telnet', 'irc', 'redis', 'amqp', 'proxy']);

/**
 * An app imported from a module of the package: `import app from './app'`, `import { server } from
 * '../server'`, `const app = require('./app')`, `await createApp()`. Not an instance of a class from
 * there (`new ImapServer(…)` is some other protocol), nor anything named after another protocol.
 */
function importedApp(ref: JsRef): boolean {
  if (!ref.module.startsWith('.')) return false;
  if (ref.via.some((v) => v.type === 'NewExpression')) return false;
  const words = [...nameWords(ref.module), ...ref.path.flatMap(nameWords)];
  return !words.some((w) => OTHER_PROTOCOLS.has(w));
}

/** `listen(3000)`, `listen(PORT)`, `listen(config.port)`, `listen({ port })`, `listen(process.env.PORT)`. */
function passesPort(call: TSESTree.CallExpression): boolean {
  const first = call.arguments[0] as Node | undefined;
  if (!first) return false;
  const e = unwrapExpression(first);
  const lit = literalOf(e);
  if (lit.kind === 'number') return true;
  if (lit.kind === 'string') return /^\d+$/.test(lit.value);
  return mentionsAny(e, PORT_WORDS);
}
