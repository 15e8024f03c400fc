import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildChangeSet, changedSince, filterToChanges, parseHunks, parseNameStatus, touches, unquote, type FileChange } from '../src/changed.js';
import type { Finding } from '../src/types.js';
import { runAction } from './helpers/action-runner.js';
import { commitAll, git, gitRepo, lintWith, patternRule, PL_RULES, where, write } from './helpers/adoption.js';
import { cli } from './helpers/cli.js';

const ROOT = new URL('..', import.meta.url).pathname;

describe('git diff parsing', () => {
  test('hunks: added, modified, pure deletions, new, deleted, renamed, binary, mode-only and quoted files', () => {
    const patch = [
      'diff --git a/app.sh b/app.sh',
      'index 1..2 100644',
      '--- a/app.sh',
      '+++ b/app.sh',
      '@@ -3 +3 @@ x',
      '-old',
      '+new',
      '@@ -10,2 +9,0 @@',
      '-gone',
      '-gone',
      '@@ -20,0 +19,3 @@',
      '+a',
      '+b',
      '+c',
      'diff --git a/new.sh b/new.sh',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.sh',
      '@@ -0,0 +1,2 @@',
      'diff --git a/dead.sh b/dead.sh',
      'deleted file mode 100644',
      '--- a/dead.sh',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      'diff --git a/old name.sh b/new name.sh',
      'similarity index 100%',
      'rename from old name.sh',
      'rename to new name.sh',
      'diff --git a/img.png b/img.png',
      'Binary files a/img.png and b/img.png differ',
      'diff --git a/run me.sh b/run me.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git "a/tab\\there.sh" "b/tab\\there.sh"',
      '--- "a/tab\\there.sh"',
      '+++ "b/tab\\there.sh"',
      '@@ -1 +1 @@',
    ].join('\n');
    const h = parseHunks(patch);
    assert.deepEqual(h.get('app.sh'), { added: [{ first: 3, last: 3 }, { first: 19, last: 21 }], deletions: [9], binary: false });
    assert.deepEqual(h.get('new.sh')?.added, [{ first: 1, last: 2 }]);
    assert.equal(h.has('dead.sh'), true, 'listed, but name-status marks it deleted');
    assert.deepEqual(h.get('new name.sh'), { added: [], deletions: [], binary: false });
    assert.equal(h.get('img.png')?.binary, true);
    assert.deepEqual(h.get('run me.sh'), { added: [], deletions: [], binary: false });
    assert.deepEqual(h.get('tab\there.sh')?.added, [{ first: 1, last: 1 }]);
  });

  test('name-status -z, unquoting, and the change set', () => {
    const statuses = parseNameStatus('M\0app.sh\0A\0new.sh\0D\0dead.sh\0R100\0old name.sh\0new name.sh\0M\0img.png\0M\0run me.sh\0M\0odd.sh\0');
    assert.deepEqual(statuses[3], { status: 'R', path: 'new name.sh', from: 'old name.sh' });
    assert.equal(unquote('"caf\\303\\251 \\"q\\".sh"'), 'café "q".sh');
    assert.equal(unquote('plain.sh'), 'plain.sh');
    const hunks = parseHunks('diff --git a/app.sh b/app.sh\n--- a/app.sh\n+++ b/app.sh\n@@ -3 +3 @@\ndiff --git a/img.png b/img.png\nBinary files a/img.png and b/img.png differ\ndiff --git a/run me.sh b/run me.sh\nold mode 100644\nnew mode 100755\ndiff --git a/old name.sh b/new name.sh\nrename from old name.sh\nrename to new name.sh\n');
    const set = buildChangeSet('main', 'abc', '/repo', statuses, hunks, ['untracked.sh']);
    const pick = (p: string) => {
      const c = set.files.get(p)!;
      return [c.status, c.whole];
    };
    assert.deepEqual(pick('app.sh'), ['modified', false]);
    assert.deepEqual(pick('new.sh'), ['added', true]);
    assert.deepEqual(pick('new name.sh'), ['renamed', false]);
    assert.deepEqual(pick('img.png'), ['modified', true]);
    assert.deepEqual(pick('run me.sh'), ['modified', false]);
    assert.deepEqual(pick('odd.sh'), ['modified', true], 'a path the patch did not name is over-reported, not lost');
    assert.deepEqual(pick('untracked.sh'), ['untracked', true]);
    assert.deepEqual(set.deleted, ['dead.sh']);
  });

  test('touches: overlap with added lines, or a deletion strictly inside the span', () => {
    const c: FileChange = { path: 'x', status: 'modified', whole: false, added: [{ first: 5, last: 6 }], deletions: [10] };
    assert.equal(touches(c, 6, 8), true);
    assert.equal(touches(c, 1, 4), false);
    assert.equal(touches(c, 10, 11), true, 'lines removed between 10 and 11');
    assert.equal(touches(c, 10, 10), false);
    assert.equal(touches(c, 11, 12), false);
    assert.equal(touches({ ...c, whole: true }, 100, 100), true);
  });
});

