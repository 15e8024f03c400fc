import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  wasmBinding
} from "./chunk-A2IITP4I.js";

// src/parse/deadline.ts
var DEFAULT_PARSE_BUDGET_MS = 5e3;
var budgetMs = DEFAULT_PARSE_BUDGET_MS;
var current;
function setParseBudget(ms) {
  budgetMs = Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_PARSE_BUDGET_MS;
}
function withParseDeadline(fn) {
  const outer = current;
  current = outer ?? performance.now() + budgetMs;
  try {
    return fn();
  } finally {
    current = outer;
  }
}
function parseDeadline() {
  return current ?? performance.now() + budgetMs;
}
function pastDeadline(deadline) {
  return performance.now() > deadline;
}
function overBudgetMessage(what) {
  return `${what} gave up after ${budgetMs} ms (--file-timeout): the file is too complex to analyse`;
}

// src/parse/ts-cursor.ts
var NEEDED = [
  "_ts_init",
  "getValue",
  "setValue",
  "_ts_tree_cursor_goto_first_child_wasm",
  "_ts_tree_cursor_goto_next_sibling_wasm",
  "_ts_tree_cursor_goto_parent_wasm",
  "_ts_tree_cursor_current_node_type_id_wasm",
  "_ts_tree_cursor_start_index_wasm",
  "_ts_tree_cursor_end_index_wasm",
  "_ts_tree_cursor_current_field_id_wasm",
  "_ts_tree_cursor_current_node_is_missing_wasm"
];
var checked;
function binding() {
  const b = wasmBinding();
  if (!b) return void 0;
  if (checked?.of !== b) checked = { of: b, usable: usableBinding(b) };
  return checked.usable;
}
function usableBinding(b) {
  if (process.env.PRODLINT_TS_PUBLIC_CURSOR) return void 0;
  for (const k of NEEDED) if (typeof b[k] !== "function") return void 0;
  return b;
}
function nextInPreorder(ops, depth) {
  if (ops.gotoFirstChild()) return depth + 1;
  for (; ; ) {
    if (ops.gotoNextSibling()) return depth;
    if (!ops.gotoParent()) return void 0;
    depth--;
  }
}
function cursorOps(cursor, tree) {
  const b = binding();
  const c = cursor;
  const treePtr = tree[0];
  if (!b || ![c[0], c[1], c[2], c[3], treePtr].every((w) => typeof w === "number")) return publicCursor(cursor);
  const buffer = b._ts_init();
  for (let k = 0; k < 4; k++) b.setValue(buffer + 4 * k, c[k], "i32");
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
      for (let k = 0; k < 4; k++) c[k] = b.getValue(buffer + 4 * k, "i32");
    }
  };
}
function publicCursor(cursor) {
  return {
    gotoFirstChild: () => cursor.gotoFirstChild(),
    gotoNextSibling: () => cursor.gotoNextSibling(),
    gotoParent: () => cursor.gotoParent(),
    typeId: () => cursor.nodeTypeId,
    start: () => cursor.startIndex,
    end: () => cursor.endIndex,
    fieldId: () => cursor.currentFieldId,
    isMissing: () => cursor.nodeIsMissing,
    finish: () => {
    }
  };
}
var ERROR_TYPE_ID = 65535;
var tables = /* @__PURE__ */ new WeakMap();
function nameTables(language) {
  let t = tables.get(language);
  if (!t) {
    t = { types: [], named: [], fields: [null] };
    for (let i = 0; i < language.nodeTypeCount; i++) {
      t.types[i] = language.nodeTypeForId(i) ?? "";
      t.named[i] = language.nodeTypeIsNamed(i);
    }
    for (let i = 1; i <= language.fieldCount; i++) t.fields[i] = language.fieldNameForId(i);
    tables.set(language, t);
  }
  return t;
}

export {
  setParseBudget,
  withParseDeadline,
  parseDeadline,
  pastDeadline,
  overBudgetMessage,
  nextInPreorder,
  cursorOps,
  ERROR_TYPE_ID,
  nameTables
};
