import { defineRule } from '../src/rule.js';

/** Reported by the engine itself; this file holds its metadata and documentation. */
export default defineRule({
  id: 'PL001',
  name: 'internal-error',
  severity: 'warning',
  category: 'tool',
  productionOnly: false,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'python', 'typescript', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  triggers: [],
  messages: { default: '{{message}}' },
  docs: {
    summary: 'A rule failed on a file; other rules and files went on',
    what: `A rule threw an exception while checking a file. The failure is contained: the other rules still ran on that file and every other file was linted.`,
    why: `The failed rule did not check this file, so a hazard there may be missed. Please report it with the file (or a reduced copy) so the rule can be fixed.`,
    example: { kind: 'shell', code: '' },
    fix: { kind: 'shell', code: '' },
  },
});
