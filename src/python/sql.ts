/**
 * SQL that Python code sends: the text of a query argument, written in place (`"SELECT …"`,
 * f-strings, implicit concatenation), through `sqlalchemy.text("…")`, or through a name bound to a
 * string constant (`LOCK_SQL = "SELECT pg_advisory_lock($1)"`).
 */
import { kwarg, methodName, positionalArg } from './calls.js';
import { stringTemplate } from './literals.js';
import { unparenthesize, type PyNode } from './node.js';
import type { PyResolver } from './resolve.js';

/** Methods of DB-API cursors, asyncpg, SQLAlchemy and `databases` connections that run SQL. */
export const SQL_METHODS = new Set([
  'execute',
  'executemany',
  'executescript',
  'fetch',
  'fetchrow',
  'fetchval',
  'fetch_one',
  'fetch_all',
  'fetch_val',
  'exec_driver_sql',
  'scalar',
  'scalars',
]);

export interface SqlText {
  text: string;
  /** The string literal the text comes from (possibly elsewhere in the module). */
  literal: PyNode;
  /** The argument of the call that carries the SQL (set by `sqlOfCall`). */
  argument?: PyNode;
}

/** The SQL a call runs, when it is a SQL method whose query argument is a known string. */
export function sqlOfCall(call: PyNode, resolver: PyResolver): SqlText | undefined {
  const method = methodName(call);
  if (!method || !SQL_METHODS.has(method)) return undefined;
  const arg = positionalArg(call, 0) ?? kwarg(call, 'query')?.value ?? kwarg(call, 'statement')?.value ?? kwarg(call, 'sql')?.value;
  const sql = arg ? sqlOfExpression(arg, resolver) : undefined;
  return sql && arg ? { ...sql, argument: arg } : undefined;
}

/** The SQL an expression holds: a literal, `text("…")`, or a name bound to either. */
export function sqlOfExpression(expr: PyNode, resolver: PyResolver, depth = 0): SqlText | undefined {
  const e = unparenthesize(expr);
  const text = stringTemplate(e);
  if (text !== null) return { text, literal: e };
  if (depth > 4) return undefined;
  if (e.type === 'call') {
    const name = resolver.calleeQualifiedName(e) ?? '';
    const first = positionalArg(e, 0);
    if (/(^|\.)text$/.test(name) && first) return sqlOfExpression(first, resolver, depth + 1);
    return undefined;
  }
  if (e.type === 'identifier') {
    const b = resolver.bindingOf(e);
    if (b?.kind === 'assign' && b.value) return sqlOfExpression(b.value, resolver, depth + 1);
  }
  return undefined;
}
