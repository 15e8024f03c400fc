/** The composite GitHub Action, run step by step under a simulated runner. */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { DEFAULT_SHA, runAction } from './helpers/action-runner.js';

const ROOT = new URL('..', import.meta.url).pathname;
const UPLOAD = /^github\/codeql-action\/upload-sarif@[0-9a-f]{40}$/;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodlint-ws-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const MANY = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`svc${i}/start.sh`, 'exec uvicorn app:app --reload\n']));
const PR_SAME = { pull_request: { base: { sha: '' }, head: { repo: { full_name: 'acme/app' } } } };
const PR_FORK = { pull_request: { base: { sha: '' }, head: { repo: { full_name: 'stranger/app' } } } };

describe('action.yml', () => {
  test('metadata: composite, inputs through env only, upload pinned by full SHA', () => {
    const meta = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    assert.equal(meta.runs.using, 'composite');
    for (const name of ['paths', 'config', 'fail-on', 'only-changed', 'sarif-file', 'upload-sarif', 'category', 'annotations', 'token']) assert.ok(meta.inputs[name], `input ${name}`);
    for (const name of ['sarif-file', 'findings', 'exit-code']) assert.ok(meta.outputs[name], `output ${name}`);
    for (const step of meta.runs.steps) {
      if (step.run) {
        assert.doesNotMatch(step.run, /\$\{\{/, 'no expressions inside run:');
        assert.equal(step.shell, 'bash');
      }
      if (step.uses) assert.match(step.uses, UPLOAD);
    }
  });

  test('findings: SARIF written and valid, uploaded, annotations capped, summary written, gate fails after the upload', () => {
    const ws = workspace(MANY);
    const r = runAction({ actionDir: ROOT, workspace: ws, eventName: 'pull_request', event: PR_SAME, repository: 'acme/app' });
    const [run, upload, gate] = r.steps;
    assert.equal(run!.exitCode, 0, run!.stdout);
    assert.equal(run!.outputs['exit-code'], '1');
    assert.equal(run!.outputs.findings, '14');
    const sarifPath = run!.outputs['sarif-file']!;
    assert.ok(existsSync(sarifPath));
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020.default({ strict: false });
    addFormats.default(ajv);
    assert.ok(ajv.validate(schema, JSON.parse(readFileSync(sarifPath, 'utf8'))), JSON.stringify(ajv.errors?.slice(0, 2)));
    assert.ok(upload!.ran);
    assert.match(upload!.uses!, UPLOAD);
    assert.deepEqual(upload!.with, { sarif_file: sarifPath, category: 'prodlint', token: 'ghs_token' });
    const errors = run!.stdout!.split('\n').filter((l) => l.startsWith('::error '));
    assert.equal(errors.length, 10, 'at most 10 error annotations');
    assert.match(run!.stdout!, /::notice::prodlint: 4 errors not annotated/);
    assert.match(r.summary, /SH001/);
    assert.ok(gate!.ran);
    assert.equal(gate!.exitCode, 1);
    assert.equal(r.exitCode, 1);
    assert.deepEqual(r.outputs, { 'sarif-file': sarifPath, findings: '14', 'exit-code': '1', error: '' });
  });

  test('a pull request from a fork skips the upload but keeps the gate', () => {
    const r = runAction({ actionDir: ROOT, workspace: workspace(MANY), eventName: 'pull_request', event: PR_FORK, repository: 'acme/app' });
    assert.equal(r.steps[1]!.ran, false);
    assert.equal(r.exitCode, 1);
  });

  test('upload-sarif false skips the upload; annotations false prints none; clean tree passes', () => {
    const r = runAction({ actionDir: ROOT, workspace: workspace({ 'start.sh': 'exec uvicorn app:app\n' }), inputs: { 'upload-sarif': 'false', annotations: 'false' } });
    assert.equal(r.steps[1]!.ran, false);
    assert.doesNotMatch(r.steps[0]!.stdout!, /^::/m);
    assert.equal(r.exitCode, 0);
    assert.equal(r.outputs.findings, '0');
  });

  test('fail-on and paths are passed as data', () => {
    const ws = workspace({ 'a b/Dockerfile': 'FROM python:3\nUSER app\nCMD gunicorn app:app\n', 'other/start.sh': 'exec uvicorn a:app --reload\n' });
    const loose = runAction({ actionDir: ROOT, workspace: ws, inputs: { paths: 'a\\ b', 'upload-sarif': 'false' } });
    assert.equal(loose.outputs['exit-code'], '2', 'a path the shell would split is not re-split into a valid one');
    const strict = runAction({ actionDir: ROOT, workspace: ws, inputs: { paths: 'other', 'fail-on': 'warning', 'upload-sarif': 'false' } });
    assert.equal(strict.outputs['exit-code'], '1');
    const evil = runAction({ actionDir: ROOT, workspace: ws, inputs: { paths: '$(touch pwned) `touch pwned2`', 'upload-sarif': 'false' } });
    assert.equal(evil.outputs['exit-code'], '2');
    assert.ok(!existsSync(join(ws, 'pwned')) && !existsSync(join(ws, 'pwned2')), 'inputs are never executed');
  });

  test('Dependabot pull requests skip the upload (read-only token) but keep the gate', () => {
    const r = runAction({ actionDir: ROOT, workspace: workspace(MANY), eventName: 'pull_request', event: PR_SAME, repository: 'acme/app', actor: 'dependabot[bot]' });
    assert.equal(r.steps[0]!.outputs['exit-code'], '1');
    assert.equal(r.steps[1]!.ran, false, 'no upload for dependabot[bot]');
    assert.equal(r.exitCode, 1);
  });

  test('step summary lists the first 50 findings, linked to their lines at the commit', () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`svc${String(i).padStart(2, '0')}/start.sh`, 'exec uvicorn app:app --reload\n']));
    const r = runAction({ actionDir: ROOT, workspace: workspace(files), inputs: { 'upload-sarif': 'false' } });
    assert.equal(r.outputs.findings, '60');
    assert.match(r.summary, /### First 50 findings \(of 60; all are in the SARIF report\)/);
    const links = r.summary.match(/\]\(https:\/\/github\.com\/acme\/app\/blob\/[0-9a-f]{40}\/svc\d\d\/start\.sh#L1\)/g) ?? [];
    assert.equal(links.length, 50);
    assert.ok(r.summary.includes(`(https://github.com/acme/app/blob/${DEFAULT_SHA}/svc00/start.sh#L1)`));
    // Beyond the 10 annotations, the 11th finding is still findable.
    assert.ok(r.summary.includes('svc10/start.sh:1'));
  });

  test('on a pull request the links point at the head commit, not the merge commit', () => {
    const head = 'feedfacefeedfacefeedfacefeedfacefeedface';
    const event = { pull_request: { base: { sha: '' }, head: { sha: head, repo: { full_name: 'acme/app' } } } };
    const r = runAction({ actionDir: ROOT, workspace: workspace({ 'start.sh': 'exec uvicorn app:app --reload\n' }), eventName: 'pull_request', event, inputs: { 'upload-sarif': 'false' } });
    assert.ok(r.summary.includes(`/acme/app/blob/${head}/start.sh#L1`), r.summary);
  });

  test('a bad configuration: ::error annotation on its file and line, summary section, gate says why', () => {
    const ws = workspace({ 'start.sh': 'exec uvicorn app:app --reload\n', '.prodlint.yaml': 'rules:\n  SH001: loud\n' });
    const r = runAction({ actionDir: ROOT, workspace: ws, inputs: { 'upload-sarif': 'false' } });
    const [run, , gate] = r.steps;
    assert.equal(run!.outputs['exit-code'], '2');
    const annotation = run!.stdout!.split('\n').find((l) => l.startsWith('::error '));
    assert.ok(annotation, run!.stdout);
    assert.match(annotation!, /^::error file=\.prodlint\.yaml,line=2,col=\d+,title=prodlint could not run::/);
    assert.match(annotation!, /unknown severity/);
    assert.match(r.summary, /prodlint could not run\*\* \(exit code 2\)/);
    assert.match(r.summary, /`\.prodlint\.yaml` line 2/);
    assert.match(r.outputs.error!, /unknown severity "loud"/);
    assert.equal(gate!.exitCode, 2);
    assert.match(gate!.stdout!, /prodlint could not run \(exit code 2\): \.prodlint\.yaml:2:\d+: rules\.SH001: unknown severity/);
  });

  test('a path that does not exist: ::error without a file, summary section, gate says why', () => {
    const r = runAction({ actionDir: ROOT, workspace: workspace({ 'start.sh': 'exec uvicorn app:app\n' }), inputs: { paths: 'nosuch', 'upload-sarif': 'false' } });
    const [run, , gate] = r.steps;
    assert.equal(run!.outputs['exit-code'], '2');
    assert.match(run!.stdout!, /^::error title=prodlint could not run::path not found: nosuch$/m);
    assert.match(r.summary, /path not found: nosuch/);
    assert.match(gate!.stdout!, /could not run \(exit code 2\): path not found: nosuch/);
    assert.equal(r.exitCode, 2);
  });

  test('the gate says why it passes or fails on findings', () => {
    const bad = runAction({ actionDir: ROOT, workspace: workspace({ 'start.sh': 'exec uvicorn app:app --reload\n' }), inputs: { 'upload-sarif': 'false' } });
    assert.match(bad.steps[2]!.stdout!, /prodlint: failed: 1 finding\(s\) reported, at least one at or above fail-on error/);
    const good = runAction({ actionDir: ROOT, workspace: workspace({ 'start.sh': 'exec uvicorn app:app\n' }), inputs: { 'upload-sarif': 'false' } });
    assert.match(good.steps[2]!.stdout!, /prodlint: passed/);
  });
});
