/**
 * HTTP client calls that can wait forever (TS004): axios (default instance and `axios.create`
 * instances), got (default and `got.extend` instances), and Node's `http`/`https`
 * `request`/`get`. For each call: where its options are, and whether a bound is set.
 *
 * A bound is `timeout`, or `signal` (an `AbortSignal.timeout(…)` usually), or for axios the legacy
 * `cancelToken`. Options that cannot be read (a variable we cannot follow, a spread, a call) are
 * `unknown`, and unknown is never reported.
 */
import { ancestors, unwrapExpression, walk, type Node, type TSESTree } from './ast.js';
import { isFunction } from './context.js';
import { dottedName, propertyName, stringValue } from './literals.js';
import { hasProperty, objectLiteral, type Presence } from './objects.js';
import type { JsRef, JsResolver } from './resolve.js';

export type Client = 'axios' | 'got' | 'http';

export interface HttpCall {
  client: Client;
  call: TSESTree.CallExpression;
  /** The instance-creating call the request goes through (`axios.create({...})`), if any. */
  instance: TSESTree.CallExpression | TSESTree.NewExpression | undefined;
  /** Whether the call's own options set a bound. */
  bound: Presence;
}

const AXIOS_CONFIG_AT: Record<string, number> = {
  request: 0,
  get: 1,
  delete: 1,
  head: 1,
  options: 1,
  post: 2,
  put: 2,
  patch: 2,
  postForm: 2,
  putForm: 2,
  patchForm: 2,
};
const GOT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
const BOUND_KEYS: Record<Client, string[]> = {
  axios: ['timeout', 'signal', 'cancelToken'],
  got: ['timeout', 'signal'],
  http: ['timeout', 'signal'],
};

/** Classify a call as an HTTP request through a known client, with its own options' bound. */
export function httpCall(call: TSESTree.CallExpression, resolver: JsResolver): HttpCall | null {
  const ref = resolver.resolve(call.callee);
  if (!ref) return null;
  if (ref.module === 'axios') return axiosCall(call, ref, resolver);
  if (ref.module === 'got') return gotCall(call, ref, resolver);
  if (ref.module === 'http' || ref.module === 'https') return nodeHttpCall(call, ref, resolver);
  return null;
}

function axiosCall(call: TSESTree.CallExpression, ref: JsRef, resolver: JsResolver): HttpCall | null {
  // The default instance: [] or [method]; an instance: [create] or [create, method].
  let path = ref.path;
  let instance: HttpCall['instance'];
  if (path[0] === 'create') {
    instance = ref.via.find((v) => v.type === 'CallExpression' && v !== call);
    if (!instance) return null;
    path = path.slice(1);
  }
  if (path.length > 1) return null;
  let configAt: number;
  if (path.length === 0) {
    // `axios(config)` or `axios(url, config)`.
    const first = call.arguments[0];
    if (!first) return null;
    configAt = stringLike(first) ? 1 : 0;
  } else {
    const at = AXIOS_CONFIG_AT[path[0]!];
    if (at === undefined) return null;
    configAt = at;
  }
  return { client: 'axios', call, instance, bound: optionsBound(call.arguments[configAt], 'axios', resolver) };
}

function gotCall(call: TSESTree.CallExpression, ref: JsRef, resolver: JsResolver): HttpCall | null {
  let path = ref.path;
  let instance: HttpCall['instance'];
  if (path[0] === 'extend') {
    instance = ref.via.find((v) => v.type === 'CallExpression' && v !== call);
    if (!instance) return null;
    path = path.slice(1);
  }
  if (path.length > 1 || (path.length === 1 && !GOT_METHODS.has(path[0]!))) return null;
  const first = call.arguments[0];
  if (!first) return null;
  const optionsArg = stringLike(first) ? call.arguments[1] : first;
  return { client: 'got', call, instance, bound: optionsBound(optionsArg, 'got', resolver) };
}

function nodeHttpCall(call: TSESTree.CallExpression, ref: JsRef, resolver: JsResolver): HttpCall | null {
  if (ref.path.length !== 1 || (ref.path[0] !== 'request' && ref.path[0] !== 'get')) return null;
  const [first, second] = call.arguments;
  if (!first) return null;
  let bound: Presence;
  if (stringLike(first)) {
    // (url, options?, callback?)
    bound = second && !isFunction(unwrapExpression(second)) ? optionsBound(second, 'http', resolver) : 'absent';
  } else {
    bound = optionsBound(first, 'http', resolver);
  }
  if (bound === 'absent' && boundOnRequestObject(call)) bound = 'present';
  return { client: 'http', call, instance: undefined, bound };
}

