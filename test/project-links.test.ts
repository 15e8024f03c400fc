/**
 * How the project model links a start carrier to the script it runs, across directories.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { lintDir } from './helpers/lint.js';

function write(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

const UNIT = '[Unit]\nDescription=bot\n\n[Service]\nType=forking\nUser=bot\nExecStart=/opt/bot/start.sh\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n';
const SCRIPT = '#!/bin/sh\ncd /opt/app\ngunicorn app:app -b 0.0.0.0:8000\n';

async function sh004In(root: string, paths: string[]): Promise<number> {
  const result = await lintDir(root, { only: ['SH004'], forceEnvironment: 'production', paths: paths.map((p) => join(root, p)) });
  return result.findings.filter((f) => f.ruleId === 'SH004' && f.path.endsWith('web/start.sh')).length;
}

test('a basename link never crosses from one checkout to another in a run over several', async () => {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-links-'));
  // Two independent repositories side by side: one's forking unit must not judge the other's script.
  mkdirSync(join(root, 'bot/.git'), { recursive: true });
  mkdirSync(join(root, 'web/.git'), { recursive: true });
  write(root, 'bot/deploy/bot.service', UNIT);
  write(root, 'web/start.sh', SCRIPT);
  const alone = await sh004In(root, ['web']);
  assert.equal(alone, 1, 'the script alone is reported');
  assert.equal(await sh004In(root, ['bot', 'web']), alone, 'the same with the other checkout in the run');
});

test('within one repository the basename link still applies', async () => {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-links-'));
  mkdirSync(join(root, '.git'), { recursive: true });
  write(root, 'bot/deploy/bot.service', UNIT);
  write(root, 'web/start.sh', SCRIPT);
  // Type=forking expects the script to leave a daemon behind, so SH004 has nothing to say.
  assert.equal(await sh004In(root, ['.']), 0);
});
