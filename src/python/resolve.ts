/**
 * Name resolution for one Python module: turns what a rule sees (`r.get`, `s.get`, `client.post`,
 * `self.pool.acquire`) into qualified dotted names (`requests.get`, `requests.Session.get`,
 * `httpx.AsyncClient.post`, `asyncpg.create_pool.acquire`).
 *
 * The model is deliberately simple and flow-insensitive:
 * - Scopes are the module, each `def`/`lambda`, each class body (visible only to code written
 *   directly in it, as in Python) and comprehensions (for their loop variables). `global` and
 *   `nonlocal` send a name to the module / enclosing scope.
 * - A name bound by an import resolves to the import's target (see `imports.ts`).
 * - A name bound to the result of a call resolves to the callee's qualified name: after
 *   `s = requests.Session()`, `s.get` is `requests.Session.get`; after
 *   `async with httpx.AsyncClient() as client`, `client.get` is `httpx.AsyncClient.get`; after
 *   `pool = await asyncpg.create_pool(...)`, `pool.acquire` is `asyncpg.create_pool.acquire`.
 *   The calls followed are listed in `Resolution.via` so a rule can inspect their arguments.
 * - A name bound to another name or attribute is an alias of it.
 * - A parameter annotated with a type resolves to that type (`session: aiohttp.ClientSession`,
 *   also through `Optional[...]` and `X | None`).
 * - `self.x` inside a method resolves through `self.x = ...` assignments in any method of the
 *   class, and through class-level assignments.
 * - When a name is bound several times in one scope, the last binding written before the use
 *   wins (or the first one, if none is written before).
 * Anything else (an unannotated parameter, a loop variable, a tuple unpacking, a name bound to an
 * arbitrary expression) is opaque: the name resolves to itself as written, with `root` saying why.
 */
import { dottedName } from './calls.js';
import { importStatementBindings } from './imports.js';
import { unparenthesize, walk, type PyNode, type PythonTree } from './node.js';
import { getOrMake } from '../multimap.js';

export type BindingKind =
  | 'import'
  | 'assign'
  | 'with'
  | 'parameter'
  | 'def'
  | 'class'
  /** Loop variables, tuple unpacking, `except ... as e`, `*args`: values we cannot follow. */
  | 'opaque';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** Where the name is bound (the identifier, or the import's name node). */
  node: PyNode;
  /** The scope node the binding belongs to (`module`, `function_definition`, `class_definition`...). */
  scope: PyNode;
  /** `assign`/`with`: the value expression; `parameter`: the annotation (if any); `def`/`class`: the definition. */
  value?: PyNode;
  /** `import`: the dotted target. */
  target?: string;
  /** `assign`: the type annotation (`s: requests.Session = make()`), used when the value cannot be followed. */
  annotation?: PyNode;
}

export interface Resolution {
  /** Qualified dotted name, e.g. `requests.Session.get`. */
  name: string;
  /**
   * How the leftmost name was bound: `import` means the name is rooted in an imported module (the
   * case most rules want); `unbound` means no binding was found (builtins such as `open`, names from
   * `from m import *`).
   */
  root: BindingKind | 'unbound';
  /** Calls whose results were followed to get here, earliest first (`requests.Session()` for `s.get`). */
  via: PyNode[];
}

const SCOPE_TYPES = new Set([
  'module',
  'function_definition',
  'lambda',
  'class_definition',
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
]);
const UNPACKING = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'expression_list', 'as_pattern_target']);
const MAX_DEPTH = 24;

interface ScopeInfo {
  node: PyNode;
  bindings: Map<string, Binding[]>;
  /** Names declared `global` (resolve at module level) or `nonlocal` (resolve outside). */
  globals: Set<string>;
  nonlocals: Set<string>;
}

const cache = new WeakMap<PythonTree, PyResolver>();

/** The resolver of a tree, built once and shared by every rule that asks. */
export function resolverFor(tree: PythonTree): PyResolver {
  let r = cache.get(tree);
  if (!r) {
    r = new PyResolver(tree.root);
    cache.set(tree, r);
  }
  return r;
}

export class PyResolver {
  private readonly scopes = new Map<PyNode, ScopeInfo>();
  private readonly classAttributes = new Map<PyNode, Map<string, Binding[]>>();
  private readonly resolved = new Map<PyNode, Resolution | null>();

  constructor(readonly root: PyNode) {}

