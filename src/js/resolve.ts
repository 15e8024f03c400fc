/**
 * Where a JS/TS identifier comes from: which module and which export path.
 *
 *   import axios from 'axios'                  axios             -> axios  []
 *   import * as pg from 'pg'; new pg.Pool()    pg.Pool           -> pg     [Pool]
 *   import { Pool as P } from 'pg'             P                 -> pg     [Pool]
 *   const { Pool } = require('pg')             Pool              -> pg     [Pool]
 *   const pg = require('pg'); pg.Pool          pg.Pool           -> pg     [Pool]
 *   import pg = require('pg')                  pg.Pool           -> pg     [Pool]
 *   const http = axios.create({...}); http.get http.get          -> axios  [create, get]  via [axios.create(...)]
 *   constructor(private http: HttpService)     this.http.get     -> @nestjs/axios [HttpService, get]
 *
 * Conventions:
 * - ESM/CommonJS interop is normalised: a default import, a namespace import and `require()` all
 *   stand for the module itself (path `[]`), and a leading `.default` is dropped, so
 *   `import pg from 'pg'; pg.Pool`, `import { Pool } from 'pg'` and `require('pg').Pool` agree.
 * - The `node:` prefix is dropped (`node:http` is `http`).
 * - A name bound to the result of a call or `new` resolves to the callee's path; the calls
 *   followed are listed in `via`, so a rule can read their arguments (the `axios.create({...})`
 *   options for `http.get`).
 * - A parameter or class property annotated with an imported type resolves to that type.
 * - `this.x` inside a class resolves through the class's property initialisers, `this.x = ...`
 *   assignments in its methods, and constructor parameter properties.
 * Scoping is lexical (imports, `var` per function, `let`/`const`/`class`/`function` per block,
 * parameters, catch parameters); when a scope binds a name twice, the last binding written
 * before the use wins. Anything not rooted in an import or `require` resolves to null: use
 * `dottedName` for globals such as `process.exit`.
 */
import { ancestors, unwrapExpression, walk, type Node, type TSESTree } from './ast.js';
import { propertyName, stringValue } from './literals.js';

export interface JsRef {
  /** Module specifier without a `node:` prefix: `axios`, `pg`, `mysql2/promise`, `http`, `./db`. */
  module: string;
  /** Export path below the module (see the module comment for normalisation). */
  path: string[];
  /** Calls and `new` expressions whose results were followed, earliest first. */
  via: (TSESTree.CallExpression | TSESTree.NewExpression)[];
}

export type JsBindingKind = 'import' | 'variable' | 'destructure' | 'parameter' | 'function' | 'class' | 'opaque';

