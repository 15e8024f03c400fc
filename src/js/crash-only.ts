/**
 * Crash-only workers: a worker function whose promise is handled by ending the process,
 * `runWorker().catch((err) => { log(err); process.exit(1); })`. When its loop ends on an error the
 * process exits on purpose and its supervisor (systemd `Restart=`, a restart policy) starts a fresh
 * one: the worker is not silently gone while the rest of the process looks healthy.
 */
import { findAll, unwrapExpression, walk, type Node, type TSESTree } from './ast.js';
import { isFunction, type FunctionNode } from './context.js';
import { propertyName } from './literals.js';
import type { JsResolver } from './resolve.js';
import { selfKill } from './watchdog.js';

/** Whether some call of `fn` in the file (by the name it is declared under) has a rejection handler that ends the process. */
export function exitsOnRejection(fn: FunctionNode, program: TSESTree.Program, resolver: JsResolver, text: string): boolean {
  const id = declaredName(fn);
  if (!id) return false;
  for (const call of findAll(program, 'CallExpression')) {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'Identifier' || callee.name !== id.name || resolver.bindingOf(callee)?.id !== id) continue;
    if (rejectionHandlers(call).some((h) => handlerExits(h, resolver, text))) return true;
  }
  return false;
}

/** `function run() {}`, or `const run = async () => {}` / `const run = async function () {}`. */
function declaredName(fn: FunctionNode): TSESTree.Identifier | null {
  if (fn.type === 'FunctionDeclaration') return fn.id;
  const parent = fn.parent;
  return parent?.type === 'VariableDeclarator' && parent.init === fn && parent.id.type === 'Identifier' ? parent.id : null;
}

/** The rejection handlers chained on a promise: `p.catch(h)`, `p.then(ok, h)`, through `.then`/`.finally` links. */
function rejectionHandlers(promise: Node): Node[] {
  const out: Node[] = [];
  let p: Node = promise;
  for (;;) {
    const member = p.parent;
    if (member?.type !== 'MemberExpression' || member.object !== p) break;
    const call = member.parent;
    if (call?.type !== 'CallExpression' || call.callee !== member) break;
    const name = propertyName(member);
    const handler = name === 'catch' ? call.arguments[0] : name === 'then' ? call.arguments[1] : undefined;
    if (handler) out.push(handler);
    if (name !== 'catch' && name !== 'then' && name !== 'finally') break;
    p = call;
  }
  return out;
}

/** A handler (inline, or a function of the file named by it) that calls `process.exit(non-zero)`, `process.abort()` or kills its own process. */
function handlerExits(handler: Node, resolver: JsResolver, text: string): boolean {
  let fn: Node | undefined = unwrapExpression(handler);
  if (fn.type === 'Identifier') {
    const binding = resolver.bindingOf(fn);
    const declared = binding?.id.parent;
    fn = declared && isFunction(declared) ? declared : binding?.init;
  }
  if (!fn || !isFunction(fn)) return false;
  let exits = false;
  walk(fn.body, (n) => {
    if (exits) return false;
    if (n.type === 'CallExpression' && selfKill(n, resolver, text)) exits = true;
    return !exits;
  });
  return exits;
}