const RELOAD = 'exec uvicorn app:app --reload';
const json = (stdout: string): Finding[] => JSON.parse(stdout).findings;
const sh001 = (stdout: string): string[] => json(stdout).filter((f) => f.ruleId === 'SH001').map((f) => `${f.path}:${f.start.line}`);

describe('--changed-since on git repositories', () => {
  test('an added line is reported; findings on unchanged lines are not', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n`, 'other.sh': `#!/bin/sh\n${RELOAD}\n` });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'start.sh': `#!/bin/sh\n${RELOAD}\necho hi\nexec gunicorn app:app --reload\n` });
    commitAll(dir, 'feature');
    const r = await cli(['--changed-since', 'main', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(sh001(r.stdout), ['start.sh:4']);
    const notice = JSON.parse(r.stdout).notices.find((n: { id: string }) => n.id === 'changed-since');
    assert.match(notice.message, /^diff mode: 1 file changed since [0-9a-f]{12} \(merge base of main\); \d+ findings? on unchanged lines not shown$/);
    // Without diff mode every finding is back.
    assert.deepEqual(sh001((await cli(['--format', 'json'], dir)).stdout), ['other.sh:2', 'start.sh:2', 'start.sh:4']);
  });

  test('uncommitted, staged and untracked changes count; a clean branch reports nothing', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n` });
    git(dir, 'checkout', '-q', '-b', 'feature');
    const clean = await cli(['--changed-since', 'main', '--format', 'json'], dir);
    assert.equal(clean.code, 0);
    assert.deepEqual(json(clean.stdout), []);
    write(dir, { 'start.sh': `#!/bin/sh\n${RELOAD}\nexec flask run --reload\n`, 'staged.sh': `#!/bin/sh\n${RELOAD}\n`, 'untracked.sh': `#!/bin/sh\n${RELOAD}\n` });
    git(dir, 'add', 'staged.sh');
    assert.deepEqual(sh001((await cli(['--changed-since', 'main', '--format', 'json'], dir)).stdout), ['staged.sh:2', 'start.sh:3', 'untracked.sh:2']);
  });

  test('a moved block counts as changed lines (git shows it deleted and re-added)', async () => {
    const dir = gitRepo({ 'start.sh': `#!/bin/sh\nset -e\necho one\necho two\n${RELOAD}\n` });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'start.sh': `#!/bin/sh\n${RELOAD}\nset -e\necho one\necho two\n` });
    assert.deepEqual(sh001((await cli(['--changed-since', 'main', '--format', 'json'], dir)).stdout), ['start.sh:2']);
  });

  test('a deleted file has no findings and breaks nothing; a pure rename reports only file-level findings', async () => {
    const dir = gitRepo({ 'old.sh': `#!/bin/sh\n${RELOAD}\n`, 'keep.sh': `#!/bin/sh\n${RELOAD}\n`, 'moved.sh': `#!/bin/sh\n${RELOAD}\n` });
    git(dir, 'checkout', '-q', '-b', 'feature');
    git(dir, 'rm', '-q', 'old.sh');
    mkdirSync(join(dir, 'bin'));
    renameSync(join(dir, 'moved.sh'), join(dir, 'bin/moved.sh'));
    commitAll(dir, 'delete and rename');
    const r = await cli(['--changed-since', 'main', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(json(r.stdout), []);
    const c = changedSince('main', dir);
    assert.ok('changes' in c);
    assert.deepEqual(c.changes.deleted, ['old.sh']);
    assert.deepEqual({ ...c.changes.files.get('bin/moved.sh'), path: undefined }, { path: undefined, status: 'renamed', from: 'moved.sh', whole: false, added: [], deletions: [] });
  });

  test('the merge base is the baseline, not the tip of REF', async () => {
    const dir = gitRepo({ 'a.sh': `#!/bin/sh\n# v1\n${RELOAD}\n` });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'b.sh': '#!/bin/sh\necho b\n' });
    commitAll(dir, 'feature work');
    git(dir, 'checkout', '-q', 'main');
    write(dir, { 'a.sh': '#!/bin/sh\n# v2\nexec uvicorn app:app\n' });
    commitAll(dir, 'main moves on');
    git(dir, 'checkout', '-q', 'feature');
    const r = await cli(['--changed-since', 'main', '--format', 'json'], dir);
    assert.deepEqual(sh001(r.stdout), [], 'a.sh differs from main only because main moved on');
    assert.equal(r.code, 0);
  });

  test('cross-file findings count when the related location changed', async () => {
    const dir = gitRepo({ 'start_all.sh': '#!/bin/sh\nuvicorn a:app --reload &\nwait\n' });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'deploy/app.service': '[Unit]\nDescription=app\n\n[Service]\nExecStart=/opt/app/start_all.sh\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n' });
    const r = await cli(['--changed-since', 'main', '--format', 'json'], dir);
    const f = json(r.stdout).filter((x) => x.ruleId === 'SH001');
    assert.deepEqual(f.map((x) => `${x.path}:${x.start.line} <- ${x.related.map((y) => `${y.path}:${y.start.line}`).join(',')}`), ['start_all.sh:2 <- deploy/app.service:5']);
  });

  test('absence findings (rules anchored on an owner) count when their file changed anywhere', async () => {
    const owner = patternRule('DC901', 'compose', /^ {2}(\w+):$/m, { anchor: 'owner' });
    const line = patternRule('DC902', 'compose', /privileged: true/);
    const dir = gitRepo({
      'compose.yaml': 'services:\n  api:\n    image: app\n    privileged: true\n',
      'other/compose.yaml': 'services:\n  db:\n    image: postgres\n',
    });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'compose.yaml': 'services:\n  api:\n    image: app\n    privileged: true\n    environment:\n      A: "1"\n' });
    const result = await lintWith(dir, [owner, line, ...PL_RULES]);
    assert.deepEqual(where(result), ['compose.yaml:2 DC901', 'compose.yaml:4 DC902', 'other/compose.yaml:2 DC901']);
    const c = changedSince('main', dir);
    assert.ok('changes' in c);
    assert.deepEqual(where(filterToChanges(result, c.changes, (id) => id === 'DC901')), ['compose.yaml:2 DC901']);
  });

  test('works from a subdirectory with relative paths', async () => {
    const dir = gitRepo({ 'svc/start.sh': `#!/bin/sh\n${RELOAD}\n`, 'svc/other.sh': `#!/bin/sh\n${RELOAD}\n` });
    write(dir, { 'svc/start.sh': `#!/bin/sh\n${RELOAD}\nexec flask run --reload\n` });
    const r = await cli(['.', '--changed-since', 'HEAD', '--format', 'json'], join(dir, 'svc'));
    assert.deepEqual(sh001(r.stdout), ['svc/start.sh:3']);
  });

  test('errors exit 2 with one line saying what to do', async () => {
    const outside = await cli(['--changed-since', 'main'], mkdtempSync(join(tmpdir(), 'prodlint-nogit-')));
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /^prodlint: --changed-since needs a git repository/);

    const dir = gitRepo({ 'start.sh': RELOAD });
    const unknown = await cli(['--changed-since', 'no-such-branch'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown revision "no-such-branch"/);
    assert.equal((await cli(['--changed-since', '--output=x'], dir)).code, 2, 'a ref that looks like an option is refused');
  });

  test('a shallow clone without the merge base is an exit-2 error that says how to fetch it', async () => {
    const origin = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n` });
    commitAll(origin, 'second');
    git(origin, 'checkout', '-q', '-b', 'feature');
    write(origin, { 'new.sh': `#!/bin/sh\n${RELOAD}\n` });
    commitAll(origin, 'feature');
    const clone = mkdtempSync(join(tmpdir(), 'prodlint-shallow-'));
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, '.');
    const missing = await cli(['--changed-since', 'origin/main'], clone);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^prodlint: --changed-since: "origin\/main" is not in this shallow clone; .*fetch-depth: 0/);
    assert.equal(missing.stderr.split('\n').length, 2, 'one line');

    git(clone, 'fetch', '-q', '--depth', '1', 'origin', 'main');
    const noBase = await cli(['--changed-since', 'FETCH_HEAD'], clone);
    assert.equal(noBase.code, 2);
    assert.match(noBase.stderr, /this shallow clone does not contain the merge base of "FETCH_HEAD" and HEAD; .*git fetch --unshallow/);

    git(clone, 'fetch', '-q', '--unshallow', 'origin', 'main');
    const ok = await cli(['--changed-since', 'FETCH_HEAD', '--format', 'json'], clone);
    assert.equal(ok.code, 1, ok.stderr);
    assert.deepEqual(sh001(ok.stdout), ['new.sh:2']);
  });
});

