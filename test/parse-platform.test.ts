import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../src/classify.js';
import { extractFacts } from '../src/carriers/index.js';
import { deployServices } from '../src/deploy/index.js';
import { listenPort } from '../src/deploy/listen.js';
import { parseFile } from '../src/parse/index.js';
import { get } from '../src/parse/config-tree.js';
import type { PlatformDocument } from '../src/parse/platform.js';
import { SourceFile, type Span } from '../src/source.js';
import type { Kind } from '../src/types.js';

async function parse(kind: Kind, path: string, text: string) {
  const source = new SourceFile(path, '', text);
  const doc = (await parseFile(kind, source, 'production')) as PlatformDocument;
  return { source, doc, facts: await extractFacts(doc) };
}

function where(source: SourceFile, s: Span): string {
  const a = source.positionAt(s.start);
  const b = source.positionAt(s.end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

test('platform files are classified by name, app.json only when it is Heroku\'s', () => {
  assert.equal(classify('railway.toml', ''), 'railway');
  assert.equal(classify('svc/railway.worker.json', ''), 'railway');
  assert.equal(classify('fly.staging.toml', ''), 'fly');
  assert.equal(classify('render.yaml', ''), 'render');
  assert.equal(classify('heroku.yml', ''), 'heroku');
  assert.equal(classify('app.json', '{"name": "x", "formation": {"web": {"quantity": 1}}}'), 'heroku');
  assert.equal(classify('app.json', '{"expo": {"name": "x"}, "scripts": {}}'), undefined);
  assert.equal(classify('app.json', '{"name": "x"}'), undefined);
  assert.equal(classify('pyproject.toml', ''), undefined);
});

test('railway.toml: commands with exact spans, environments as services, replicas and restart policy', async () => {
  const text = `[build]
buildCommand = "npm run build"
[deploy]
startCommand = "uvicorn app:app --port 8000"
preDeployCommand = ["alembic upgrade head", "python seed.py"]
numReplicas = 2
restartPolicyType = "ON_FAILURE"
restartPolicyMaxRetries = 3
healthcheckPath = "/health"
healthcheckTimeout = 30
[environments.pr.deploy]
numReplicas = 1
`;
  const { source, doc, facts } = await parse('railway', 'railway.toml', text);
  assert.deepEqual(doc.parseErrors, []);
  assert.deepEqual(
    facts.commands.map((c) => [c.role, c.carrier.label, c.argv.map((w) => w.value).join(' ')]),
    [
      ['start', 'startCommand', 'uvicorn app:app --port 8000'],
      ['hook', 'preDeployCommand', 'alembic upgrade head'],
      ['hook', 'preDeployCommand', 'python seed.py'],
      ['build', 'buildCommand', 'npm run build'],
    ],
  );
  assert.equal(where(source, facts.commands[0]!.argv[3]!.span), '4:40-4:44');
  const [base, pr] = deployServices(doc);
  assert.equal(base!.replicas!.value, 2);
  assert.equal(base!.restart!.policy.value, 'on-failure');
  assert.equal(base!.restart!.maxRetries!.value, 3);
  assert.equal(base!.healthChecks[0]!.timeoutSeconds!.value, 30);
  assert.equal(pr!.name, 'service@pr');
  assert.equal(pr!.replicas!.value, 1);
  assert.equal(pr!.restart!.policy.value, 'on-failure');
  assert.equal(listenPort(facts.commands[0]!)!.port, 8000);
});

test('TOML array tables, inline tables, escapes and multi-line strings keep their positions', async () => {
  const text = `app = "x"
kill_timeout = "1m30s"
[processes]
web = "gunicorn \\"app:app\\" --bind :8080"
worker = """
celery -A app worker"""
[[services]]
internal_port = 8080
processes = ["web"]
[[services.tcp_checks]]
interval = "15s"
[[vm]]
memory = "1gb"
`;
  const { source, doc, facts } = await parse('fly', 'fly.toml', text);
  assert.deepEqual(doc.parseErrors, []);
  const [web, worker] = deployServices(doc);
  assert.equal(web!.port!.value, 8080);
  assert.equal(web!.stopGraceSeconds!.value, 90);
  assert.equal(web!.memoryLimit!.value, '1gb');
  assert.equal(web!.healthChecks[0]!.periodSeconds!.value, 15);
  assert.equal(worker!.port, undefined);
  const app = facts.commands.find((c) => c.carrier.owner === 'web')!;
  assert.equal(app.argv[1]!.value, 'app:app');
  assert.equal(where(source, app.argv[3]!.span), '4:36-4:41');
  const celery = facts.commands.find((c) => c.carrier.owner === 'worker')!;
  assert.equal(where(source, celery.argv[0]!.span), '6:1-6:7');
  assert.equal(get(doc.tree.root, 'services')?.type, 'list');
});

test('render.yaml, app.json and heroku.yml', async () => {
  const render = await parse('render', 'render.yaml', 'services:\n  - type: web\n    name: api\n    startCommand: node server.js\n    numInstances: 3\n    envVars:\n      - key: NODE_ENV\n        value: production\n  - type: cron\n    name: nightly\n    schedule: "0 3 * * *"\n    startCommand: node jobs/nightly.js\n');
  assert.deepEqual(deployServices(render.doc).map((s) => [s.name, s.replicas?.value, s.injectsPort, s.oneShot]), [['api', 3, true, false], ['nightly', undefined, false, true]]);
  assert.deepEqual(render.facts.env.map((e) => [e.name, e.value]), [['NODE_ENV', 'production']]);

  const app = await parse('heroku', 'app.json', '{"scripts": {"postdeploy": "python manage.py migrate"}, "env": {"SECRET": {"generator": "secret"}}, "formation": {"web": {"quantity": 2}}}');
  assert.deepEqual(app.facts.commands.map((c) => [c.role, c.carrier.label]), [['hook', 'postdeploy']]);
  assert.deepEqual(app.facts.env.map((e) => [e.name, e.value]), [['SECRET', null]]);
  assert.equal(deployServices(app.doc)[0]!.replicas!.value, 2);

  const yml = await parse('heroku', 'heroku.yml', 'release:\n  command:\n    - ./release.sh\nrun:\n  web: bundle exec puma\n  worker:\n    command:\n      - bundle exec sidekiq\n');
  assert.deepEqual(yml.facts.commands.map((c) => [c.role, c.carrier.owner, c.argv[0]!.value]), [['start', 'web', 'bundle'], ['start', 'worker', 'bundle'], ['hook', 'release', './release.sh']]);
});

test('broken files become parse problems, never throws', async () => {
  for (const [kind, path, text] of [['railway', 'railway.toml', '[deploy\nstartCommand = '], ['railway', 'railway.json', '{"deploy": '], ['render', 'render.yaml', 'services: [\n'], ['fly', 'fly.toml', 'a = ' + '['.repeat(5000)]] as const) {
    const { doc } = await parse(kind, path, text);
    assert.ok(doc.parseErrors.length > 0, path);
    assert.deepEqual(deployServices(doc).filter((s) => s.replicas), []);
  }
});

test('flyctl\'s own `processes = []` before a [processes] table is accepted, offsets unchanged', async () => {
  const text = 'app = "x"\nprocesses = []\n\n[processes]\nweb = "gunicorn app:app --bind :8000"\n';
  const { source, doc, facts } = await parse('fly', 'fly.toml', text);
  assert.deepEqual(doc.parseErrors, []);
  assert.equal(where(source, facts.commands[0]!.argv[0]!.span), '5:8-5:16');
});