export interface JsBinding {
  name: string;
  kind: JsBindingKind;
  /** The identifier that declares the name. */
  id: TSESTree.Identifier;
  /** The scope node: Program, a function, a block, a loop head, a catch clause... */
  scope: Node;
  /** `import`: the module and imported path. */
  module?: string;
  path?: string[];
  /** `variable`: the initialiser; `destructure`: the object destructured. */
  init?: Node;
  /** `parameter`: the type annotation, if any. */
  type?: TSESTree.TypeNode;
  /** `function`/`class`: the declaration. */
  declaration?: Node;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const BLOCK_SCOPES = new Set([
  'Program',
  'BlockStatement',
  'StaticBlock',
  'SwitchStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'CatchClause',
  'TSModuleBlock',
  ...FUNCTION_TYPES,
]);
const MAX_DEPTH = 24;

const cache = new WeakMap<TSESTree.Program, JsResolver>();

/** The resolver of a program, built once and shared by every rule that asks. */
export function resolverFor(program: TSESTree.Program): JsResolver {
  let r = cache.get(program);
  if (!r) {
    r = new JsResolver(program);
    cache.set(program, r);
  }
  return r;
}

export function normaliseModule(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

export class JsResolver {
  private scopes: Map<Node, Map<string, JsBinding[]>> | undefined;
  private readonly classMembers = new Map<Node, Map<string, JsBinding[]>>();

  constructor(readonly program: TSESTree.Program) {}

  /** Module and export path of an identifier, member chain, call or `new`; null when not rooted in an import/require. */
  resolve(expr: Node): JsRef | null {
    return this.resolveExpr(expr, 0, new Set());
  }

  /** `module.path.joined` (`axios.create.get`, `pg.Pool`), or null. */
  qualifiedName(expr: Node): string | null {
    const r = this.resolve(expr);
    return r ? [r.module, ...r.path].join('.') : null;
  }

  /** The binding an identifier refers to at its position, if declared in the file. */
  bindingOf(id: TSESTree.Identifier): JsBinding | undefined {
    return this.lookup(id.name, id);
  }

  /** The binding of `name` as seen from `at`. */
  lookup(name: string, at: Node): JsBinding | undefined {
    const scopes = this.scopeTable();
    for (let n: Node | undefined = at; n; n = n.parent) {
      const list = scopes.get(n)?.get(name);
      if (list?.length) return pick(list, at);
    }
    return undefined;
  }

  private resolveExpr(expr: Node, depth: number, seen: Set<Node>): JsRef | null {
    if (depth > MAX_DEPTH) return null;
    const e = unwrapExpression(expr);
    switch (e.type) {
      case 'Identifier': {
        const b = this.lookup(e.name, e);
        return b ? this.resolveBinding(b, depth, seen) : null;
      }
      case 'MemberExpression': {
        const name = propertyName(e);
        if (name === null) return null;
        const obj = unwrapExpression(e.object);
        const base = obj.type === 'ThisExpression' ? this.resolveThisMember(obj, name, depth, seen) : this.resolveExpr(obj, depth + 1, seen);
        if (!base) return null;
        if (obj.type === 'ThisExpression') return base;
        // ESM/CJS interop: `require('axios').default` and `pg.default.Pool` mean the module's main export.
        if (name === 'default' && base.path.length === 0) return base;
        return { module: base.module, path: [...base.path, name], via: base.via };
      }
      case 'CallExpression': {
        const module = requiredModule(e);
        if (module !== null) return { module, path: [], via: [] };
        const base = this.resolveExpr(e.callee, depth + 1, seen);
        return base ? { ...base, via: [...base.via, e] } : null;
      }
      case 'NewExpression': {
        const base = this.resolveExpr(e.callee, depth + 1, seen);
        return base ? { ...base, via: [...base.via, e] } : null;
      }
      case 'ImportExpression': {
        const spec = stringValue(e.source);
        return spec === null ? null : { module: normaliseModule(spec), path: [], via: [] };
      }
      case 'AwaitExpression':
        return this.resolveExpr(e.argument, depth + 1, seen);
      default:
        return null;
    }
  }

  private resolveBinding(b: JsBinding, depth: number, seen: Set<Node>): JsRef | null {
    switch (b.kind) {
      case 'import':
        return { module: b.module!, path: b.path ?? [], via: [] };
      case 'variable':
      case 'destructure': {
        if (!b.init || seen.has(b.id)) return null;
        seen.add(b.id);
        try {
          const base = this.resolveExpr(b.init, depth + 1, seen);
          if (!base) return null;
          if (b.kind === 'variable') return base;
          let path = base.path;
          for (const p of b.path ?? []) if (!(p === 'default' && path.length === 0)) path = [...path, p];
          return { module: base.module, path, via: base.via };
        } finally {
          seen.delete(b.id);
        }
      }
      case 'parameter':
        return b.type ? this.resolveType(b.type, depth, seen) : null;
      default:
        return null;
    }
  }

  /** `HttpService`, `pg.Pool`, `Redis | null`, `Promise<...>` is not followed. */
  private resolveType(type: TSESTree.TypeNode, depth: number, seen: Set<Node>): JsRef | null {
    let t: TSESTree.TypeNode = type;
    if (t.type === 'TSUnionType') {
      const real = t.types.filter((x) => x.type !== 'TSNullKeyword' && x.type !== 'TSUndefinedKeyword');
      if (real.length !== 1) return null;
      t = real[0]!;
    }
    if (t.type !== 'TSTypeReference') return null;
    const parts: string[] = [];
    let name: TSESTree.EntityName = t.typeName;
    while (name.type === 'TSQualifiedName') {
      parts.unshift(name.right.name);
      name = name.left;
    }
    if (name.type !== 'Identifier') return null;
    const b = this.lookup(name.name, name);
    const base = b ? this.resolveBinding(b, depth + 1, seen) : null;
    return base ? { module: base.module, path: [...base.path, ...parts], via: base.via } : null;
  }

  /** `this.name` inside a class: property initialisers, `this.name = ...`, parameter properties. */
  private resolveThisMember(self: TSESTree.ThisExpression, name: string, depth: number, seen: Set<Node>): JsRef | null {
    const cls = classOfThis(self);
    if (!cls) return null;
    const list = this.members(cls).get(name);
    if (!list?.length) return null;
    // Fields are often declared empty and assigned in an init method: prefer bindings with a value.
    const useful = list.filter((b) => b.init || b.type);
    return this.resolveBinding(pick(useful.length ? useful : list, self), depth + 1, seen);
  }

  private members(cls: TSESTree.ClassBody): Map<string, JsBinding[]> {
    let map = this.classMembers.get(cls);
    if (map) return map;
    map = new Map();
    const m = map;
    const add = (name: string, id: Node, extra: Partial<JsBinding>) =>
      addBinding(m, { name, kind: 'variable', id: id as TSESTree.Identifier, scope: cls, ...extra });
    for (const member of cls.body) {
      if (member.type === 'PropertyDefinition' && !member.static) {
        const name = propertyName(member);
        if (name === null) continue;
        if (member.value) add(name, member.key, { init: member.value });
        else if (member.typeAnnotation) add(name, member.key, { kind: 'parameter', type: member.typeAnnotation.typeAnnotation });
      }
      if (member.type === 'MethodDefinition' && member.kind === 'constructor') {
        for (const p of member.value.params) {
          if (p.type !== 'TSParameterProperty') continue;
          const param = p.parameter.type === 'AssignmentPattern' ? p.parameter.left : p.parameter;
          if (param.type === 'Identifier') {
            add(param.name, param, param.typeAnnotation ? { kind: 'parameter', type: param.typeAnnotation.typeAnnotation } : { kind: 'opaque' });
          }
        }
      }
    }
    walk(cls, (n) => {
      if (n.type === 'ClassBody' && n !== cls) return false;
      if (n.type === 'AssignmentExpression' && n.operator === '=' && n.left.type === 'MemberExpression') {
        const obj = unwrapExpression(n.left.object);
        const name = propertyName(n.left);
        if (obj.type === 'ThisExpression' && name !== null && classOfThis(obj) === cls) add(name, n.left.property, { init: n.right });
      }
    });
    this.classMembers.set(cls, map);
    return map;
  }

  private scopeTable(): Map<Node, Map<string, JsBinding[]>> {
    if (!this.scopes) this.scopes = collectBindings(this.program);
    return this.scopes;
  }
}

/**
 * `require('x')`: the module, else null. A locally declared `require` counts too: in ESM it is
 * usually `createRequire(import.meta.url)`.
 */
function requiredModule(call: TSESTree.CallExpression): string | null {
  if (call.callee.type !== 'Identifier' || call.callee.name !== 'require' || call.arguments.length < 1) return null;
  const spec = stringValue(call.arguments[0]!);
  return spec === null ? null : normaliseModule(spec);
}

/** The class whose instance `this` is at this point (looking through arrow functions), if any. */
export function classOfThis(self: Node): TSESTree.ClassBody | null {
  let prev: Node = self;
  for (const a of ancestors(self)) {
    if (a.type === 'FunctionExpression' || a.type === 'FunctionDeclaration') {
      // A method's function: its parent is the MethodDefinition / Property in a class body.
      const p = a.parent;
      if (p && (p.type === 'MethodDefinition' || p.type === 'TSAbstractMethodDefinition') && p.parent?.type === 'ClassBody') return p.parent;
      return null;
    }
    if ((a.type === 'PropertyDefinition' || a.type === 'AccessorProperty') && prev === a.value && a.parent?.type === 'ClassBody') return a.parent;
    if (a.type === 'StaticBlock') return null;
    prev = a;
  }
  return null;
}

function pick(list: JsBinding[], at: Node): JsBinding {
  let best: JsBinding | undefined;
  for (const b of list) {
    // A binding's own initialiser does not see it (`const x = x.y` reads an outer x).
    if (b.init && b.init.range[0] <= at.range[0] && at.range[1] <= b.init.range[1] && b.kind !== 'destructure') continue;
    if (b.id.range[0] <= at.range[0]) best = b;
  }
  return best ?? list[0]!;
}

function addBinding(map: Map<string, JsBinding[]>, b: JsBinding): void {
  const list = map.get(b.name);
  if (list) list.push(b);
  else map.set(b.name, [b]);
}

/** The scope a declaration belongs to. */
function scopeFor(node: Node, kind: 'var' | 'lexical'): Node {
  for (const a of ancestors(node)) {
    if (kind === 'var' ? FUNCTION_TYPES.has(a.type) || a.type === 'Program' || a.type === 'TSModuleBlock' : BLOCK_SCOPES.has(a.type)) return a;
  }
  return node;
}

/** One pass over the program collecting every declaration into its scope. */
function collectBindings(program: TSESTree.Program): Map<Node, Map<string, JsBinding[]>> {
  const scopes = new Map<Node, Map<string, JsBinding[]>>();
  const add = (scope: Node, b: Omit<JsBinding, 'scope'>) => {
    let m = scopes.get(scope);
    if (!m) scopes.set(scope, (m = new Map()));
    addBinding(m, { ...b, scope });
  };

  /** Bind every identifier of a pattern; `path` is the property path from the destructured value. */
  const bindPattern = (pattern: Node, scope: Node, init: Node | undefined, path: string[] | null) => {
    const stack: { p: Node; path: string[] | null }[] = [{ p: pattern, path }];
    while (stack.length) {
      const { p, path: at } = stack.pop()!;
      switch (p.type) {
        case 'Identifier':
          if (at === null || !init) add(scope, { name: p.name, kind: 'opaque', id: p });
          else if (at.length === 0) add(scope, { name: p.name, kind: 'variable', id: p, init });
          else add(scope, { name: p.name, kind: 'destructure', id: p, init, path: at });
          break;
        case 'AssignmentPattern':
          stack.push({ p: p.left, path: at });
          break;
        case 'ObjectPattern':
          for (const prop of p.properties) {
            if (prop.type === 'RestElement') stack.push({ p: prop.argument, path: null });
            else {
              const key = propertyName(prop);
              stack.push({ p: prop.value, path: at === null || key === null ? null : [...at, key] });
            }
          }
          break;
        case 'ArrayPattern':
          for (const el of p.elements) if (el) stack.push({ p: el, path: null });
          break;
        case 'RestElement':
          stack.push({ p: p.argument, path: null });
          break;
        case 'TSParameterProperty':
          stack.push({ p: p.parameter, path: at });
          break;
        default:
          break;
      }
    }
  };

  walk(program, (n) => {
    switch (n.type) {
      case 'ImportDeclaration': {
        const module = normaliseModule(String(n.source.value));
        for (const s of n.specifiers) {
          const path =
            s.type === 'ImportSpecifier'
              ? (() => {
                  const imported = s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
                  return imported === 'default' ? [] : [imported];
                })()
              : [];
          add(program, { name: s.local.name, kind: 'import', id: s.local, module, path });
        }
        return false;
      }
      case 'TSImportEqualsDeclaration': {
        const ref = n.moduleReference;
        if (ref.type === 'TSExternalModuleReference') {
          const spec = stringValue(ref.expression);
          if (spec !== null) add(scopeFor(n, 'lexical'), { name: n.id.name, kind: 'import', id: n.id, module: normaliseModule(spec), path: [] });
        }
        return false;
      }
      case 'VariableDeclaration': {
        const scope = scopeFor(n, n.kind === 'var' ? 'var' : 'lexical');
        for (const d of n.declarations) {
          // In `for (const x of xs)` the variable takes each element: opaque.
          const loopHead = (n.parent?.type === 'ForOfStatement' || n.parent?.type === 'ForInStatement') && n.parent.left === n;
          bindPattern(d.id, scope, loopHead ? undefined : (d.init ?? undefined), loopHead ? null : []);
        }
        return true;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        if (n.type === 'FunctionDeclaration' && n.id) add(scopeFor(n, 'lexical'), { name: n.id.name, kind: 'function', id: n.id, declaration: n });
        if (n.type === 'FunctionExpression' && n.id) add(n, { name: n.id.name, kind: 'function', id: n.id, declaration: n });
        for (const p of n.params) {
          const param = p.type === 'TSParameterProperty' ? p.parameter : p;
          const id = param.type === 'AssignmentPattern' ? param.left : param;
          if (id.type === 'Identifier') {
            const type = id.typeAnnotation?.typeAnnotation;
            add(n, { name: id.name, kind: 'parameter', id, ...(type ? { type } : {}) });
          } else {
            bindPattern(id, n, undefined, null);
          }
        }
        return true;
      }
      case 'ClassDeclaration':
        if (n.id) add(scopeFor(n, 'lexical'), { name: n.id.name, kind: 'class', id: n.id, declaration: n });
        return true;
      case 'CatchClause':
        if (n.param) bindPattern(n.param, n, undefined, null);
        return true;
      default:
        return true;
    }
  });
  return scopes;
}
