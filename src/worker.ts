/**
 * Worker thread entry: receives the run's serializable settings once, then files to analyze, and
 * answers each with its FileOutput. Rules are the bundled set (rules/index.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { allRules } from '../rules/index.js';
import { analyzeFile, type FileTask } from './analyze.js';
import { liteProject } from './project.js';
import { setParseBudget } from './parse/deadline.js';
import { loadSettings, type SettingsInput } from './settings.js';

interface Init {
  settings: Omit<SettingsInput, 'rules'>;
  root: string;
  timeoutMs: number;
  inlineSuppressions: boolean;
}

const init = workerData as Init;
setParseBudget(init.timeoutMs);
const { settings } = loadSettings({ ...init.settings, rules: allRules });
const rules = new Map(allRules.map((r) => [r.id, r]));

parentPort!.on('message', async (msg: { id: number; task: FileTask }) => {
  try {
    const output = await analyzeFile(msg.task, {
      rules,
      enabled: settings.rulesFor(msg.task.rel),
      project: liteProject(init.root, msg.task),
      inlineSuppressions: init.inlineSuppressions,
      timeoutMs: init.timeoutMs,
    });
    parentPort!.postMessage({ id: msg.id, output });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
