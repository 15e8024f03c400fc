import { defineRule } from '../src/rule.js';
import { detectDevServer as detect } from '../src/shell/dev-server.js';

export default defineRule({
  id: 'SH001',
  name: 'dev-server-in-production',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  roles: ['start', 'script', 'job'],
  triggers: ['reload', 'flask', 'runserver', 'watch', 'nodemon', 'ts-node-dev', 'tsnd', 'dev', 'vite', 'serve', 'react-scripts'],
  precision: 'high',
  messages: {
    reload: '{{program}} runs with {{flag}}: it restarts the server whenever a file changes, so a git pull or any edit on the host restarts production',
    watcher: '{{command}} restarts the program whenever a file changes, so a git pull or any edit on the host restarts production',
    devServer: '{{command}} starts a development server: single-process, unhardened and not meant to serve production traffic',
  },
  docs: {
    summary: 'A development server or file watcher is what production runs',
    what: `Reports, in start commands and scripts (shell scripts, Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, systemd \`ExecStart=\`, Procfile lines, package.json start scripts):

- \`uvicorn\`, \`hypercorn\` or \`gunicorn\` with \`--reload\` in any form (\`--reload-dir\`, \`--reload=true\`, \`--reload-include\`);
- \`flask run\` (Flask's development server, with or without \`--debug\`), \`manage.py runserver\`, \`django-admin runserver\`;
- file watchers: \`watchfiles\`, \`watchmedo auto-restart\`, \`nodemon\`, \`ts-node-dev\`, \`tsx watch\`, \`node --watch\`;
- front-end dev servers: \`next dev\`, \`nuxt dev\`, \`vite\` (no subcommand, \`dev\` or \`serve\`), \`ng serve\`, \`webpack serve\`, \`webpack-dev-server\`, \`react-scripts start\`, \`php artisan serve\`;
- \`npm run dev\`, \`yarn dev\`, \`pnpm dev\`.

Wrappers are seen through (\`exec\`, \`nohup\`, \`env\`, \`sudo\`, \`timeout\`, \`python -m\`, \`"$PYTHON_BIN" -m\`, \`poetry run\`, \`uv run\`, \`npx\`, \`sh -c '…'\`). Not reported: build steps (\`RUN\`), comments, arguments of other programs (\`echo --reload\`, \`grep -- --reload\`), and files classified as development (\`docker-compose.override.yml\`, \`Dockerfile.dev\`, \`tests/\`…).`,
    why: `A file watcher restarts the server whenever a file under it changes. In one incident a bot, its API and its database were started by a \`start_all_services.sh\` that ran \`uvicorn … --reload\` in the background: every \`git pull\` on the server, and every log file written into the watched tree, restarted the API, and with it everything started alongside — all services died every ~25 minutes, and nobody knew why until the reloader was found. Development servers are also single-process and unhardened (Flask's and Django's say so at startup): one slow request blocks every other one.`,
    example: { kind: 'shell', path: 'start.sh', code: '#!/bin/sh\nexec uvicorn app.main:app --host 0.0.0.0 --port 8000 --reload\n' },
    fix: { kind: 'shell', path: 'start.sh', code: '#!/bin/sh\nexec uvicorn app.main:app --host 0.0.0.0 --port 8000 --workers 2\n' },
    references: ['https://www.uvicorn.org/settings/#development', 'https://flask.palletsprojects.com/en/stable/deploying/', 'https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver'],
  },
  command(cmd, ctx) {
    const hit = detect(cmd);
    if (hit) ctx.report(hit);
  },
});