describe('the Action with only-changed', () => {
  // The Action runs dist/cli.js; build the current sources into a copy of the action.
  const actionDir = mkdtempSync(join(tmpdir(), 'prodlint-action-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), join(actionDir, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  cpSync(join(ROOT, 'action.yml'), join(actionDir, 'action.yml'));
  cpSync(join(ROOT, 'action'), join(actionDir, 'action'), { recursive: true });

  const pr = (base: string) => ({ pull_request: { base: { sha: base }, head: { repo: { full_name: 'acme/app' } } } });

  test('reports only the lines the pull request changed', () => {
    const ws = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n` });
    const base = git(ws, 'rev-parse', 'HEAD').trim();
    git(ws, 'checkout', '-q', '-b', 'pr');
    write(ws, { 'worker.sh': '#!/bin/sh\nexec gunicorn w:app --reload\n' });
    commitAll(ws, 'pr');
    const r = runAction({ actionDir, workspace: ws, eventName: 'pull_request', event: pr(base), inputs: { 'only-changed': 'true', 'upload-sarif': 'false' } });
    assert.equal(r.outputs['exit-code'], '1', r.steps[0]!.stdout);
    assert.match(r.steps[0]!.stdout!, /::error file=worker\.sh,line=2/);
    assert.doesNotMatch(r.steps[0]!.stdout!, /file=start\.sh/);
    // The SARIF still covers the whole tree, so code scanning does not close the start.sh alert.
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
    const uris = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri).sort();
    assert.deepEqual(uris, ['start.sh', 'worker.sh']);
    const all = runAction({ actionDir, workspace: ws, eventName: 'pull_request', event: pr(base), inputs: { 'upload-sarif': 'false' } });
    assert.match(all.steps[0]!.stdout!, /::error file=start\.sh/);
  });

  test('a shallow checkout fails the step with exit code 2 and the fetch advice', () => {
    const origin = gitRepo({ 'start.sh': `#!/bin/sh\n${RELOAD}\n` });
    const base = git(origin, 'rev-parse', 'HEAD').trim();
    commitAll(origin, 'pr');
    const ws = mkdtempSync(join(tmpdir(), 'prodlint-ws-'));
    git(ws, 'clone', '-q', '--depth', '1', `file://${origin}`, '.');
    const r = runAction({ actionDir, workspace: ws, eventName: 'pull_request', event: pr(base), inputs: { 'only-changed': 'true', 'upload-sarif': 'false' } });
    assert.equal(r.outputs['exit-code'], '2');
    assert.match(r.steps[0]!.stdout!, /shallow clone.*fetch-depth: 0/);
    assert.equal(r.exitCode, 2);
  });
});
