import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCopy } from '../src/docker/copy.js';
import { parseDockerignore } from '../src/docker/dockerignore.js';
import { isVariableOnly, parseImageRef } from '../src/docker/image-ref.js';
import { containerPathProvided, contextPathPresence, contextSourceOf, stageMappings } from '../src/docker/reach.js';
import { envAt, expandStatic, lastInChain, rootImage, stageChain, startInstructions, UNKNOWN_WORKDIR, workdirAt } from '../src/docker/stages.js';
import { parseDockerfile, type DockerfileTree } from '../src/parse/dockerfile.js';
import { SourceFile } from '../src/source.js';

function tree(text: string): DockerfileTree {
  return parseDockerfile(new SourceFile('Dockerfile', '', text), 'production').tree;
}

test('image references: registry, repository, tag, digest', () => {
  const hub = parseImageRef('docker.io/library/postgres:16-alpine')!;
  assert.deepEqual([hub.registry, hub.repository, hub.name, hub.tag, hub.official], [undefined, 'postgres', 'postgres', '16-alpine', true]);
  const ghcr = parseImageRef('ghcr.io/immich-app/immich-server:v1.2@sha256:abc')!;
  assert.deepEqual([ghcr.registry, ghcr.repository, ghcr.tag, ghcr.digest, ghcr.official], ['ghcr.io', 'immich-app/immich-server', 'v1.2', 'sha256:abc', false]);
  const local = parseImageRef('localhost:5000/base')!;
  assert.deepEqual([local.registry, local.repository, local.tag], ['localhost:5000', 'base', undefined]);
  const ns = parseImageRef('bitnami/redis')!;
  assert.deepEqual([ns.registry, ns.repository, ns.name, ns.official], [undefined, 'bitnami/redis', 'redis', false]);
  assert.equal(parseImageRef('python:${PY}-slim')!.tag, '${PY}-slim');
  assert.equal(parseImageRef('python:${PY}-slim')!.dynamic, true);
  assert.equal(parseImageRef('  '), undefined);
  assert.ok(isVariableOnly('$BASE') && isVariableOnly('${BASE_IMAGE:-python:3.12}') && !isVariableOnly('python:$V'));
});

test('COPY/ADD: flags, exec form, heredocs, spans', () => {
  const t = tree('FROM a\nCOPY --from=build --chown=app:app /src/dist ./dist\nCOPY ["my file.txt", "/app/"]\nADD --exclude=*.md . /app\nCOPY <<EOF /etc/motd\nhello\nEOF\n');
  const [fromCopy, jsonCopy, add, heredoc] = t.finalStage!.instructions.map(parseCopy);
  assert.equal(fromCopy!.from, 'build');
  assert.deepEqual(fromCopy!.sources.map((s) => s.value), ['/src/dist']);
  assert.equal(fromCopy!.dest!.value, './dist');
  assert.deepEqual(jsonCopy!.sources.map((s) => s.value), ['my file.txt']);
  assert.equal(add!.keyword, 'ADD');
  assert.deepEqual(add!.excludes, ['*.md']);
  const src = 'FROM a\nCOPY --from=build --chown=app:app /src/dist ./dist\n';
  assert.equal(src.slice(fromCopy!.sources[0]!.span.start, fromCopy!.sources[0]!.span.end), '/src/dist');
  assert.equal(heredoc!.heredoc, true);
  assert.deepEqual(heredoc!.sources, []);
});

test('stages: chains, inherited WORKDIR, start instructions, root image', () => {
  const t = tree('FROM python:3.12 AS base\nWORKDIR /app\nCMD ["python", "a.py"]\nFROM base AS mid\nWORKDIR src\nENTRYPOINT ["tini", "--"]\nFROM mid\nUSER app\n');
  const final = t.finalStage!;
  assert.deepEqual(stageChain(t, final).map((s) => s.index), [2, 1, 0]);
  assert.equal(workdirAt(t, final), '/app/src');
  assert.equal(rootImage(t, final)?.repository, 'python');
  // ENTRYPOINT in a later stage resets the CMD inherited from an earlier one.
  assert.deepEqual(startInstructions(t, final).map((i) => i.keyword), ['ENTRYPOINT']);
  assert.equal(lastInChain(t, final, ['USER'])?.args.text, 'app');
  const same = tree('FROM a\nCMD ["x"]\nENTRYPOINT ["y"]\n');
  assert.deepEqual(startInstructions(same, same.finalStage!).map((i) => i.keyword), ['ENTRYPOINT', 'CMD'], 'a CMD of the same stage is kept');
  const unknown = tree('FROM example/base\nWORKDIR app\n');
  assert.equal(workdirAt(unknown, unknown.finalStage!), `${UNKNOWN_WORKDIR}/app`);
  assert.equal(workdirAt(tree('FROM a\nWORKDIR $HOME/app\n'), tree('FROM a\nWORKDIR $HOME/app\n').finalStage!), null);
});

test('context mappings follow WORKDIR, file vs directory sources and COPY --from', () => {
  const t = tree('FROM python:3.12 AS build\nWORKDIR /src\nCOPY . .\nFROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nCOPY app/ ./app/\nCOPY --from=build /src/migrations ./migrations\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n');
  const maps = stageMappings(t, t.finalStage!).map((m) => [m.ctx, m.dest]);
  assert.deepEqual(maps, [
    ['requirements.txt', '/app/requirements.txt'],
    ['app', '/app/app'],
    ['migrations', '/app/migrations'],
  ]);
});

