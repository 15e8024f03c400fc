/** Shell scripts: the whole file is one script for the shell adapter. */
import { EmbeddedText } from '../embedded.js';
import { loadShellParser, parseShell, type ShellScript } from '../shell/script.js';
import type { SourceFile } from '../source.js';
import type { Document, Environment } from '../types.js';
import { backslashContinuations, withLazyLogicalLines } from './lines.js';
import { withParseDeadline } from './deadline.js';

export type ShellDocument = Document<ShellScript>;

export async function parseShellFile(source: SourceFile, environment: Environment): Promise<ShellDocument> {
  await loadShellParser();
  const script = withParseDeadline(() => parseShell(EmbeddedText.verbatim(source.text, 0)));
  return withLazyLogicalLines({ kind: 'shell', source, environment, tree: script, comments: script.comments, parseErrors: script.errors }, () =>
    backslashContinuations(source),
  );
}
