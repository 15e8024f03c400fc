/**
 * A guard against deeply nested YAML, run before the `yaml` package composes a document.
 *
 * The composer recurses once per nesting level. Thousands of levels (`[[[[...` or `- - - -...`)
 * overflow the stack; `yaml` catches that as a parse error, but on Node 20 a repeat of it can land
 * inside V8's regular-expression compiler and abort the whole process ("RegExpCompiler Allocation
 * failed"), which no try/catch survives. The CST parser is iterative, so measuring depth on its
 * tokens with an explicit stack is safe at any depth.
 */
import { Parser } from 'yaml';

interface CstNode {
  type?: string;
  offset?: number;
  value?: unknown;
  items?: { key?: unknown; value?: unknown }[];
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** Offset of the first collection nested deeper than `limit`, or undefined if none is. */
export function tooDeepYamlOffset(text: string, limit: number): number | undefined {
  return tooDeepYamlTokens(new Parser().parse(text), limit);
}

/** The same over CST tokens the caller already has (compose parses its text into tokens once). */
export function tooDeepYamlTokens(tokens: Iterable<unknown>, limit: number): number | undefined {
  // Two parallel stacks (node, depth of its parent) rather than a pair per node: this walk sees
  // every token of every compose file.
  const nodes: unknown[] = [];
  const depths: number[] = [];
  for (const token of tokens) {
    nodes.push(token);
    depths.push(0);
    while (nodes.length > 0) {
      const raw = nodes.pop();
      const parentDepth = depths.pop()!;
      if (!raw || typeof raw !== 'object') continue;
      const node = raw as CstNode;
      const depth = parentDepth + (node.type !== undefined && COLLECTIONS.has(node.type) ? 1 : 0);
      if (depth > limit) return node.offset ?? 0;
      if (node.type === 'document') {
        nodes.push(node.value);
        depths.push(depth);
      }
      if (!node.items) continue;
      for (const item of node.items) {
        nodes.push(item.value, item.key);
        depths.push(depth, depth);
      }
    }
  }
  return undefined;
}