test('presence of a context directory in a stage', () => {
  const copied = tree('FROM a\nWORKDIR /app\nCOPY bot/ ./bot/\nCOPY migrations/ ./migrations/\n');
  assert.equal(contextPathPresence(copied, copied.finalStage!, 'migrations', []).presence, 'present');
  const missing = tree('FROM a\nWORKDIR /app\nCOPY bot/ ./bot/\n');
  assert.equal(contextPathPresence(missing, missing.finalStage!, 'migrations', []).presence, 'absent');
  const whole = tree('FROM a\nCOPY . /app\n');
  assert.equal(contextPathPresence(whole, whole.finalStage!, 'migrations', ['migrations/001.sql']).presence, 'present');
  const ignored = contextPathPresence(whole, whole.finalStage!, 'migrations', ['migrations/001.sql'], { ignore: parseDockerignore('.git\nmigrations\n') });
  assert.equal(ignored.presence, 'excluded');
  assert.equal(ignored.by?.pattern, 'migrations');
  const excepted = contextPathPresence(whole, whole.finalStage!, 'migrations', ['migrations/001.sql'], { ignore: parseDockerignore('*\n!migrations\n') });
  assert.equal(excepted.presence, 'present');
  const excludeFlag = tree('FROM a\nCOPY --exclude=migrations . /app\n');
  assert.equal(contextPathPresence(excludeFlag, excludeFlag.finalStage!, 'migrations', ['migrations/1.sql']).presence, 'excluded');
  const glob = tree('FROM a\nCOPY migrations/*.sql /app/migrations/\n');
  assert.equal(contextPathPresence(glob, glob.finalStage!, 'migrations', []).presence, 'present');
  const builder = tree('FROM golang AS build\nCOPY . /src\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build /out/app /app\n');
  assert.equal(contextPathPresence(builder, builder.finalStage!, 'migrations', []).presence, 'elsewhere');
  const derived = tree('FROM python AS build\nWORKDIR /app\nCOPY . .\nFROM python\nCOPY --from=build /app /app\n');
  assert.equal(contextPathPresence(derived, derived.finalStage!, 'migrations', []).presence, 'present');
});

test('container paths provided by copies', () => {
  const t = tree('FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nCOPY app/ ./app/\nCOPY alembic.ini /app\n');
  const final = t.finalStage!;
  assert.equal(containerPathProvided(t, final, '/app/alembic.ini').provided, 'yes');
  assert.equal(containerPathProvided(t, final, '/app/migrations').provided, 'no');
  assert.equal(containerPathProvided(t, final, '/app/app/models.py').provided, 'yes');
  const whole = tree('FROM python:3.12\nWORKDIR /app\nCOPY . .\n');
  assert.equal(containerPathProvided(whole, whole.finalStage!, '/app/migrations').provided, 'yes');
  const ignore = parseDockerignore('migrations\n');
  assert.equal(containerPathProvided(whole, whole.finalStage!, '/app/migrations', { ignore }).provided, 'excluded');
  const run = tree('FROM python:3.12\nWORKDIR /app\nCOPY app/ ./app/\nRUN git clone https://example.com/schema migrations\n');
  assert.equal(containerPathProvided(run, run.finalStage!, '/app/migrations').provided, 'unknown', 'a RUN may create it');
  const dynamic = tree('FROM python:3.12\nCOPY app/ $APP_HOME/\n');
  assert.equal(containerPathProvided(dynamic, dynamic.finalStage!, '/app/migrations').provided, 'unknown');
  const noWorkdir = tree('FROM example/base\nCOPY . .\n');
  assert.equal(containerPathProvided(noWorkdir, noWorkdir.finalStage!, `${UNKNOWN_WORKDIR}/alembic.ini`).provided, 'yes');
  assert.equal(containerPathProvided(noWorkdir, noWorkdir.finalStage!, '/srv/alembic.ini').provided, 'unknown');
});

test('ENV and ARG values expand in WORKDIR and COPY destinations', () => {
  const t = tree('FROM python:3.12\nARG HOME_DIR=/home/app\nENV APP_HOME=${HOME_DIR}/web\nWORKDIR $APP_HOME\nCOPY app/ ${APP_HOME}/app/\nCOPY run.sh $MISSING/run.sh\n');
  const final = t.finalStage!;
  assert.equal(workdirAt(t, final), '/home/app/web');
  assert.deepEqual(envAt(t, final).get('APP_HOME'), '/home/app/web');
  assert.deepEqual(stageMappings(t, final).map((m) => [m.ctx, m.dest]), [
    ['app', '/home/app/web/app'],
    ['run.sh', null],
  ]);
  assert.equal(expandStatic('${UNSET:-/srv}/x', new Map()), '/srv/x');
  assert.equal(expandStatic('$UNSET/x', new Map()), '$UNSET/x');
  assert.equal(contextSourceOf(t, final, '/home/app/web/app/main.py'), 'app/main.py');
  const legacy = tree('FROM python:3.12\nENV APP_HOME /opt/app\nWORKDIR $APP_HOME\n');
  assert.equal(workdirAt(legacy, legacy.finalStage!), '/opt/app');
});