  /** Qualified dotted name of a name, attribute chain or call result; null for other expressions. */
  qualifiedName(expr: PyNode): string | null {
    return this.resolve(expr)?.name ?? null;
  }

  /** Qualified name of a call's callee: `r.get(...)` after `import requests as r` gives `requests.get`. */
  calleeQualifiedName(call: PyNode): string | null {
    const fn = call.child('function');
    return fn ? this.qualifiedName(fn) : null;
  }

  /**
   * Resolve an expression; see the module comment for the rules. Answers are kept per node: many
   * rules ask about the same calls, and a resolution is a function of the (immutable) tree.
   */
  resolve(expr: PyNode): Resolution | null {
    return getOrMake(this.resolved, expr, () => this.resolveExpr(expr, 0, new Set()));
  }

  /** The binding `identifier` refers to at its position, if any. */
  bindingOf(identifier: PyNode): Binding | undefined {
    return this.lookup(identifier.text, identifier);
  }

  /** The binding of `name` as seen from `at`. */
  lookup(name: string, at: PyNode): Binding | undefined {
    let scopeNode: PyNode | undefined = this.scopeOf(at);
    let first = true;
    while (scopeNode) {
      const scope = this.scope(scopeNode);
      if (scope.globals.has(name) && scopeNode !== this.root) {
        scopeNode = this.root;
        continue;
      }
      // A class body's names are not visible from the methods inside it.
      const visible = first || scopeNode.type !== 'class_definition';
      if (visible && !scope.nonlocals.has(name)) {
        const list = scope.bindings.get(name);
        if (list?.length) return pick(list, at);
      }
      first = false;
      scopeNode = scopeNode === this.root ? undefined : this.scopeOf(scopeNode);
    }
    return undefined;
  }

  /** All bindings of a scope node (module, def, lambda, class, comprehension). */
  bindingsIn(scopeNode: PyNode): ReadonlyMap<string, Binding[]> {
    return this.scope(scopeNode).bindings;
  }

  /** The innermost scope node that `node` is evaluated in. */
  scopeOf(node: PyNode): PyNode {
    let child = node;
    for (let n = node.parent; n; child = n, n = n.parent) {
      if (!SCOPE_TYPES.has(n.type)) continue;
      // A def's name, decorators, defaults and annotations are evaluated in the enclosing scope...
      // except that parameters themselves are bound inside; treat the `parameters` node as inside.
      if (n.type === 'function_definition' || n.type === 'class_definition') {
        if (child.field === 'body' || child.field === 'parameters') return n;
        continue;
      }
      if (n.type === 'lambda') return n;
      // Comprehensions bind only their loop variables; other names fall through to the outer scope.
      return n;
    }
    return this.root;
  }

  private resolveExpr(expr: PyNode, depth: number, seen: Set<PyNode>): Resolution | null {
    if (depth > MAX_DEPTH) return null;
    const e = unparenthesize(expr);
    switch (e.type) {
      case 'identifier':
        return this.resolveIdentifier(e, depth, seen);
      case 'attribute': {
        const obj = e.child('object');
        const attr = e.child('attribute');
        if (!obj || !attr) return null;
        const viaSelf = this.resolveSelfAttribute(obj, attr.text, depth, seen);
        if (viaSelf) return viaSelf;
        const base = this.resolveExpr(obj, depth + 1, seen);
        return base ? { name: `${base.name}.${attr.text}`, root: base.root, via: base.via } : null;
      }
      case 'call': {
        // `requests.Session().get`: the call's result reads as the callee's name.
        const fn = e.child('function');
        const base = fn ? this.resolveExpr(fn, depth + 1, seen) : null;
        return base ? { name: base.name, root: base.root, via: [...base.via, e] } : null;
      }
      case 'await': {
        const inner = e.namedChildren.find((c) => c.type !== 'comment');
        return inner ? this.resolveExpr(inner, depth + 1, seen) : null;
      }
      default:
        return null;
    }
  }

  private resolveIdentifier(id: PyNode, depth: number, seen: Set<PyNode>): Resolution | null {
    const name = id.text;
    const binding = this.lookup(name, id);
    if (!binding) return { name, root: 'unbound', via: [] };
    return this.resolveBinding(binding, name, depth, seen);
  }

