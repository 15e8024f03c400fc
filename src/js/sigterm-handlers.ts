/**
 * What a SIGTERM handler does (TS006): `process.on('SIGTERM', () => { bot.stop(); log(...) })`
 * is handling the signal without closing the HTTP server, so the requests in flight are still cut
 * off. A handler counts as closing when it (or a function of the same file it calls by name, one
 * level down) calls `close`, `closeAllConnections`, `terminate`, `shutdown` or `destroy` on
 * anything, `stop` on a server-like receiver (`server`, `app`, `fastify`, `http…`), or calls
 * something it cannot see into (an imported function, an event `emit`): the benefit of the doubt.
 */
import { walk, type Node, type TSESTree } from './ast.js';
import { methodName, stringValue } from './literals.js';
import { unwrapExpression } from './ast.js';

const CLOSING = new Set(['close', 'closeAllConnections', 'closeIdleConnections', 'terminate', 'shutdown', 'destroy', 'gracefulShutdown', 'drain']);
const SERVER_LIKE = /server|^app$|application|fastify|http|hapi|koa|express|nest/i;

export interface NonClosingHandler {
  /** The `process.on('SIGTERM', …)` call. */
  call: TSESTree.CallExpression;
  /** What the handler calls instead, for the message (`bot.stop()`, `console.log()`), possibly empty. */
  calls: string[];
}

/**
 * The direct `process.on|once|addListener('SIGTERM', handler)` calls of a program whose handler
 * never closes anything; `closing` counts the other direct handlers.
 */
export function sigtermHandlers(program: TSESTree.Program): { nonClosing: NonClosingHandler[]; closing: number } {
  const functions = new Map<string, Node>();
  walk(program, (n: Node) => {
    if (n.type === 'FunctionDeclaration' && n.id) functions.set(n.id.name, n.body);
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && (n.init.type === 'ArrowFunctionExpression' || n.init.type === 'FunctionExpression')) functions.set(n.id.name, n.init.body);
    return true;
  });
  const nonClosing: NonClosingHandler[] = [];
  let closing = 0;
  walk(program, (n: Node) => {
    if (n.type !== 'CallExpression') return true;
    const callee = unwrapExpression(n.callee);
    if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'process') return true;
    const name = methodName(n);
    if (name !== 'on' && name !== 'once' && name !== 'addListener' && name !== 'prependListener') return true;
    if (!n.arguments[0] || stringValue(n.arguments[0]) !== 'SIGTERM') return true;
    const handler = n.arguments[1];
    const body = handler?.type === 'ArrowFunctionExpression' || handler?.type === 'FunctionExpression' ? handler.body : handler?.type === 'Identifier' ? functions.get(handler.name) : undefined;
    if (!body) {
      closing++; // a handler defined elsewhere: cannot tell
      return true;
    }
    const seen = summarize(body, functions, 1);
    if (seen.closes) closing++;
    else nonClosing.push({ call: n, calls: seen.calls });
    return true;
  });
  return { nonClosing, closing };
}

function summarize(body: Node, functions: ReadonlyMap<string, Node>, depth: number): { closes: boolean; calls: string[] } {
  const calls: string[] = [];
  let closes = false;
  walk(body, (n: Node) => {
    if (closes) return false;
    if (n.type !== 'CallExpression') return true;
    const callee = unwrapExpression(n.callee);
    const name = methodName(n);
    if (callee.type === 'Identifier') {
      const local = functions.get(callee.name);
      if (local && depth > 0) {
        const inner = summarize(local, functions, depth - 1);
        if (inner.closes) closes = true;
        calls.push(...inner.calls);
      } else if (!local && !['setTimeout', 'clearTimeout', 'clearInterval', 'setImmediate'].includes(callee.name)) {
        closes = true; // imported or global: cannot see into it
      }
      return true;
    }
    if (callee.type === 'MemberExpression' && name) {
      const receiver = callee.object.type === 'Identifier' ? callee.object.name : callee.object.type === 'MemberExpression' && callee.object.property.type === 'Identifier' ? callee.object.property.name : '';
      if (CLOSING.has(name) || (name === 'stop' && SERVER_LIKE.test(receiver)) || name === 'emit') closes = true;
      else if (!(receiver === 'process' && name === 'exit')) calls.push(`${receiver ? `${receiver}.` : ''}${name}()`);
      else calls.push('process.exit()');
    }
    return true;
  });
  return { closes, calls: [...new Set(calls)] };
}