/** A URL: a string, a template, `new URL(…)`, or a name that says so (`url`, `endpoint`, `this.baseUrl`). */
function stringLike(expr: Node): boolean {
  const e = unwrapExpression(expr);
  if (e.type === 'TemplateLiteral' || e.type === 'BinaryExpression' || stringValue(e) !== null) return true;
  if (e.type === 'NewExpression' && dottedName(e.callee) === 'URL') return true;
  const name = dottedName(e);
  return name !== null && /(url|uri|endpoint|href|link|path)s?$/i.test(name);
}

/**
 * `present` when the options set a bound key, `absent` when there are none or they are an object
 * literal (possibly through a `const`) without one, `unknown` otherwise. An `agent` may carry its
 * own socket timeout, so it makes Node `http` options unknown.
 */
export function optionsBound(arg: Node | undefined, client: Client, resolver: JsResolver): Presence {
  if (!arg) return 'absent';
  const obj = objectLiteral(arg, resolver);
  if (!obj) return 'unknown';
  let result: Presence = 'absent';
  for (const key of [...BOUND_KEYS[client], ...(client === 'http' ? ['agent'] : [])]) {
    const p = hasProperty(obj, key);
    if (p === 'present') return key === 'agent' ? 'unknown' : 'present';
    if (p === 'unknown') result = 'unknown';
  }
  return result;
}

/**
 * `http.get(url, cb).setTimeout(…)`, `.on('timeout', …)` along the chain, or the request kept in a
 * variable that gets `req.setTimeout(…)` / `req.on('timeout', …)` later. A request returned or
 * handed to another function may be bounded there: treated as bound.
 */
function boundOnRequestObject(call: TSESTree.CallExpression): boolean {
  let top: Node = call;
  for (;;) {
    const parent: Node | undefined = top.parent;
    if (parent?.type === 'MemberExpression' && parent.object === top && parent.parent?.type === 'CallExpression' && parent.parent.callee === parent) {
      if (isTimeoutMember(parent, parent.parent)) return true;
      top = parent.parent;
      continue;
    }
    break;
  }
  const parent = top.parent;
  if (!parent || parent.type === 'ExpressionStatement') return false;
  if (parent.type === 'AwaitExpression') return false;
  if (parent.type === 'VariableDeclarator' && parent.init === top && parent.id.type === 'Identifier') {
    const name = parent.id.name;
    const scope = scopeOf(parent);
    let bound = false;
    walk(scope, (n) => {
      if (bound) return false;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression') {
        const obj = unwrapExpression(n.callee.object);
        if (obj.type === 'Identifier' && obj.name === name && isTimeoutMember(n.callee, n)) bound = true;
      }
      // Handed to a helper that may set it: give up.
      if (n.type === 'CallExpression' && n.arguments.some((a) => a.type === 'Identifier' && a.name === name)) bound = true;
      if (n.type === 'ReturnStatement' && n.argument?.type === 'Identifier' && n.argument.name === name) bound = true;
      return true;
    });
    return bound;
  }
  // Returned, passed on, stored in a property: the caller may bound it.
  return true;
}

function isTimeoutMember(member: TSESTree.MemberExpression, call: TSESTree.CallExpression): boolean {
  const name = propertyName(member);
  if (name === 'setTimeout') return true;
  if ((name === 'on' || name === 'once') && call.arguments[0] && stringValue(call.arguments[0]) === 'timeout') return true;
  return false;
}

function scopeOf(node: Node): Node {
  for (const a of ancestors(node)) if (isFunction(a) || a.type === 'Program') return a;
  return node;
}

/** `axios.create(config)` / `got.extend(options)`: an instance factory call and its client, else null. */
export function instanceFactory(call: TSESTree.CallExpression, resolver: JsResolver): Client | null {
  const ref = resolver.resolve(call.callee);
  if (!ref || ref.via.length > 0 || ref.path.length !== 1) return null;
  if (ref.module === 'axios' && ref.path[0] === 'create') return 'axios';
  if (ref.module === 'got' && ref.path[0] === 'extend') return 'got';
  return null;
}