  private resolveBinding(binding: Binding, written: string, depth: number, seen: Set<PyNode>): Resolution | null {
    switch (binding.kind) {
      case 'import':
        return { name: binding.target!, root: 'import', via: [] };
      case 'def':
      case 'class':
      case 'opaque':
        return { name: written, root: binding.kind, via: [] };
      case 'parameter':
      case 'assign':
      case 'with': {
        const annotation = binding.kind === 'parameter' ? binding.value : binding.annotation;
        const value = binding.kind === 'parameter' ? undefined : binding.value;
        const type = annotation ? annotationType(annotation) : undefined;
        return (
          (value && this.follow(binding, value, depth, seen)) ||
          (type && this.follow(binding, type, depth, seen)) || { name: written, root: binding.kind, via: [] }
        );
      }
    }
  }

  /** Resolve a binding's value (or type) expression; null when it cannot be followed. */
  private follow(binding: Binding, value: PyNode, depth: number, seen: Set<PyNode>): Resolution | null {
    if (seen.has(binding.node)) return null; // `x = x.y`, or a cycle through aliases
    const inner = followable(value);
    if (!inner) return null;
    seen.add(binding.node);
    try {
      return this.resolveExpr(inner, depth + 1, seen);
    } finally {
      seen.delete(binding.node);
    }
  }

  /** `self.x` in a method of class C: follow C's `self.x = ...` and class-level `x = ...` bindings. */
  private resolveSelfAttribute(obj: PyNode, attr: string, depth: number, seen: Set<PyNode>): Resolution | null {
    const o = unparenthesize(obj);
    if (o.type !== 'identifier') return null;
    const binding = this.lookup(o.text, o);
    if (!binding || binding.kind !== 'parameter') return null;
    const fn = binding.scope;
    const cls = methodClass(fn);
    if (!cls || firstParameterName(fn) !== o.text) return null;
    const list = this.classAttributeBindings(cls).get(attr) ?? this.scope(cls).bindings.get(attr);
    if (!list?.length) return null;
    // Attributes are often initialised to None in __init__ and set for real elsewhere
    // (`self.pool = await asyncpg.create_pool()` in `start`): prefer values that can be followed.
    const useful = list.filter((b) => b.kind !== 'assign' || (b.value !== undefined && isFollowable(b.value)));
    return this.resolveBinding(pick(useful.length ? useful : list, obj), `${o.text}.${attr}`, depth + 1, seen);
  }

  private classAttributeBindings(cls: PyNode): Map<string, Binding[]> {
    let map = this.classAttributes.get(cls);
    if (map) return map;
    map = new Map();
    const body = cls.child('body');
    for (const member of body?.children ?? []) {
      const def = member.type === 'decorated_definition' ? member.child('definition') : member;
      if (def?.type !== 'function_definition') continue;
      const self = firstParameterName(def);
      if (!self) continue;
      const defBody = def.child('body');
      if (!defBody) continue;
      walk(defBody, (n) => {
        if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') return false;
        if (n.type === 'assignment') {
          const left = n.child('left');
          const right = rightmostValue(n);
          if (left?.type === 'attribute' && right) {
            const obj = left.child('object');
            const attr = left.child('attribute');
            if (obj?.type === 'identifier' && obj.text === self && attr) {
              addBinding(map!, { name: attr.text, kind: 'assign', node: left, scope: cls, value: right });
            }
          }
        }
      });
    }
    this.classAttributes.set(cls, map);
    return map;
  }

  private scope(node: PyNode): ScopeInfo {
    let s = this.scopes.get(node);
    if (!s) {
      s = collectScope(node);
      this.scopes.set(node, s);
      if (node === this.root) this.addGlobalAssignments(s);
    }
    return s;
  }

  /**
   * `def init(): global session; session = requests.Session()` binds the module-level name: add
   * such assignments to the module scope (lookups of `session` inside `init` go there too).
   */
  private addGlobalAssignments(module: ScopeInfo): void {
    const declared: PyNode[] = [];
    walk(this.root, (n) => {
      if (n.type === 'global_statement') declared.push(n);
      return !EXPRESSION_ONLY.has(n.type);
    });
    for (const statement of declared) {
      let fn: PyNode | undefined;
      for (let a = statement.parent; a && !fn; a = a.parent) if (a.type === 'function_definition') fn = a;
      if (!fn) continue;
      const local = this.scope(fn);
      for (const id of statement.namedChildren) {
        if (id.type !== 'identifier') continue;
        for (const b of local.bindings.get(id.text) ?? []) {
          if (b.kind !== 'parameter') addBinding(module.bindings, { ...b, scope: this.root });
        }
      }
    }
    for (const list of module.bindings.values()) list.sort((a, b) => a.node.start - b.node.start);
  }
}

