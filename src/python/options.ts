/**
 * Client options as Python code passes them: keyword arguments (pymongo accepts its options in any
 * case: `maxPoolSize`, `maxpoolsize`) and the query string of a literal connection URL
 * (`redis://cache:6379/0?max_connections=50`, `mongodb://db/?maxPoolSize=50`).
 */
import { callArguments, type KeywordArgument } from './calls.js';
import { stringTemplate } from './literals.js';
import type { PyNode } from './node.js';

/** The keyword argument `name`, compared case-insensitively (the last one if repeated). */
export function keywordCI(call: PyNode, name: string): KeywordArgument | undefined {
  const want = name.toLowerCase();
  const kws = callArguments(call).keywords;
  for (let i = kws.length - 1; i >= 0; i--) if (kws[i]!.name.toLowerCase() === want) return kws[i];
  return undefined;
}

/**
 * The value of option `name` (case-insensitive) in the query string of a URL written as a string
 * literal (f-strings too: their interpolations stay as written), or undefined when the URL is not
 * a literal or does not set it.
 */
export function uriOption(url: PyNode, name: string): string | undefined {
  const text = stringTemplate(url);
  if (text === null) return undefined;
  const q = text.indexOf('?');
  if (q < 0) return undefined;
  const want = name.toLowerCase();
  for (const pair of text.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    if (key === want) return eq < 0 ? '' : pair.slice(eq + 1).trim();
  }
  return undefined;
}
