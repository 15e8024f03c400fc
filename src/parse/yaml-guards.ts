/**
 * The `yaml` package's node type guards, without loading the package: they test the symbol every
 * yaml node carries (node_modules/yaml/dist/nodes/identity.js: `Symbol.for('yaml.node.type')`,
 * global symbols, so nodes from any copy of the package answer). Modules that only inspect
 * parsed documents import these, so a run that parses no YAML never compiles the parser.
 */
import type { Alias, Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

const NODE_TYPE = Symbol.for('yaml.node.type');
const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
export const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');

function typeOf(node: unknown): symbol | undefined {
  return node !== null && typeof node === 'object' ? (node as Record<symbol, symbol | undefined>)[NODE_TYPE] : undefined;
}

export const isAlias = (node: unknown): node is Alias => typeOf(node) === ALIAS;
export const isDocument = (node: unknown): node is Document => typeOf(node) === DOC;
export const isMap = (node: unknown): node is YAMLMap<unknown, unknown> => typeOf(node) === MAP;
export const isPair = (node: unknown): node is Pair<unknown, unknown> => typeOf(node) === PAIR;
export const isScalar = (node: unknown): node is Scalar<unknown> => typeOf(node) === SCALAR;
export const isSeq = (node: unknown): node is YAMLSeq<unknown> => typeOf(node) === SEQ;
