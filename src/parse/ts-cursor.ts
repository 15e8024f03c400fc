/**
 * A tree cursor for copying a whole tree-sitter tree out of WASM, with as little work per node as
 * the binding allows.
 *
 * Each public `TreeCursor` call first writes the cursor's four words into the binding's transfer
 * buffer, calls into WASM, and for moves reads the four words back: eight JS-to-heap writes and
 * reads around every WASM call, several calls per node, and that is most of the cost of copying a
 * tree (profiled: 23% of a cold Python stdlib run). The C side keeps the cursor in the transfer
 * buffer between calls, so a walk that makes no other tree-sitter call in between can call the
 * exported C functions directly and write the state back to the `TreeCursor` once at the end.
 *
 * That uses web-tree-sitter internals (the Emscripten module the init options become, the
 * `_ts_tree_cursor_*_wasm` exports, the cursor's and tree's indexed words). When any of them is
 * missing (another version), `publicCursor` gives the same operations through the public API.
 */
import type { Language, Tree, TreeCursor } from 'web-tree-sitter';
import { wasmBinding } from './tree-sitter.js';

export interface CursorOps {
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  typeId(): number;
  /** Start and end as UTF-16 offsets (what the public `startIndex`/`endIndex` give). */
  start(): number;
  end(): number;
  fieldId(): number;
  isMissing(): boolean;
  /** Hand the cursor back in a state its own methods (and `delete()`) can use. */
  finish(): void;
}

interface Binding {
  _ts_init(): number;
  getValue(ptr: number, type: 'i32'): number;
  setValue(ptr: number, value: number, type: 'i32'): void;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
}

const NEEDED = [
  '_ts_init',
  'getValue',
  'setValue',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
] as const;

/** The last binding checked and the answer: a copy per file asked again (and read the environment). */
let checked: { of: object; usable: Binding | undefined } | undefined;

function binding(): Binding | undefined {
  const b = wasmBinding() as Record<string, unknown> | undefined;
  if (!b) return undefined;
  if (checked?.of !== b) checked = { of: b, usable: usableBinding(b) };
  return checked.usable;
}

function usableBinding(b: Record<string, unknown>): Binding | undefined {
  if (process.env.PRODLINT_TS_PUBLIC_CURSOR) return undefined;
  for (const k of NEEDED) if (typeof b[k] !== 'function') return undefined;
  return b as unknown as Binding;
}

/**
 * One step of a depth-first (pre-order) walk: to the first child, else to the next sibling of the
 * node or of its nearest ancestor that has one. The depth after the step (the root is 0), or
 * undefined when the walk is over. Both tree copies (Python, shell) walk this way.
 */
export function nextInPreorder(ops: Pick<CursorOps, 'gotoFirstChild' | 'gotoNextSibling' | 'gotoParent'>, depth: number): number | undefined {
  if (ops.gotoFirstChild()) return depth + 1;
  for (;;) {
    if (ops.gotoNextSibling()) return depth;
    if (!ops.gotoParent()) return undefined;
    depth--;
  }
}

type Words = Record<0 | 1 | 2 | 3, number>;

/** The fastest cursor operations available for `cursor` over `tree`. */
export function cursorOps(cursor: TreeCursor, tree: Tree): CursorOps {
  const b = binding();
  const c = cursor as unknown as Words;
  const treePtr = (tree as unknown as Words)[0];
  if (!b || ![c[0], c[1], c[2], c[3], treePtr].every((w) => typeof w === 'number')) return publicCursor(cursor);
  // `_ts_init` only writes the language version words into the transfer buffer and returns its
  // address; the cursor's state then goes there, where every call below reads and updates it.
  const buffer = b._ts_init();
  for (let k = 0; k < 4; k++) b.setValue(buffer + 4 * k, c[k as 0], 'i32');
  return {
    gotoFirstChild: () => b._ts_tree_cursor_goto_first_child_wasm(treePtr) === 1,
    gotoNextSibling: () => b._ts_tree_cursor_goto_next_sibling_wasm(treePtr) === 1,
    gotoParent: () => b._ts_tree_cursor_goto_parent_wasm(treePtr) === 1,
    typeId: () => b._ts_tree_cursor_current_node_type_id_wasm(treePtr),
    start: () => b._ts_tree_cursor_start_index_wasm(treePtr),
    end: () => b._ts_tree_cursor_end_index_wasm(treePtr),
    fieldId: () => b._ts_tree_cursor_current_field_id_wasm(treePtr),
    isMissing: () => b._ts_tree_cursor_current_node_is_missing_wasm(treePtr) === 1,
    // The walk may have grown the cursor's stack (a new address): the cursor must free that one.
    finish: () => {
      for (let k = 0; k < 4; k++) c[k as 0] = b.getValue(buffer + 4 * k, 'i32');
    },
  };
}

/** The same operations through web-tree-sitter's public API. */
export function publicCursor(cursor: TreeCursor): CursorOps {
  return {
    gotoFirstChild: () => cursor.gotoFirstChild(),
    gotoNextSibling: () => cursor.gotoNextSibling(),
    gotoParent: () => cursor.gotoParent(),
    typeId: () => cursor.nodeTypeId,
    start: () => cursor.startIndex,
    end: () => cursor.endIndex,
    fieldId: () => cursor.currentFieldId,
    isMissing: () => cursor.nodeIsMissing,
    finish: () => {},
  };
}

/** tree-sitter's type id for ERROR nodes (`ts_builtin_sym_error`). */
export const ERROR_TYPE_ID = 0xffff;

export interface NameTables {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
}

// Node type and field names by numeric id: reading ids from the cursor avoids one string copy out
// of WASM per node.
const tables = new WeakMap<Language, NameTables>();

export function nameTables(language: Language): NameTables {
  let t = tables.get(language);
  if (!t) {
    t = { types: [], named: [], fields: [null] };
    for (let i = 0; i < language.nodeTypeCount; i++) {
      t.types[i] = language.nodeTypeForId(i) ?? '';
      t.named[i] = language.nodeTypeIsNamed(i);
    }
    for (let i = 1; i <= language.fieldCount; i++) t.fields[i] = language.fieldNameForId(i);
    tables.set(language, t);
  }
  return t;
}
