/**
 * `--stdin-filename <path>` with `-` as the path: standard input is linted as if it were the file
 * at <path> (relative to the working directory), the way editors and formatters pipe a buffer.
 * The file's kind, configuration, ignore rules and cross-file context are those of <path>; only
 * its text comes from stdin. The path must exist (discovery and the per-file checks still look at
 * it); the result cache is off for such a run, since it keys files by their state on disk.
 */
import { resolve } from 'node:path';
import { setStandIn } from './read-text.js';

export class StdinUsageError extends Error {}

/** The paths to lint, with `-` replaced by the stdin file name (after its text is read). */
export async function withStdin(paths: string[], stdinFilename: string | undefined, cwd: string, stdin: NodeJS.ReadableStream): Promise<string[]> {
  const dashes = paths.filter((p) => p === '-').length;
  if (stdinFilename === undefined) {
    if (dashes > 0) throw new StdinUsageError('"-" reads standard input: name the file it stands for with --stdin-filename <path>');
    return paths;
  }
  if (dashes !== 1 || paths.length !== 1) throw new StdinUsageError('--stdin-filename goes with "-" as the only path: prodlint --stdin-filename app/start.sh -');
  if (stdinFilename.trim() === '') throw new StdinUsageError('--stdin-filename needs a path');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  setStandIn(resolve(cwd, stdinFilename), Buffer.concat(chunks));
  return [stdinFilename];
}
