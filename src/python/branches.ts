/**
 * Whether two pieces of code of one module can both run in one start: different branches of one
 * `if` cannot, and neither can code after an `if` whose branch ended with `return`, `raise` or an
 * exit. Code inside functions is followed to where the module calls or hands out those functions
 * (`main()`, `asyncio.run(main())`, `dp.startup.register(on_startup)`), so a choice made by the
 * caller (`if WEBHOOK_URL: run_webhook() else: run_polling()`) is seen.
 */
import { enclosingFunction, enclosingLoops, isLongRunningLoop } from './context.js';
import { unparenthesize, walk, type PyNode } from './node.js';
import type { PyResolver } from './resolve.js';
import { functionReferenced } from './tasks.js';

const MAX_DEPTH = 6;
const MAX_CHAINS = 64;

/**
 * The ways `node` comes to run: chains that start at `node` and climb from a function to each place
 * the module refers to it (a call, or the function handed to something that calls it), up to code
 * at module level or in a function nobody in the module refers to.
 */
export function runChains(node: PyNode, references: ReferenceIndex): PyNode[][] {
  const out: PyNode[][] = [];
  const climb = (chain: PyNode[], seen: Set<PyNode>) => {
    if (out.length >= MAX_CHAINS) return;
    const last = chain[chain.length - 1]!;
    const fn = enclosingFunction(last);
    const refs = fn && fn.kind === 'def' && !seen.has(fn.node) && chain.length <= MAX_DEPTH ? (references.get(fn.node) ?? []) : [];
    if (!refs.length) {
      out.push(chain);
      return;
    }
    const next = new Set(seen).add(fn!.node);
    for (const r of refs) climb([...chain, r], next);
  };
  climb([node], new Set());
  return out;
}

/**
 * Whether `a` and `b` can both run in one start: some way each comes to run meets the other's in
 * one function (or at module level) where they are not exclusive branches.
 */
export function canRunTogether(a: PyNode, b: PyNode, references: ReferenceIndex, resolver: PyResolver): boolean {
  // Code in a long-running loop switches modes over time (failover), it is not a start path.
  const starts = (n: PyNode) => runChains(n, references).filter((chain) => !chain.some(inLongRunningLoop));
  const chainsB = starts(b);
  for (const chainA of starts(a)) {
    for (const chainB of chainsB) {
      const meeting = meet(chainA, chainB);
      if (meeting && (meeting[0] === meeting[1] || !mutuallyExclusive(meeting[0], meeting[1], resolver))) return true;
    }
  }
  return false;
}

function inLongRunningLoop(n: PyNode): boolean {
  return enclosingLoops(n).some((l) => isLongRunningLoop(l.node));
}

/** The first pair of links of two chains that sit in the same function (or both at module level). */
function meet(chainA: PyNode[], chainB: PyNode[]): [PyNode, PyNode] | undefined {
  const scopeOf = (n: PyNode) => enclosingFunction(n)?.node ?? null;
  for (const x of chainA) {
    const sx = scopeOf(x);
    for (const y of chainB) if (scopeOf(y) === sx) return [x, y];
  }
  return undefined;
}

export type ReferenceIndex = Map<PyNode, PyNode[]>;

/** Every reference to each `def` of the module (`main()`, `register(on_startup)`, `self.run_webhook()`). */
export function referenceIndex(root: PyNode, resolver: PyResolver): ReferenceIndex {
  const index: ReferenceIndex = new Map();
  walk(root, (n) => {
    if (n.type !== 'identifier' && n.type !== 'attribute') return true;
    // The name of a def itself is not a reference.
    if (n.parent?.type === 'function_definition' && n.field === 'name') return false;
    const def = functionReferenced(n, resolver);
    if (def) {
      const list = index.get(def) ?? [];
      list.push(n);
      index.set(def, list);
      return false;
    }
    return n.type === 'attribute';
  });
  return index;
}

/** Whether `a` and `b` cannot both run: see the module comment. Both must be in the same module. */
export function mutuallyExclusive(a: PyNode, b: PyNode, resolver?: PyResolver): boolean {
  const pathA = ancestry(a);
  const pathB = new Set(ancestry(b));
  const lca = pathA.find((n) => pathB.has(n));
  if (!lca) return false;
  if (resolver && exclusiveGuards(a, b, lca, resolver)) return true;
  const childA = childToward(lca, a);
  const childB = childToward(lca, b);
  if (!childA || !childB || childA === childB) return false;
  // Different clauses of one `if`, or the `try` body and one of its handlers.
  if (lca.type === 'if_statement' || lca.type === 'conditional_expression') return true;
  if (lca.type === 'try_statement') {
    // A handler runs instead of the rest of the `try` body (and its `else:`); `finally:` runs anyway.
    if (childA.type === 'finally_clause' || childB.type === 'finally_clause') return false;
    return isExcept(childA) || isExcept(childB);
  }
  // Sibling statements: the earlier one is an `if` whose branch holding the code ends the start.
  if (lca.type === 'block' || lca.type === 'module') {
    const [first, firstNode] = childA.start < childB.start ? [childA, a] : [childB, b];
    return first.type === 'if_statement' && branchEnds(first, firstNode);
  }
  return false;
}

function ancestry(n: PyNode): PyNode[] {
  const out: PyNode[] = [];
  for (let p: PyNode | null = n; p; p = p.parent) out.push(p);
  return out;
}

