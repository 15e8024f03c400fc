/**
 * Short renderings of code for finding messages: `await pool.fetch(…)`, `async with pool.acquire()`.
 */
import { withInfo } from './context.js';
import type { PyNode } from './node.js';

const MAX = 48;

/** The node's code on one line, shortened to about 48 characters (arguments elided first). */
export function describeNode(node: PyNode): string {
  let text: string;
  if (node.type === 'with_statement') text = 'async with ' + (withInfo(node).items[0]?.expr.text ?? '');
  else if (node.type === 'for_statement') text = 'async for … in ' + (node.child('right')?.text ?? '');
  else text = node.text;
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX) return text;
  const paren = text.indexOf('(');
  return paren > 0 && paren < MAX - 4 ? text.slice(0, paren) + '(…)' : text.slice(0, MAX - 3) + '…';
}
