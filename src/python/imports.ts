/**
 * What Python import statements bind:
 *   `import requests as r`                     r        -> requests
 *   `import os.path`                           os       -> os           (`os.path.join` then reads as written)
 *   `import redis.asyncio as redis`            redis    -> redis.asyncio
 *   `from requests import get`                 get      -> requests.get
 *   `from motor.motor_asyncio import AsyncIOMotorClient as M`  M -> motor.motor_asyncio.AsyncIOMotorClient
 *   `from . import util` / `from ..pkg import x`  util -> .util, x -> ..pkg.x  (relative, leading dots kept)
 * `from m import *` binds nothing we can name; it is reported in `wildcards`.
 */
import { walk, type PyNode } from './node.js';

export interface ImportBinding {
  /** The local name the statement binds. */
  local: string;
  /** The dotted name the local name stands for. */
  target: string;
  /** The identifier (or dotted name) where `local` is written. */
  nameNode: PyNode;
  /** The whole import statement. */
  statement: PyNode;
}

export interface ModuleImports {
  bindings: ImportBinding[];
  /** Modules imported with `from m import *`. */
  wildcards: string[];
  /** Every module named by an import (`requests`, `redis.asyncio`, `motor.motor_asyncio`, `.util`...). */
  modules: Set<string>;
}

/** The bindings of one `import` / `from ... import` statement (empty for anything else). */
export function importStatementBindings(statement: PyNode): ImportBinding[] {
  const out: ImportBinding[] = [];
  if (statement.type === 'import_statement') {
    for (const item of statement.childrenFor('name')) {
      if (item.type === 'aliased_import') {
        const name = item.child('name');
        const alias = item.child('alias');
        if (name && alias) out.push({ local: alias.text, target: dotted(name), nameNode: alias, statement });
      } else if (item.type === 'dotted_name') {
        // `import a.b.c` binds `a`; attribute access through it then spells the full path.
        const first = item.namedChildren[0];
        if (first) out.push({ local: first.text, target: first.text, nameNode: first, statement });
      }
    }
  } else if (statement.type === 'import_from_statement') {
    const moduleNode = statement.child('module_name');
    if (!moduleNode) return out;
    const module = moduleName(moduleNode);
    const join = (name: string) => (module.endsWith('.') ? module + name : `${module}.${name}`);
    for (const item of statement.childrenFor('name')) {
      if (item.type === 'aliased_import') {
        const name = item.child('name');
        const alias = item.child('alias');
        if (name && alias) out.push({ local: alias.text, target: join(dotted(name)), nameNode: alias, statement });
      } else if (item.type === 'dotted_name') {
        out.push({ local: dotted(item), target: join(dotted(item)), nameNode: item, statement });
      }
    }
  }
  return out;
}

/** The module a `from` statement imports from, or the modules an `import` statement names. */
export function importedModulesOf(statement: PyNode): string[] {
  if (statement.type === 'import_from_statement') {
    const m = statement.child('module_name');
    return m ? [moduleName(m)] : [];
  }
  if (statement.type === 'import_statement') {
    return statement.childrenFor('name').map((item) => {
      const name = item.type === 'aliased_import' ? item.child('name') : item;
      return name ? dotted(name) : '';
    }).filter(Boolean);
  }
  return [];
}

/**
 * Every import in the module, wherever it is written (top level, inside functions, inside
 * `try: import ujson as json / except ImportError: import json`), in source order.
 */
export function moduleImports(root: PyNode): ModuleImports {
  const out: ModuleImports = { bindings: [], wildcards: [], modules: new Set() };
  walk(root, (n) => {
    if (n.type === 'import_statement' || n.type === 'import_from_statement') {
      out.bindings.push(...importStatementBindings(n));
      for (const m of importedModulesOf(n)) out.modules.add(m);
      if (n.type === 'import_from_statement' && n.childOfType('wildcard_import')) {
        const m = n.child('module_name');
        if (m) out.wildcards.push(moduleName(m));
      }
      return false;
    }
    // Imports only appear in statement positions; no need to look inside expressions.
    return !EXPRESSION_LEAVES.has(n.type);
  });
  return out;
}

const EXPRESSION_LEAVES = new Set(['expression_statement', 'return_statement', 'comment', 'string']);

function dotted(node: PyNode): string {
  if (node.type === 'dotted_name') return node.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text).join('.');
  return node.text;
}

/** `relative_import` keeps its dots: `from . import x` is `.`, `from ..a import x` is `..a`. */
function moduleName(node: PyNode): string {
  if (node.type !== 'relative_import') return dotted(node);
  const prefix = node.childOfType('import_prefix')?.text.replace(/\s+/g, '') ?? '.';
  const rest = node.childOfType('dotted_name');
  return rest ? prefix + dotted(rest) : prefix;
}
