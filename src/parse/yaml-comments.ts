/**
 * A YAML file's comments with their positions, for the parsers that need them; apart from
 * yaml-nodes.ts so that modules reading parsed documents do not load the yaml package.
 */
import { Parser } from 'yaml';
import type { SourceFile } from '../source.js';
import type { Comment } from '../types.js';
import { yamlCommentsFromTokens } from './yaml-nodes.js';

/** Comments from the CST (the document model drops their positions). */
export function yamlComments(source: SourceFile): Comment[] {
  let tokens: unknown[];
  try {
    tokens = [...new Parser().parse(source.text)];
  } catch {
    return [];
  }
  return yamlCommentsFromTokens(source, tokens);
}
