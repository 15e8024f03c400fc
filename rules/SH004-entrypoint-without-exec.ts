import { shebangInterpreter } from '../src/classify.js';
import { defineRule } from '../src/rule.js';
import { daemonizes, SERVICE_TRIGGERS, serviceOf, type Service } from '../src/shell/programs.js';
import { documentCommands, isStartScript, runsInline, startedUnderGroupInit, startScriptContext, viaRunsLast } from '../src/shell/script-context.js';
import type { Command } from '../src/types.js';

export default defineRule({
  id: 'SH004',
  name: 'entrypoint-without-exec',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell'],
  triggers: SERVICE_TRIGGERS,
  precision: 'high',
  messages: {
    noExec: '{{program}} runs as a child of the shell instead of replacing it (no exec): the shell stays the main process, does not pass SIGTERM on, and the app is killed without a graceful shutdown',
  },
  docs: {
    summary: 'A start script runs its app as a child instead of exec-ing it, so SIGTERM never reaches the app',
    what: `Looks at start scripts: shell scripts that a Dockerfile \`CMD\`/\`ENTRYPOINT\`, a compose \`command\`/\`entrypoint\`, a package.json start script or \`ExecStart=\` runs as its last step, and scripts named \`*entrypoint*\`, \`start*.sh\` or \`run*.sh\` (not \`run_tests.sh\`, \`start-lint.sh\` and other task names). Reports a long-running program that the script runs in the foreground without \`exec\`, so that the shell stays its parent:

- a well-known server or worker anywhere in the script's top-level flow, also inside \`if\`/\`case\` branches and restart loops: \`gunicorn\`, \`uvicorn\`, \`celery worker\`, \`puma\`, \`php-fpm\`, \`nginx -g 'daemon off;'\`, \`supervisord\`, \`mongod\`, \`npm start\`… (\`gunicorn app\` followed by \`exec "$@"\` is reported: the script never gets past gunicorn);
- in the last top-level statement that starts a program, and only in scripts a container runs or named \`*entrypoint*\`: the project's own code (\`python bot.py\`, \`node dist/main.js\`, \`java -jar app.jar\`, \`./server\`) and \`"$@"\`.

Commands such as \`echo done\`, \`exit 0\`, \`python manage.py migrate\` or \`python wait_for_db.py\` are not programs that keep running. Fine: \`exec gunicorn …\`, \`exec "$@"\`, \`exec gosu app "$@"\`, a program started with \`&\` and awaited with \`wait\` under a \`trap\` (see SH005), scripts whose shebang or starting carrier is \`dumb-init\` or \`tini -g\` (they signal the whole process group), scripts a carrier runs before its real command (\`CMD sh init.sh && exec gunicorn app\`), and scripts that only systemd or a Procfile start (systemd signals every process of the unit, Heroku every process of the dyno). Functions are not followed: a script ending in \`main "$@"\` is not checked.`,
    why: `\`docker stop\`, every deploy and every scale-down send SIGTERM to the container's main process only. When a start script runs \`gunicorn app:app\` without \`exec\`, the main process is the shell: it has no handler for SIGTERM, passes nothing on, and waits for its child. The app never begins its graceful shutdown; after the stop timeout (10 s by default) the kernel SIGKILLs everything, dropping in-flight requests and half-done jobs and skipping the connection cleanup that the app's own shutdown code would have done. One of the incident reports behind prodlint added exactly such shutdown code (closing MongoDB and Redis connections in order, logging each step) to stop abrupt shutdowns; behind a shell without \`exec\`, that code never receives the signal and never runs.`,
    example: { kind: 'shell', path: 'docker-entrypoint.sh', code: '#!/bin/sh\nset -e\npython manage.py migrate --noinput\ngunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers 3\n' },
    fix: { kind: 'shell', path: 'docker-entrypoint.sh', code: '#!/bin/sh\nset -e\npython manage.py migrate --noinput\nexec gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers 3\n' },
    references: [
      'https://docs.docker.com/reference/dockerfile/#entrypoint',
      'https://docs.docker.com/build/building/best-practices/#entrypoint',
      'https://github.com/krallin/tini#process-group-killing',
    ],
  },
  document(doc, ctx) {
    const path = ctx.source.path;
    const sc = startScriptContext(ctx.project, path);
    if (!isStartScript(sc)) return;
    // systemd (KillMode=control-group) and Heroku signal every process of the service.
    if (sc.vias.length > 0 && [...sc.viaKinds].every((k) => k === 'systemd' || k === 'procfile')) return;
    // `CMD sh init.sh && exec gunicorn app`: the script only prepares; the carrier runs the service.
    if (sc.vias.length > 0 && !sc.vias.some((v) => viaRunsLast(ctx.project, v))) return;
    const interp = shebangInterpreter(ctx.source.text);
    if (interp === 'dumb-init' || startedUnderGroupInit(ctx.project, sc.vias)) return;
    const acceptApps = sc.viaKinds.has('dockerfile') || sc.viaKinds.has('compose') || sc.named === 'entrypoint';

    const candidates: { cmd: Command; service: Service; top: number }[] = [];
    for (const cmd of documentCommands(ctx.doc, ctx.project)) {
      if (cmd.carrier.kind !== 'shell' || cmd.nesting > 0 || !runsInline(cmd) || cmd.shell === undefined) continue;
      const service = serviceOf(cmd);
      if (!service || (service.strength === 'app' && !acceptApps) || daemonizes(cmd)) continue;
      candidates.push({ cmd, service, top: cmd.shell.top });
    }
    // The script's main program is its last top-level statement that starts one. A well-known
    // server earlier in the script blocks it just the same (`gunicorn app` then `exec "$@"`), so
    // it counts too; the project's own code (`python x.py`) only counts at the end, where it
    // cannot be a preparation step.
    const last = Math.max(-1, ...candidates.map((c) => c.top));
    for (const { cmd, service, top } of candidates) {
      if (cmd.background || cmd.wrappers.includes('exec')) continue;
      if (top !== last && service.strength !== 'server') continue;
      const first = cmd.raw[0]!;
      ctx.report({ messageId: 'noExec', data: { program: service.name }, span: { start: first.span.start, end: Math.max(first.span.end, service.word.span.end) } });
    }
  },
});
