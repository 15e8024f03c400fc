import { parseJsonStringArray } from '../src/carriers/json-array.js';
import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'DF002',
  name: 'shell-form-entrypoint',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['dockerfile'],
  triggers: ['CMD', 'ENTRYPOINT', 'cmd', 'entrypoint'],
  triggersIgnoreCase: true,
  precision: 'very-high',
  messages: {
    shellForm: '{{keyword}} in shell form runs under /bin/sh -c, which becomes PID 1 and does not pass SIGTERM on: the app is killed without a graceful shutdown',
  },
  docs: {
    summary: 'The container starts its app in shell form, so SIGTERM never reaches it',
    what: `Reports \`CMD\` and \`ENTRYPOINT\` written in shell form (\`CMD uvicorn app:app\`) in the final stage, unless the command starts with \`exec \`. Exec form (\`CMD ["uvicorn", "app:app"]\`) is fine. The finding spans the command text.`,
    why: `In shell form Docker runs \`/bin/sh -c "<command>"\`: the shell is PID 1 and the app is its child. \`docker stop\` and every deploy send SIGTERM to PID 1; \`sh\` does not forward it, so the app never starts its graceful shutdown, and after 10 seconds the container is SIGKILLed with requests in flight and buffers unflushed. One team's services lost in-flight work on every deploy until their \`CMD\` lines were rewritten in exec form.`,
    example: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM python:3.12-slim\nUSER app\nCMD uvicorn app.main:app --host 0.0.0.0\n' },
    fix: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM python:3.12-slim\nUSER app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n' },
    references: ['https://docs.docker.com/reference/dockerfile/#shell-and-exec-form', 'https://docs.docker.com/reference/dockerfile/#entrypoint'],
  },
  document(doc, ctx) {
    const final = (doc as DockerfileDocument).tree.finalStage;
    for (const ins of final?.instructions ?? []) {
      if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
      const text = ins.args.text;
      if (text.trim() === '' || parseJsonStringArray(ins.args)) continue;
      if (/^exec\s/.test(text)) continue;
      ctx.report({ messageId: 'shellForm', data: { keyword: ins.keyword }, span: ins.args.spanToFile({ start: 0, end: ins.args.length }) });
    }
  },
});
