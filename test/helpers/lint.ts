/** Running the engine the way tests need it: a directory, chosen rules, production forced or not. */
import { run } from '../../src/engine.js';
import { loadSettings } from '../../src/settings.js';
import { defaultConfig } from '../../src/config.js';
import type { RunResult } from '../../src/report.js';
import type { Environment } from '../../src/types.js';
import { allRules } from '../../rules/index.js';

export interface LintOptions {
  /** Rule ids to enable (default: all). */
  only?: readonly string[];
  forceEnvironment?: Environment;
  paths?: string[];
  today?: string;
}

/** Lint `dir` as its own repository root with the default configuration. */
export async function lintDir(dir: string, opts: LintOptions = {}): Promise<RunResult> {
  const { settings } = loadSettings({
    paths: opts.paths ?? [dir],
    cwd: dir,
    root: dir,
    rules: allRules,
    config: defaultConfig(),
    ...(opts.only ? { only: opts.only } : {}),
    ...(opts.forceEnvironment ? { forceEnvironment: opts.forceEnvironment } : {}),
    ...(opts.today ? { today: opts.today } : {}),
  });
  return run(settings);
}
