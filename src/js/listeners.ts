/**
 * `.listen(…)` calls that bind a loopback address (SH010): `server.listen(port, '127.0.0.1')`,
 * `app.listen(3000, 'localhost', cb)`, `server.listen({ port, host: '::1' })`. The host is a string
 * literal, or a `const` of the file initialised with one (`const HOST = 'localhost'`). With no host
 * Node's `net.Server.listen` accepts connections on every interface (the unspecified IPv6 address,
 * or 0.0.0.0), so `listen(port)` is never reported — except on a Fastify instance, whose `listen`
 * defaults its `host` to `localhost` (Fastify's reference, Server `listen`: "host Default:
 * localhost"; its own tests assert that `fastify.listen()` binds the loopback address). A first
 * argument that is a string other than a port number is a Unix socket or pipe path, not TCP.
 */
import { findAll, unwrapExpression, spanOf, type Node, type TSESTree } from './ast.js';
import { literalOf, propertyName } from './literals.js';
import { resolverFor } from './resolve.js';
import { hostScope } from '../shell/addresses.js';
import type { Span } from '../source.js';

export interface LoopbackListen {
  /** `server.listen()`, or `listen()` when the receiver is not a plain name. */
  call: string;
  address: string;
  /** No host is given and the server's default is loopback (Fastify). */
  byDefault?: boolean;
  /** The host argument (or the `host` property's value). */
  span: Span;
}

export function loopbackListens(program: TSESTree.Program): LoopbackListen[] {
  const out: LoopbackListen[] = [];
  let consts: Map<string, string | null> | undefined;
  const constString = (e: Node): string | undefined => {
    const n = unwrapExpression(e);
    const lit = literalOf(n);
    if (lit.kind === 'string') return lit.value;
    if (n.type !== 'Identifier') return undefined;
    consts ??= fileConstants(program);
    return consts.get(n.name) ?? undefined;
  };
  for (const call of findAll(program, 'CallExpression')) {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'listen') continue;
    const obj = unwrapExpression(callee.object);
    const label = obj.type === 'Identifier' ? `${obj.name}.listen()` : obj.type === 'ThisExpression' ? 'this.listen()' : 'listen()';
    const [first, second] = call.arguments as Node[];
    // The span of a missing host: `listen(…)`, from the method name to the closing parenthesis.
    const whole = { start: callee.property.range[0], end: call.range[1] };
    if (!first) {
      if (isFastify(program, callee)) out.push({ call: label, address: 'localhost', span: whole, byDefault: true });
      continue;
    }
    if (first.type === 'SpreadElement') continue;
    const head = unwrapExpression(first);
    if (head.type === 'ObjectExpression') {
      if (!head.properties.some((p) => p.type === 'SpreadElement' || (p.type === 'Property' && ['host', 'path', 'fd', 'handle'].includes(propertyName(p) ?? ''))) && isFastify(program, callee)) {
        out.push({ call: label, address: 'localhost', span: whole, byDefault: true });
        continue;
      }
      for (const p of head.properties) {
        if (p.type !== 'Property' || propertyName(p) !== 'host') continue;
        const host = constString(p.value);
        if (host !== undefined && hostScope(host) === 'loopback') out.push({ call: label, address: host, span: spanOf(p.value) });
      }
      continue;
    }
    const port = literalOf(head);
    // Fastify 3's `listen(port)` and `listen(port, cb)`: no address, so its default.
    const noHost = !second || second.type === 'ArrowFunctionExpression' || second.type === 'FunctionExpression';
    if (noHost && (port.kind === 'number' || head.type === 'Identifier' || head.type === 'MemberExpression') && isFastify(program, callee)) {
      out.push({ call: label, address: 'localhost', span: whole, byDefault: true });
      continue;
    }
    if (!second || second.type === 'SpreadElement') continue;
    if (port.kind === 'string' && !/^\d+$/.test(port.value)) continue;
    if (head.type === 'ArrowFunctionExpression' || head.type === 'FunctionExpression') continue;
    const host = constString(second);
    if (host !== undefined && host !== '' && hostScope(host) === 'loopback') out.push({ call: label, address: host, span: spanOf(second) });
  }
  return out;
}

/** `app.listen` on a Fastify instance: `Fastify()` / `fastify()` called, or a value typed `FastifyInstance`. */
function isFastify(program: TSESTree.Program, callee: TSESTree.MemberExpression): boolean {
  const ref = resolverFor(program).resolve(callee);
  if (!ref || ref.module !== 'fastify' || ref.path.at(-1) !== 'listen') return false;
  const owner = ref.path.slice(0, -1).join('.');
  return ((owner === '' || owner === 'fastify' || owner === 'default') && ref.via.length > 0) || owner === 'FastifyInstance';
}

/** `const NAME = 'text'` declared once in the file (any scope): NAME -> text; names declared more than once -> null. */
function fileConstants(program: TSESTree.Program): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const d of findAll(program, 'VariableDeclarator')) {
    if (d.id.type !== 'Identifier') continue;
    const decl = (d as { parent?: TSESTree.Node }).parent;
    const lit = d.init && decl?.type === 'VariableDeclaration' && decl.kind === 'const' ? literalOf(d.init) : undefined;
    const name = d.id.name;
    out.set(name, out.has(name) || lit?.kind !== 'string' ? null : lit.value);
  }
  return out;
}
