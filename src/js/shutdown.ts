/**
 * Evidence that a program handles SIGTERM (TS006): a `SIGTERM` string or name in code (a handler
 * `process.on('SIGTERM', …)`, a `['SIGINT', 'SIGTERM']` list fed to one, a `signals: ['SIGTERM']`
 * option), NestJS `enableShutdownHooks()`, or a graceful-shutdown library. Deliberately generous:
 * any sign of handling silences TS006, because a missed handler costs a finding while a wrong
 * finding costs the rule. Comments do not count, nor does sending SIGTERM (`child.kill('SIGTERM')`).
 */
import { walk, type Node, type TSESTree } from './ast.js';
import { methodName, stringValue } from './literals.js';

/** Libraries that install SIGTERM handling for a server or process. */
export const SHUTDOWN_LIBRARIES = new Set([
  '@godaddy/terminus',
  'http-terminator',
  'close-with-grace',
  'stoppable',
  'lightship',
  'http-graceful-shutdown',
  '@moebius/http-graceful-shutdown',
  'fastify-graceful-shutdown',
  '@fastify/graceful-shutdown',
  'exit-hook',
  'async-exit-hook',
  'signal-exit',
  'node-cleanup',
  'death',
  'express-graceful-shutdown',
  '@gquittet/graceful-server',
]);

/** A cheap text test run before parsing: files without any of these cannot hold evidence. */
export const SHUTDOWN_TEXT = /SIGTERM|enableShutdownHooks|terminus|http-terminator|close-with-grace|stoppable|lightship|graceful|exit-hook|signal-exit|node-cleanup|death/;

/** `skip`: nodes whose subtrees are not evidence (TS006 sets aside handlers that close nothing). */
export function hasShutdownEvidence(program: TSESTree.Program, skip?: ReadonlySet<Node>): boolean {
  let found = false;
  walk(program, (n: Node) => {
    if (found || skip?.has(n)) return false;
    switch (n.type) {
      case 'ImportDeclaration':
        if (SHUTDOWN_LIBRARIES.has(String(n.source.value))) found = true;
        return false;
      case 'CallExpression': {
        const name = methodName(n);
        if (name === 'enableShutdownHooks') found = true;
        if (name === 'require' && n.arguments[0] && SHUTDOWN_LIBRARIES.has(stringValue(n.arguments[0]) ?? '')) found = true;
        // Sending SIGTERM to someone else is not handling it.
        if (name === 'kill') return false;
        return true;
      }
      case 'ImportExpression':
        if (SHUTDOWN_LIBRARIES.has(stringValue(n.source) ?? '')) found = true;
        return true;
      case 'Literal':
      case 'TemplateLiteral':
        if (stringValue(n) === 'SIGTERM') found = true;
        return true;
      case 'Identifier':
        if (n.name === 'SIGTERM') found = true;
        return true;
      default:
        return true;
    }
  });
  return found;
}
