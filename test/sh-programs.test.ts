/**
 * The shell knowledge behind the SH rules: which commands start a long-running service, which
 * detach themselves, which inits signal the whole process group, how curl/wget options are read,
 * and which script names mark a start script or a health check.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { addShellScript, newSink } from '../src/carriers/build.js';
import { EmbeddedText } from '../src/embedded.js';
import type { ProjectModel } from '../src/project.js';
import { curlOptions, curlUrls, hasOption, wgetOptions } from '../src/shell/curl.js';
import { daemonizes, groupSignallingInit, isArgsWord, packageStart, serviceOf } from '../src/shell/programs.js';
import { isHealthcheckScript, isStartScript, startScriptContext } from '../src/shell/script-context.js';
import { loadShellParser } from '../src/shell/script.js';
import { SourceFile } from '../src/source.js';
import type { Command } from '../src/types.js';

async function commands(text: string): Promise<Command[]> {
  await loadShellParser();
  const source = new SourceFile('t.sh', '', text);
  const sink = newSink();
  addShellScript(sink, EmbeddedText.verbatim(text, 0), 'script', { kind: 'shell', label: 'script', source, span: { start: 0, end: text.length }, shellForm: true });
  return sink.commands;
}

async function first(text: string): Promise<Command> {
  const [cmd] = await commands(text);
  assert.ok(cmd, text);
  return cmd;
}

function emptyProject(startedBy: Record<string, string[]> = {}): ProjectModel {
  return {
    root: '/',
    files: [],
    byPath: new Map(),
    startedBy: new Map(Object.entries(startedBy).map(([k, labels]) => [k, labels.map((label) => ({ path: 'Dockerfile', span: { start: 0, end: 1 }, start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, label }))])),
    exists: () => false,
    *commands() {},
  };
}

test('serviceOf: well-known servers, through wrappers, with what they serve', async () => {
  const cases: [string, string, 'server' | 'app'][] = [
    ['uvicorn app.main:app --host 0.0.0.0', 'uvicorn app.main:app', 'server'],
    ['"$PYTHON_BIN" -m uvicorn api_v2.app:app', 'uvicorn api_v2.app:app', 'server'],
    ['exec gosu app gunicorn -w 4 app:app', 'gunicorn', 'server'],
    ['celery -A app worker -l info', 'celery worker', 'server'],
    ['npm start', 'npm start', 'server'],
    ['yarn run start:prod', 'yarn run start:prod', 'server'],
    ['python manage.py runserver 0.0.0.0:8000', 'manage.py runserver', 'server'],
    ['bundle exec puma -C config/puma.rb', 'puma', 'server'],
    ["nginx -g 'daemon off;'", 'nginx', 'server'],
    ['python bot/main.py', 'python bot/main.py', 'app'],
    ['python -u -m app.bot', 'python -m app.bot', 'app'],
    ['node dist/server.js', 'node dist/server.js', 'app'],
    ['./bin/api --port 8080', './bin/api', 'app'],
    ['"$@"', '"$@"', 'app'],
    ['java -jar app.jar', 'java -jar', 'app'],
  ];
  for (const [text, name, strength] of cases) {
    const s = serviceOf(await first(text));
    assert.deepEqual(s && { name: s.name, strength: s.strength }, { name, strength }, text);
  }
});

test('serviceOf: tasks, tools and utilities are not services', async () => {
  for (const text of [
    'python manage.py migrate',
    'python scripts/wait_for_db.py',
    'python -m pytest -q',
    'python -m pip install -r requirements.txt',
    'gunicorn --version',
    'gunicorn --check-config app:app',
    'celery -A app inspect ping',
    'npm run build',
    'npm ci',
    'node -e "console.log(1)"',
    'node scripts/seed.js',
    '/bin/chown -R app /data',
    'mkdir./db',
    './migrate.sh',
    'echo uvicorn',
    'nginx -t',
    'myapp serve',
  ]) {
    assert.equal(serviceOf(await first(text)), undefined, text);
  }
});

test('daemonizes: documented detach flags and daemon-by-default programs', async () => {
  for (const text of ['mongod --fork --logpath /var/log/mongod.log', 'redis-server --daemonize yes', 'memcached -d', 'php-fpm -D', 'gunicorn -D app:app', 'pg_ctl -D /data start', 'nginx', 'pm2 start server.js', 'celery multi start w1', 'sshd']) {
    assert.ok(daemonizes(await first(text)), text);
  }
  for (const text of ['mongod --dbpath /data', 'redis-server --daemonize no', "nginx -g 'daemon off;'", 'nginx -s reload', 'php-fpm -F', 'pm2 start server.js --no-daemon', '/usr/sbin/sshd -D', 'cron -f', 'gunicorn app:app']) {
    assert.ok(!daemonizes(await first(text)), text);
  }
});

test('groupSignallingInit: dumb-init by default, tini only with -g', async () => {
  assert.ok(groupSignallingInit((await first('dumb-init npm start')).raw));
  assert.ok(groupSignallingInit((await first('tini -g -- npm start')).raw));
  assert.ok(!groupSignallingInit((await first('tini -- npm start')).raw));
  assert.ok(!groupSignallingInit((await first('dumb-init --single-child npm start')).raw));
  assert.ok(!groupSignallingInit((await first('npm start')).raw));
});

test('packageStart and isArgsWord', async () => {
  assert.equal(packageStart(await first('npm --prefix app start'))?.name, 'npm --prefix app start');
  assert.equal(packageStart(await first('pnpm run serve'))?.name, 'pnpm run serve');
  assert.equal(packageStart(await first('npm run migrate')), undefined);
  assert.ok(isArgsWord((await first('exec "$@"')).argv[0]));
  assert.ok(!isArgsWord((await first('exec "$1"')).argv[0]));
});

test('curlOptions: clusters, values and long options', async () => {
  const opts = curlOptions(await first('curl -fsSLo /tmp/x -m10 --connect-timeout=3 -w "%{http_code}" https://example.com'))!;
  assert.deepEqual(
    opts.map((o) => [o.name, o.value ?? null]),
    [['-f', null], ['-s', null], ['-S', null], ['-L', null], ['-o', '/tmp/x'], ['-m', '10'], ['--connect-timeout', '3'], ['-w', '%{http_code}']],
  );
  // `-o -f` writes to a file named `-f`; it is not `--fail`.
  assert.equal(hasOption(curlOptions(await first('curl -o -f http://x'))!, '-f'), undefined);
  assert.equal(curlOptions(await first('wget http://x')), undefined);
  const w = wgetOptions(await first('wget -qT 10 --read-timeout=5 http://x'))!;
  assert.deepEqual(w.map((o) => [o.name, o.value ?? null]), [['-q', null], ['-T', '10'], ['--read-timeout', '5']]);
});

test('start script and health check names', () => {
  const p = emptyProject({ 'ops/launch.sh': ['CMD'] });
  const named = (path: string) => startScriptContext(p, path).named;
  assert.equal(named('docker-entrypoint.sh'), 'entrypoint');
  assert.equal(named('bin/docker-entrypoint'), 'entrypoint');
  assert.equal(named('start.sh'), 'start');
  assert.equal(named('start_all_services.sh'), 'start');
  assert.equal(named('run-api.sh'), 'start');
  assert.equal(named('startup.sh'), 'start');
  for (const path of ['run_tests.sh', 'run-migrations.sh', 'start-lint.sh', 'run', 'restart.sh', 'deploy.sh', 'runner.py']) assert.equal(named(path), undefined, path);
  assert.ok(isStartScript(startScriptContext(p, 'ops/launch.sh')));
  assert.ok(!isStartScript(startScriptContext(p, 'ops/other.sh')));
  for (const path of ['healthcheck.sh', 'scripts/monitor_django.sh', 'check-api.sh', 'watchdog.sh']) assert.ok(isHealthcheckScript(p, path), path);
  assert.ok(!isHealthcheckScript(p, 'deploy.sh'));
});

test('curlUrls: positional arguments and --url, not option values', async () => {
  const urls = curlUrls(await first('curl -fsS -H "X-Token: a" -o /tmp/out --url https://a.example "https://b.example" "$NEXT"'))!;
  assert.deepEqual(urls, ['https://b.example', null, 'https://a.example']);
  assert.deepEqual(curlUrls(await first('curl -Gso /dev/null -w "%{url_effective}" --data-urlencode @- ""')), ['']);
});