function childToward(ancestor: PyNode, n: PyNode): PyNode | undefined {
  let c: PyNode | null = n;
  while (c && c.parent !== ancestor) c = c.parent;
  return c ?? undefined;
}

function isExcept(n: PyNode): boolean {
  return n.type === 'except_clause' || n.type === 'except_group_clause';
}

/** The clause of `ifStatement` that holds `node` ends with `return`, `raise` or an exit call. */
function branchEnds(ifStatement: PyNode, node: PyNode): boolean {
  const clause = childToward(ifStatement, node);
  if (!clause) return false;
  const block = clause.type === 'block' ? clause : clause.childOfType('block');
  const statements = block?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (last.type === 'return_statement' || last.type === 'raise_statement') return true;
  const expr = last.type === 'expression_statement' ? last.namedChildren[0] : undefined;
  const call = expr?.type === 'await' ? expr.namedChildren[0] : expr;
  if (call?.type !== 'call') return false;
  const fn = call.child('function')?.text ?? '';
  // `sys.exit()`, `exit()`, and the blocking run calls that never return (`executor.start_webhook(...)`).
  return /(^|\.)(exit|_exit|run_webhook|start_webhook|run_polling|start_polling|infinity_polling)$/.test(fn);
}

/** A condition reduced to a test on one subject: `mode == "polling"`, `WEBHOOK_URL` (truthy), `not WEBHOOK_URL`. */
interface Test {
  subject: string;
  /** `eq`/`ne` compare to `value`; `truthy`/`falsy` test the subject itself. */
  op: 'eq' | 'ne' | 'truthy' | 'falsy';
  value?: string;
}

/**
 * Two separate `if`s whose conditions cannot both hold: `if mode == "webhook": …` and
 * `if mode == "polling": …`, `if url:` and `if not url:`, also through flags bound to such tests
 * (`polling_enabled = run_mode == "polling"`).
 */
function exclusiveGuards(a: PyNode, b: PyNode, lca: PyNode, resolver: PyResolver): boolean {
  const ga = guards(a, lca, resolver);
  const gb = guards(b, lca, resolver);
  return ga.some((x) => gb.some((y) => contradict(x, y)));
}

/** The tests that must hold for `node` to run, from the `if`s between it and `stop`. */
function guards(node: PyNode, stop: PyNode, resolver: PyResolver): Test[] {
  const out: Test[] = [];
  let child = node;
  for (let n = node.parent; n && n !== stop; child = n, n = n.parent) {
    if (n.type === 'if_statement') {
      const cond = n.child('condition');
      if (!cond || child === cond) continue;
      const negate = child.type === 'else_clause' || child.type === 'elif_clause';
      const t = testOf(cond, resolver, 0);
      if (t) out.push(negate ? invert(t) : t);
    }
    if (n.type === 'elif_clause') {
      const cond = n.child('condition');
      const t = cond && child !== cond ? testOf(cond, resolver, 0) : undefined;
      if (t) out.push(t);
    }
  }
  return out;
}

function testOf(expr: PyNode, resolver: PyResolver, depth: number): Test | undefined {
  if (depth > 3) return undefined;
  const e = unparenthesize(expr);
  if (e.type === 'not_operator') {
    const arg = e.child('argument');
    const t = arg ? testOf(arg, resolver, depth + 1) : undefined;
    return t && invert(t);
  }
  if (e.type === 'comparison_operator') {
    const operands = e.namedChildren.filter((c) => c.type !== 'comment');
    const ops = e.children.filter((c) => !c.named).map((c) => c.type);
    if (operands.length !== 2 || ops.length !== 1 || (ops[0] !== '==' && ops[0] !== '!=')) return undefined;
    const [l, r] = operands as [PyNode, PyNode];
    const [subject, lit] = isStringLiteral(r) ? [l, r] : isStringLiteral(l) ? [r, l] : [undefined, undefined];
    if (!subject || !lit) return undefined;
    return { subject: subject.text, op: ops[0] === '==' ? 'eq' : 'ne', value: lit.text.slice(1, -1) };
  }
  if (e.type === 'identifier' || e.type === 'attribute') {
    // A flag bound to a test: `polling_enabled = run_mode == "polling"`.
    if (e.type === 'identifier') {
      const b = resolver.bindingOf(e);
      if (b?.kind === 'assign' && b.value && unparenthesize(b.value).type === 'comparison_operator') {
        const t = testOf(b.value, resolver, depth + 1);
        if (t) return t;
      }
    }
    return { subject: e.text, op: 'truthy' };
  }
  return undefined;
}

function isStringLiteral(n: PyNode): boolean {
  return n.type === 'string' && !n.children.some((c) => c.type === 'interpolation');
}

function invert(t: Test): Test {
  const op = t.op === 'eq' ? 'ne' : t.op === 'ne' ? 'eq' : t.op === 'truthy' ? 'falsy' : 'truthy';
  return { ...t, op };
}

function contradict(x: Test, y: Test): boolean {
  if (x.subject !== y.subject) return false;
  if ((x.op === 'truthy' && y.op === 'falsy') || (x.op === 'falsy' && y.op === 'truthy')) return true;
  if (x.op === 'eq' && y.op === 'eq') return x.value !== y.value;
  if ((x.op === 'eq' && y.op === 'ne') || (x.op === 'ne' && y.op === 'eq')) return x.value === y.value;
  return false;
}
