/**
 * A rule's triggers decide whether a file is parsed for it at all, so they must be a necessary
 * condition of every finding: a trigger list that is narrower than the rule silently loses
 * findings. Each Python rule runs here with its triggers removed over every fixture, and every
 * file it then reports on must pass its real triggers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { run } from '../src/engine.js';
import { loadSettings } from '../src/settings.js';
import { defaultConfig } from '../src/config.js';
import { ruleTriggered } from '../src/triggers.js';
import type { AnyRule } from '../src/rule.js';

const FIXTURES = new URL('../fixtures', import.meta.url).pathname;

test('every finding of a Python rule run without triggers is in a file its triggers accept', async () => {
  const rules = allRules.filter((r) => r.kinds.includes('python') && !r.id.startsWith('PL') && r.document);
  const untriggered: AnyRule[] = rules.map((r) => ({ ...r, triggers: [] }));
  const { settings } = loadSettings({
    paths: [FIXTURES],
    cwd: FIXTURES,
    root: FIXTURES,
    rules: untriggered,
    config: defaultConfig(),
    forceEnvironment: 'production',
  });
  const result = await run(settings);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const reported = new Set<string>();
  for (const f of result.findings) {
    const rule = byId.get(f.ruleId);
    if (!rule) continue;
    reported.add(rule.id);
    const text = readFileSync(join(FIXTURES, f.path), 'utf8');
    assert.ok(ruleTriggered(rule, text), `${rule.id} reports ${f.path}:${f.start.line} but its triggers rule the file out`);
  }
  // The check means something only if the rules did report: most of them, on their own fixtures.
  assert.ok(reported.size >= rules.length - 2, `only ${[...reported].join(' ')} reported`);
});
