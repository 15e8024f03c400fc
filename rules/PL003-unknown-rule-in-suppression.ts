import { defineRule } from '../src/rule.js';

/** Reported by the engine itself; this file holds its metadata and documentation. */
export default defineRule({
  id: 'PL003',
  name: 'unknown-rule-in-suppression',
  severity: 'warning',
  category: 'tool',
  productionOnly: false,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'python', 'typescript', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  triggers: [],
  messages: { default: '{{message}}' },
  docs: {
    summary: 'A suppression names a rule that does not exist',
    what: `A suppression comment names a rule id or name that prodlint does not know (a typo, or a rule from another tool).`,
    why: `A misspelled id suppresses nothing, so the finding you meant to accept is still reported — or, worse, you believe a hazard is accepted when the comment does nothing.`,
    example: { kind: 'shell', code: '' },
    fix: { kind: 'shell', code: '' },
  },
});