/** Statements that cannot contain a `global` declaration. */
const EXPRESSION_ONLY = new Set(['expression_statement', 'return_statement', 'import_statement', 'import_from_statement', 'comment']);

/**
 * The last binding written before `at`, else the first one. A binding's own value does not see it
 * (`x = x.strip()` reads the previous `x`).
 */
function pick(list: Binding[], at: PyNode): Binding {
  let best: Binding | undefined;
  for (const b of list) {
    if (b.value && b.value.start <= at.start && at.end <= b.value.end) continue;
    if (b.node.start < at.start) best = b;
  }
  return best ?? list[0]!;
}

function addBinding(map: Map<string, Binding[]>, b: Binding): void {
  const list = map.get(b.name);
  if (list) list.push(b);
  else map.set(b.name, [b]);
}

/** The expression a value reads through: a name, attribute or call, also behind `await`. */
function followable(value: PyNode): PyNode | undefined {
  const v = unparenthesize(value);
  const inner = v.type === 'await' ? v.namedChildren.find((c) => c.type !== 'comment') : v;
  return inner && ['identifier', 'attribute', 'call'].includes(inner.type) ? inner : undefined;
}

function isFollowable(value: PyNode): boolean {
  return followable(value) !== undefined;
}

/** The value of `a = b = value` (the innermost right-hand side). */
function rightmostValue(assignment: PyNode): PyNode | undefined {
  let right = assignment.child('right');
  while (right?.type === 'assignment') right = right.child('right');
  return right;
}

/** For a method: its class; null for plain functions. */
function methodClass(fn: PyNode): PyNode | null {
  if (fn.type !== 'function_definition') return null;
  let p = fn.parent;
  if (p?.type === 'decorated_definition') p = p.parent;
  if (p?.type !== 'block') return null;
  return p.parent?.type === 'class_definition' ? p.parent : null;
}

function firstParameterName(fn: PyNode): string | null {
  const params = fn.child('parameters');
  const first = params?.namedChildren.find((c) => c.type !== 'comment');
  if (!first) return null;
  const id = first.type === 'identifier' ? first : parameterName(first);
  return id?.text ?? null;
}

function parameterName(p: PyNode): PyNode | undefined {
  switch (p.type) {
    case 'identifier':
      return p;
    case 'typed_parameter':
      return p.namedChildren.find((c) => c.type === 'identifier');
    case 'default_parameter':
    case 'typed_default_parameter':
      return p.child('name');
    default:
      return undefined;
  }
}

/** `X`, `Optional[X]`, `typing.Optional[X]`, `X | None`, `Union[X, None]` -> the `X` expression. */
function annotationType(annotation: PyNode): PyNode | undefined {
  let t = unparenthesize(annotation.type === 'type' ? (annotation.namedChildren[0] ?? annotation) : annotation);
  for (let i = 0; i < 4; i++) {
    if (t.type === 'binary_operator' && t.child('operator')?.type === '|') {
      const left = t.child('left');
      const right = t.child('right');
      if (right?.type === 'none' && left) t = unparenthesize(left);
      else if (left?.type === 'none' && right) t = unparenthesize(right);
      else return undefined;
    } else if (t.type === 'subscript' || t.type === 'generic_type') {
      const head = t.child('value') ?? t.namedChildren[0];
      const name = head ? dottedName(head) : null;
      if (name !== 'Optional' && name !== 'typing.Optional' && name !== 'Union' && name !== 'typing.Union') return undefined;
      // `typing.Optional[X]` is a subscript; `Optional[X]` a generic_type with a type_parameter.
      const args = t.type === 'subscript' ? t.childrenFor('subscript') : (t.childOfType('type_parameter')?.namedChildren ?? []);
      const real = args.map((a) => (a.type === 'type' ? (a.namedChildren[0] ?? a) : a)).filter((a) => a.type !== 'none');
      if (real.length !== 1) return undefined;
      t = unparenthesize(real[0]!);
    } else {
      return t.type === 'identifier' || t.type === 'attribute' ? t : undefined;
    }
  }
  return undefined;
}

