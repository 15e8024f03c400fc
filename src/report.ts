/**
 * What one run produces, as the formatters consume it. Findings are already filtered (suppressions,
 * baseline, severity overrides) and sorted by path, line, column, rule id.
 */
import type { SourceFile } from './source.js';
import type { AnyRule } from './rule.js';
import type { Finding } from './types.js';
import type { FileClassification } from './explain-file.js';

/** Something the tool itself wants to say about the run rather than about a line of code. */
export interface Notice {
  level: 'error' | 'warning' | 'note';
  message: string;
  /** Repository-relative path the notice is about, if any. */
  path?: string;
  /** Stable id such as `skipped-binary`, `skipped-size`, `sarif-capped`. */
  id: string;
}

export interface RunResult {
  toolVersion: string;
  /** Absolute path of the repository root; finding paths are relative to it. */
  root: string;
  findings: Finding[];
  /** Every rule that was enabled in the run (SARIF lists them all, so result indexes are stable). */
  rules: AnyRule[];
  notices: Notice[];
  /** Repository-relative paths of the files this run linted (this shard's), sorted. */
  linted?: readonly string[];
  /** Kind and environment, with the reasons for them, of each file with findings, by path. */
  classified?: readonly FileClassification[];
  /** The parsed sources findings point into, by repository-relative path (for code frames). */
  sources: ReadonlyMap<string, SourceFile>;
  stats: {
    filesDiscovered: number;
    filesLinted: number;
    filesParsed: number;
    durationMs: number;
    suppressed: number;
    baselined: number;
    /** Worker threads the run used for analysis (0: all in the main thread). */
    workerThreads?: number;
    /** Worker threads were started before step 4 on the guess that the run would need them. */
    workersStartedEarly?: boolean;
    /** Nothing changed since the last full scan: every result came from the cache, no file was parsed. */
    fromSnapshot?: boolean;
  };
}
