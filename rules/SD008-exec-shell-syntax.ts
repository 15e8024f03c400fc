import type { UnitTree } from '../src/parse/systemd.js';
import { defineRule } from '../src/rule.js';
import { baseName } from '../src/shell/unwrap.js';
import type { Document } from '../src/types.js';
import { directiveInfo } from '../src/systemd/directives.js';
import { execLine, runsShellScript, shellSyntax } from '../src/systemd/exec-line.js';

export default defineRule({
  id: 'SD008',
  name: 'exec-shell-syntax',
  severity: 'error',
  category: 'reliability',
  productionOnly: false,
  kinds: ['systemd'],
  triggers: ['Exec'],
  precision: 'very-high',
  messages: {
    operator: '{{key}}= runs no shell: {{syntax}} is passed to {{program}} as a literal argument, so the {{what}} never happens',
  },
  docs: {
    summary: 'A systemd Exec line uses shell syntax that systemd does not interpret',
    what: `Reports the first shell operator on an \`Exec*=\` line (\`ExecStart=\`, \`ExecStartPre=\`, \`ExecStop=\`...) of a unit: the control operators \`&&\`, \`||\`, \`|\`, \`&\` (also trailing), redirections \`>\`, \`>>\`, \`<\`, \`2>&1\`, \`&>\` (alone or glued to their target, \`>/var/log/app.log\`), and command substitution \`$(…)\` or backticks. Operators inside quotes are taken as meant literally (\`grep -E "a|b"\`), except command substitution. Lines that run a shell script (\`/bin/sh -c '…'\`, \`bash -lc "…"\`) are skipped: that shell interprets the syntax.`,
    why: `systemd splits \`Exec*=\` lines into words itself and runs the program directly — there is no shell. \`ExecStart=/opt/app/run.sh > /var/log/app.log 2>&1\` passes \`>\`, \`/var/log/app.log\` and \`2>&1\` to the script as arguments: the log file never appears (the output goes to the journal), and a script that rejects unknown arguments fails at every start. \`ExecStartPre=/usr/bin/test -f /etc/app.env && /usr/bin/touch /run/app.ok\` runs \`test\` with four extra arguments. Wrap the line in \`/bin/sh -c '…'\`, or better, use systemd's own settings (\`StandardOutput=append:/var/log/app.log\`, separate \`ExecStartPre=\` lines).`,
    example: {
      kind: 'systemd',
      path: 'api.service',
      code: '[Unit]\nDescription=API\n\n[Service]\nUser=api\nExecStart=/opt/api/run.sh > /var/log/api.log 2>&1\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'api.service',
      code: '[Unit]\nDescription=API\n\n[Service]\nUser=api\nExecStart=/opt/api/run.sh\nStandardOutput=append:/var/log/api.log\nStandardError=inherit\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Command%20lines', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#StandardOutput='],
  },
  document(doc, ctx) {
    for (const section of (doc as Document<UnitTree>).tree.sections) {
      for (const d of section.directives) {
        if (directiveInfo(section.name, d.key)?.value.kind !== 'command') continue;
        const line = execLine(d);
        if (line.words.length === 0 || runsShellScript(line)) continue;
        for (const w of line.words.slice(1)) {
          const found = shellSyntax(w);
          if (found === undefined) continue;
          const { syntax } = found;
          const what = /[<>]/.test(syntax) ? 'redirection' : syntax.startsWith('$') || syntax.startsWith('`') ? 'command substitution' : syntax === '|' || syntax === '|&' ? 'pipe' : syntax === '&' ? 'backgrounding' : 'chaining';
          const program = baseName(line.words[0]!.word.value) ?? line.words[0]!.word.text;
          ctx.report({ messageId: 'operator', data: { key: d.key, syntax, program, what }, span: found.span });
          break;
        }
      }
    }
  },
});