/** Collect the bindings of one scope without entering nested scopes (whose names it still binds). */
function collectScope(scopeNode: PyNode): ScopeInfo {
  const info: ScopeInfo = { node: scopeNode, bindings: new Map(), globals: new Set(), nonlocals: new Set() };
  const add = (name: string, kind: BindingKind, node: PyNode, extra: Partial<Binding> = {}) =>
    addBinding(info.bindings, { name, kind, node, scope: scopeNode, ...extra });

  const bindTarget = (target: PyNode, kind: BindingKind, value?: PyNode) => {
    // Iterative: unpacking targets can nest arbitrarily deep.
    const stack: { node: PyNode; kind: BindingKind; value: PyNode | undefined }[] = [{ node: target, kind, value }];
    while (stack.length) {
      const { node, kind: k, value: v } = stack.pop()!;
      const t = unparenthesize(node);
      if (t.type === 'identifier') {
        add(t.text, k, t, v ? { value: v } : {});
      } else if (UNPACKING.has(t.type)) {
        const items = t.namedChildren.filter((c) => c.type !== 'comment');
        // `as_pattern_target` wraps a single target: keep its kind; real unpacking is opaque.
        const single = t.type === 'as_pattern_target' && items.length === 1;
        for (const c of items) {
          const inner = c.type === 'list_splat_pattern' ? (c.namedChildren[0] ?? c) : c;
          stack.push(single ? { node: inner, kind: k, value: v } : { node: inner, kind: 'opaque', value: undefined });
        }
      }
    }
  };

  // Parameters.
  if (scopeNode.type === 'function_definition' || scopeNode.type === 'lambda') {
    const params = scopeNode.child('parameters');
    for (const p of params?.namedChildren ?? []) {
      const id = parameterName(p);
      if (id) {
        const annotation = p.child('type');
        add(id.text, 'parameter', id, annotation ? { value: annotation } : {});
      } else if (p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') {
        const inner = p.namedChildren.find((c) => c.type === 'identifier');
        if (inner) add(inner.text, 'opaque', inner);
      }
    }
  }

  const body =
    scopeNode.type === 'function_definition' || scopeNode.type === 'class_definition'
      ? scopeNode.child('body')
      : scopeNode.type === 'lambda'
        ? scopeNode.child('body')
        : scopeNode;
  if (!body) return info;

  walk(body, (n) => {
    if (n !== body && n !== scopeNode && SCOPE_TYPES.has(n.type)) {
      if (n.type === 'function_definition' || n.type === 'class_definition') {
        const name = n.child('name');
        if (name) add(name.text, n.type === 'class_definition' ? 'class' : 'def', name, { value: n });
        // Decorators, defaults and annotations are evaluated here but bind nothing worth following
        // (walrus in a default value is too rare to matter).
      }
      return false;
    }
    switch (n.type) {
      case 'import_statement':
      case 'import_from_statement':
        for (const b of importStatementBindings(n)) add(b.local, 'import', b.nameNode, { target: b.target });
        return false;
      case 'assignment': {
        // `a = b = value` nests assignments in `right`: the walk reaches the inner one too, and
        // both left sides bind the innermost value.
        const left = n.child('left');
        const right = rightmostValue(n);
        const annotation = n.child('type');
        if (left?.type === 'identifier' && (right || annotation)) {
          add(left.text, 'assign', left, { ...(right ? { value: right } : {}), ...(annotation ? { annotation } : {}) });
        } else if (left) {
          bindTarget(left, right ? 'assign' : 'opaque', right);
        }
        return true;
      }
      case 'named_expression': {
        const name = n.child('name');
        const value = n.child('value');
        if (name) add(name.text, 'assign', name, value ? { value } : {});
        return true;
      }
      case 'augmented_assignment':
        return true;
      case 'as_pattern': {
        // `with X as y` (in a with_item) or `except E as e`.
        const alias = n.child('alias');
        const value = n.namedChildren.find((c) => c.field !== 'alias' && c.type !== 'comment');
        if (alias) bindTarget(alias, n.parent?.type === 'with_item' && value ? 'with' : 'opaque', value);
        return true;
      }
      case 'for_statement':
      case 'for_in_clause': {
        const left = n.child('left');
        if (left) bindTarget(left, 'opaque');
        return true;
      }
      case 'global_statement':
      case 'nonlocal_statement':
        for (const id of n.namedChildren) {
          if (id.type === 'identifier') (n.type === 'global_statement' ? info.globals : info.nonlocals).add(id.text);
        }
        return false;
      default:
        return true;
    }
  });

  return info;
}
