/**
 * Whether a JS/TS file is browser code. Several TS rules are about what a hazard does to a Node
 * process (an unhandled rejection terminates it, a socket waits forever); in a browser the same
 * code only logs to the console, and React components full of `setTimeout(async …)` and bare
 * `axios.get` calls would bury the real findings.
 *
 * A file is browser code when it says so (`'use client'`), or when it looks like UI code (imports
 * a UI framework, contains JSX, or reads the browser globals `window`/`document`/`localStorage`)
 * and nothing in it is server-only (a Node built-in, a server framework or a database client).
 * Server-side rendering files (`express` + `react-dom/server` + JSX) are therefore server code.
 */
import { walk, type Node, type TSESTree } from './ast.js';
import { stringValue } from './literals.js';
import { resolverFor } from './resolve.js';

const UI_MODULE = /^(react|react-dom|react-native|preact|vue|svelte|solid-js|lit|jquery|alpinejs|@angular\/|@vue\/|@remix-run\/react|react-router|next\/(router|navigation|link|image|head|dynamic)|@tanstack\/(react|vue|solid)-|@mui\/|@chakra-ui\/|antd)(\/|$)/;

/** Node built-ins (without the `node:` prefix) whose presence means the file runs in Node. */
const NODE_BUILTINS = new Set([
  'assert', 'async_hooks', 'child_process', 'cluster', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'events',
  'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path', 'perf_hooks',
  'process', 'readline', 'repl', 'stream', 'stream/promises', 'timers', 'timers/promises', 'tls', 'tty',
  'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
]);

/** Packages that only run on a server. */
const SERVER_MODULE = /^(express|fastify|koa|@koa\/|@fastify\/|@nestjs\/|@hapi\/|restify|polka|hono|@hono\/node-server|pg|pg-pool|mysql2?|ioredis|redis|mongodb|mongoose|@prisma\/client|knex|sequelize|typeorm|bullmq|bull|node-cron|cron|node-schedule|ws|socket\.io|telegraf|grammy|discord\.js|ink|dotenv|winston|pino)(\/|$)/;

const BROWSER_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage', 'navigator']);

const cache = new WeakMap<TSESTree.Program, boolean>();

export function isBrowserCode(program: TSESTree.Program): boolean {
  let answer = cache.get(program);
  if (answer === undefined) {
    answer = classify(program);
    cache.set(program, answer);
  }
  return answer;
}

function classify(program: TSESTree.Program): boolean {
  let client = false;
  let server = false;
  for (const stmt of program.body) {
    if (stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'Literal') break;
    if (stmt.expression.value === 'use client') client = true;
    if (stmt.expression.value === 'use server') server = true;
  }
  const resolver = resolverFor(program);
  const seeModule = (spec: string) => {
    const m = spec.startsWith('node:') ? spec.slice(5) : spec;
    if (spec.startsWith('node:') || NODE_BUILTINS.has(m) || SERVER_MODULE.test(m)) server = true;
    else if (UI_MODULE.test(m)) client = true;
  };
  walk(program, (n: Node) => {
    switch (n.type) {
      case 'ImportDeclaration':
        seeModule(String(n.source.value));
        return false;
      case 'ImportExpression': {
        const spec = stringValue(n.source);
        if (spec !== null) seeModule(spec);
        return true;
      }
      case 'CallExpression':
        if (n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments[0]) {
          const spec = stringValue(n.arguments[0]);
          if (spec !== null) seeModule(spec);
        }
        return true;
      case 'JSXElement':
      case 'JSXFragment':
        client = true;
        return true;
      case 'MemberExpression':
        if (n.object.type === 'Identifier' && BROWSER_GLOBALS.has(n.object.name) && !resolver.bindingOf(n.object)) client = true;
        if (n.object.type === 'Identifier' && n.object.name === 'process' && !resolver.bindingOf(n.object)) {
          // `process.env.X` is inlined by every bundler; anything else on `process` is Node.
          const prop = n.property.type === 'Identifier' ? n.property.name : '';
          if (prop !== 'env') server = true;
        }
        return true;
      default:
        return true;
    }
  });
  return client && !server;
}
