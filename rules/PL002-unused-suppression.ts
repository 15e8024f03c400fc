import { defineRule } from '../src/rule.js';

/** Reported by the engine itself; this file holds its metadata and documentation. */
export default defineRule({
  id: 'PL002',
  name: 'unused-suppression',
  severity: 'note',
  category: 'tool',
  productionOnly: false,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'python', 'typescript', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  triggers: [],
  messages: { default: '{{message}}' },
  docs: {
    summary: 'A suppression comment suppresses nothing',
    what: `A \`prodlint-disable…\` comment that did not suppress any finding: the hazard was fixed, the rule id is wrong, or the comment is on the wrong line. With \`require-reason: true\` in the config, a suppression without \` -- reason\` is reported under this id too.`,
    why: `Stale suppressions hide the next real finding on that line. A suppression should say why the hazard is acceptable, so the next person can judge whether it still is.`,
    example: { kind: 'shell', code: '' },
    fix: { kind: 'shell', code: '' },
  },
});
