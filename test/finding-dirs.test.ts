/** Which directories the text summary names as the source of most findings. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { topDirectories } from '../src/finding-dirs.js';
import type { Finding } from '../src/types.js';

function findings(paths: Record<string, number>): Finding[] {
  return Object.entries(paths).flatMap(([path, n]) =>
    Array.from({ length: n }, () => ({ ruleId: 'SH001', path }) as unknown as Finding),
  );
}

test('a run over one subdirectory names the directories inside it, not the path down to it', () => {
  const dirs = topDirectories(findings({ 'fixtures/demo/bot/a.py': 20, 'fixtures/demo/deploy/x.service': 15, 'fixtures/demo/Dockerfile': 5 }));
  assert.deepEqual(dirs.map((d) => d.dir), ['fixtures/demo/bot/', 'fixtures/demo/deploy/']);
});

test('a top directory that holds most findings is split into its subdirectories', () => {
  const dirs = topDirectories(findings({ 'examples/kafka/compose.yaml': 25, 'examples/redis/compose.yaml': 10, 'deploy/app.service': 5 }));
  assert.deepEqual(dirs.map((d) => d.dir), ['examples/kafka/', 'examples/redis/', 'deploy/']);
});

test('findings spread over several top directories are named as they are', () => {
  const dirs = topDirectories(findings({ 'tools/a/compose.yaml': 15, 'deploy/app.service': 15, 'docker/Dockerfile': 10 }));
  assert.deepEqual(dirs.map((d) => d.dir), ['deploy/', 'tools/', 'docker/']);
});
