import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordDisk } from '../src/disk.js';
import { isDirectory } from '../src/docker/project-files.js';
import type { ProjectModel } from '../src/project.js';

// isDirectory remembers the disk's answers per model; a file's analysis that asks after another
// one did must still record the answer, or its cached output would not be re-checked.
test('a remembered directory answer is still recorded by each recording', () => {
  const root = mkdtempSync(join(tmpdir(), 'pl-pf-'));
  mkdirSync(join(root, 'migrations'));
  const model = { root, files: [], byPath: new Map() } as unknown as ProjectModel;
  const first = recordDisk();
  assert.equal(isDirectory(model, 'migrations'), true);
  assert.equal(isDirectory(model, 'nope'), undefined);
  const firstInputs = first();
  const second = recordDisk();
  assert.equal(isDirectory(model, 'migrations'), true);
  assert.equal(isDirectory(model, 'nope'), undefined);
  const secondInputs = second();
  assert.deepEqual(secondInputs, firstInputs);
  assert.deepEqual(secondInputs.map((i) => [i[0], i[2][0]]), [['stat', 'd'], ['stat', '-']]);
});
