import { defineRule } from '../src/rule.js';

/** Reported by the engine itself; this file holds its metadata and documentation. */
export default defineRule({
  id: 'PL000',
  name: 'parse-error',
  severity: 'warning',
  category: 'tool',
  productionOnly: false,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'python', 'typescript', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  triggers: [],
  messages: { default: '{{message}}' },
  docs: {
    summary: 'A file could not be fully parsed; findings for it may be incomplete',
    what: `prodlint met a syntax error (or an unreadable construct) while parsing a file. The rest of the file is still analysed as far as the partial tree allows, and every other file is linted in full.`,
    why: `A hazard in the part of the file that could not be read is not reported. Fix the syntax error, or exclude the file (\`ignore:\` in \`.prodlint.yaml\`) if it is not meant to be valid.`,
    example: { kind: 'shell', code: '' },
    fix: { kind: 'shell', code: '' },
  },
});
