/**
 * The shared pieces behind SH014, SH015, DC010/SD012 and DC011/SD013: loops and redirects as the
 * shell adapter reports them, the strict one-shot test, stop needs and compose durations.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { addShellScript, newSink } from '../src/carriers/build.js';
import { EmbeddedText } from '../src/embedded.js';
import { oneShotJob } from '../src/one-shot.js';
import { fileRedirects, logrotatePaths } from '../src/shell/log-files.js';
import { loadShellParser } from '../src/shell/script.js';
import { SourceFile } from '../src/source.js';
import { goDurationSeconds } from '../src/duration.js';
import { stopNeed } from '../src/stop-grace.js';
import type { Command } from '../src/types.js';

async function commands(text: string): Promise<Command[]> {
  await loadShellParser();
  const source = new SourceFile('t.sh', '', text);
  const sink = newSink();
  addShellScript(sink, EmbeddedText.verbatim(text, 0), 'start', { kind: 'shell', label: 'script', source, span: { start: 0, end: text.length }, shellForm: true });
  return sink.commands;
}

const named = (cmds: Command[], name: string) => cmds.find((c) => c.argv[0]?.value === name)!;

test('commands know their enclosing loops, whether they are in the condition, and infinite loops', async () => {
  const cmds = await commands('while true; do app; sleep 5; done\nuntil pg_isready; do sleep 1; done\nfor i in 1 2; do job; done\nfor ((;;)); do tick; done\n');
  assert.deepEqual(named(cmds, 'app').shell?.loops?.map((l) => [l.loop.kind, l.loop.infinite, l.inCondition]), [['while', true, false]]);
  assert.deepEqual(named(cmds, 'pg_isready').shell?.loops?.map((l) => [l.loop.kind, l.loop.infinite, l.inCondition]), [['until', false, true]]);
  assert.deepEqual(named(cmds, 'job').shell?.loops?.map((l) => [l.loop.kind, l.loop.infinite]), [['for', false]]);
  assert.deepEqual(named(cmds, 'tick').shell?.loops?.map((l) => [l.loop.kind, l.loop.infinite]), [['for', true]]);
  assert.equal(named(cmds, 'true').shell?.loops?.[0]?.inCondition, true);
});

test('a redirect after a && b belongs to b, as in bash', async () => {
  const cmds = await commands('cd /app && nohup python app.py >> /opt/app.log 2>&1 &\n');
  assert.deepEqual(fileRedirects(named(cmds, 'cd')), []);
  assert.deepEqual(fileRedirects(named(cmds, 'python')).map((r) => r.target), ['/opt/app.log']);
});

test('descriptors, /dev/null and the container stdout are not log files', async () => {
  const cmds = await commands('a > /dev/null 2>&1\nb > /proc/1/fd/1\nc >&2\nd > "$OUT"\ne > "$LOG_DIR/e.log"\n');
  assert.deepEqual(cmds.flatMap((c) => fileRedirects(c).map((r) => r.target)), ['"$LOG_DIR/e.log"']);
});

test('logrotate paths are the globs before a block', () => {
  assert.deepEqual(logrotatePaths('# app\n/var/log/app/*.log /var/log/x.log {\n  daily\n  postrotate\n    kill -HUP 1\n  endscript\n}\n'), ['/var/log/app/*.log', '/var/log/x.log']);
});

test('a one-shot job is a task with nothing long-running after it', async () => {
  assert.equal(oneShotJob(await commands('python manage.py migrate --noinput\necho done\n'))?.what, 'manage.py migrate');
  assert.equal(oneShotJob(await commands('alembic upgrade head && exec gunicorn app:app\n')), undefined);
  assert.equal(oneShotJob(await commands('python manage.py migrate && sleep infinity\n')), undefined);
  assert.equal(oneShotJob(await commands('while true; do python manage.py migrate; sleep 60; done\n')), undefined);
  assert.equal(oneShotJob(await commands('/srv/app/.venv/bin/alembic upgrade head\n'))?.what, 'alembic upgrade');
});

test('stop needs: the longest explicit timeout of the command or its environment', async () => {
  const cmds = await commands('celery -A tasks worker --soft-time-limit=240 --time-limit 300\n');
  assert.equal(stopNeed(cmds, [])?.seconds, 300);
  assert.equal(stopNeed(await commands('gunicorn app:app --timeout 120\n'), []), undefined);
  assert.equal(stopNeed(await commands('dramatiq tasks --worker-shutdown-timeout 600000\n'), [])?.seconds, 600);
  assert.equal(stopNeed(await commands('bundle exec sidekiq -t 25\n'), [])?.seconds, 25);
});

test('compose durations', () => {
  assert.equal(goDurationSeconds('1m30s'), 90);
  assert.equal(goDurationSeconds('500ms'), 0.5);
  assert.equal(goDurationSeconds('45'), 45);
  assert.equal(goDurationSeconds('${GRACE}'), undefined);
  assert.equal(goDurationSeconds('10x'), undefined);
});
