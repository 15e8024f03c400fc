import type { Directive, UnitTree } from '../src/parse/systemd.js';
import { defineRule, type RuleContext } from '../src/rule.js';
import type { Document } from '../src/types.js';
import { directiveInfo, isExtensionName, isKnownSection } from '../src/systemd/directives.js';
import { emptyValueRefused } from '../src/systemd/empty-values.js';
import { suggestDirective, suggestSection } from '../src/systemd/suggest.js';
import { unitName } from '../src/systemd/unit-name.js';
import { effective, effectiveValue, isTemplated, serviceType, unitView } from '../src/systemd/units.js';
import { validateValue } from '../src/systemd/values.js';

export default defineRule({
  id: 'SD009',
  name: 'invalid-directive',
  severity: 'error',
  category: 'reliability',
  productionOnly: false,
  kinds: ['systemd'],
  triggers: ['['],
  precision: 'very-high',
  messages: {
    unknownSection: 'systemd ignores the unknown section [{{section}}] and every setting in it{{hint}}',
    unknownKey: 'systemd ignores the unknown setting {{key}}= in [{{section}}]{{hint}}',
    unsupported: 'systemd ignores {{key}}= here: {{note}}',
    badValue: 'systemd ignores this line: {{problem}}',
    emptyValue: '{{key}}= with an empty value is not a reset: systemd refuses it and keeps the previous value',
    duplicate: '{{key}}= is set twice in [{{section}}] (first on line {{line}}): systemd uses only the last value',
    execStartTwice: 'a second ExecStart= in a Type={{type}} service: systemd refuses to load the unit (only Type=oneshot may have several){{hint}}',
    oneshotRestart: 'Restart={{policy}} on a Type=oneshot service: systemd refuses to load the unit (a one-shot job may only be restarted on failure)',
  },
  docs: {
    summary: 'A systemd unit has a setting systemd does not understand, so it is silently ignored',
    what: `Checks every section and setting of a unit file or drop-in against systemd's own parser table (systemd 257; see \`src/systemd/directives.ts\`):
- a section the unit type does not have (\`[Sevice]\`, \`[Socket]\` in a \`.service\`), with a suggestion, on the section name;
- a key that section does not have, with a "did you mean" (wrong case, a typo, a key that belongs in another section), on the key;
- a value systemd refuses for booleans, time spans and enumerations (\`Type=\`, \`Restart=\`, \`KillMode=\`, \`StandardOutput=\`...), on the value; values with \`%\` specifiers, \`$VARIABLES\` or template placeholders (\`{{ log_dir }}\`, \`@bindir@\`) are not judged;
- an empty assignment (\`Restart=\`, \`RestartSec=\`, \`NoNewPrivileges=\`...) of a setting that cannot be reset that way: systemd refuses it and keeps the previous value (the list of such settings was measured with \`systemd-analyze verify\` on systemd 252);
- a single-valued setting assigned twice in the same section of one file (only the last counts; an empty assignment in between that resets it is fine);
- \`Restart=always\` or \`Restart=on-success\` on a \`Type=oneshot\` service (drop-ins merged), which systemd refuses to load;
- a second \`ExecStart=\` in a service that is not \`Type=oneshot\` — including a drop-in that sets \`ExecStart=\` without first clearing it with an empty \`ExecStart=\`, which makes systemd refuse the unit.
\`X-\` sections and keys are user extensions and are accepted. A drop-in overriding a setting of its unit is normal and not a duplicate. Settings newer than the systemd on your servers are not detected (the table knows systemd 257).`,
    why: `systemd does not fail on what it does not understand: it logs "Unknown key 'Restrat' in section [Service], ignoring." once, at daemon-reload, and starts the unit without that setting. The \`Restart=always\` you wrote with a typo, the \`MemoryMax=\` in the wrong section, \`RestartSec=10 # seconds\` (systemd has no trailing comments, so the value is invalid) — each looks protected and is not, until the crash or leak it was meant to handle. \`systemd-analyze verify\` finds these, but only on the server; this rule finds them in CI.`,
    example: {
      kind: 'systemd',
      path: 'bot.service',
      code: '[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestrat=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'bot.service',
      code: '[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.directives.html',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd-analyze.html#systemd-analyze%20verify%20FILE...',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#Description',
    ],
  },
  document(doc, ctx) {
    const tree = (doc as Document<UnitTree>).tree;
    const name = unitName(doc.source.path);
    const type = name.type;
    // systemd merges sections repeated in one file, so "twice in one section" spans them.
    const seen = new Map<string, Directive>();
    const execStarts: Directive[] = [];
    let execStartCleared = false;
    for (const section of tree.sections) {
      if (!isKnownSection(section.name, type)) {
        const s = suggestSection(section.name, type);
        ctx.report({ messageId: 'unknownSection', data: { section: section.name, hint: s ? `; ${s.message}` : '' }, span: section.nameSpan });
        continue;
      }
      if (isExtensionName(section.name)) continue;
      for (const d of section.directives) {
        if (isExtensionName(d.key)) continue;
        const info = directiveInfo(section.name, d.key);
        if (!info) {
          const s = suggestDirective(section.name, d.key, type);
          ctx.report({ messageId: 'unknownKey', data: { key: d.key, section: section.name, hint: s ? `; ${s.message}` : '' }, span: d.keySpan });
          continue;
        }
        if (info.deprecated?.ignored) continue; // SD003 reports removed settings
        if (info.unsupported) {
          ctx.report({ messageId: 'unsupported', data: { key: d.key, note: info.unsupported.replace(/\.\s*$/, '') }, span: d.keySpan });
          continue;
        }
        const value = d.value.text;
        // Deployment templates (Jinja, autoconf) fill values in later: judge the rendered unit, not this.
        const problem = isTemplated(value) ? undefined : validateValue(info, value);
        if (problem) ctx.report({ messageId: 'badValue', data: { problem }, span: d.valueSpan });
        const key = `${section.name}\u0000${d.key}`;
        if (value.trim() === '' && emptyValueRefused(section.name, d.key)) {
          ctx.report({ messageId: 'emptyValue', data: { key: d.key }, span: d.keySpan });
          continue;
        }
        if (value.trim() === '') {
          seen.delete(key); // an empty assignment resets the setting on purpose
          if (d.key === 'ExecStart' && section.name === 'Service') {
            execStarts.length = 0;
            execStartCleared = true;
          }
          continue;
        }
        if (d.key === 'ExecStart' && section.name === 'Service') execStarts.push(d);
        if (info.multi) continue;
        const first = seen.get(key);
        if (first) {
          ctx.report({ messageId: 'duplicate', data: { key: d.key, section: section.name, line: doc.source.lineOf(first.keySpan.start) }, span: d.keySpan });
        }
        seen.set(key, d);
      }
    }
    if (type === 'service' && execStarts.length > 0) checkExecStart(doc, execStarts, name.dropIn && !execStartCleared, ctx);
    if (type === 'service') checkOneshotRestart(doc, ctx);
  },
});

/** `Restart=` values that restart after a clean exit, which systemd refuses on `Type=oneshot` (systemd.service(5); verified with systemd 252). */
const RESTARTS_ON_SUCCESS = new Set(['always', 'on-success']);

/** Reported in the file that sets `Restart=`, with the unit and its drop-ins merged. */
function checkOneshotRestart(doc: Document, ctx: RuleContext<string, object>): void {
  const view = unitView(doc, ctx.project);
  if (!view?.main) return;
  const restart = effective(view, 'Service', 'Restart');
  const policy = restart?.directive.value.text.trim();
  if (!restart || restart.part.doc !== doc || !policy || !RESTARTS_ON_SUCCESS.has(policy)) return;
  if (effectiveValue(view, 'Service', 'Type') !== 'oneshot') return;
  ctx.report({ messageId: 'oneshotRestart', data: { policy }, span: restart.directive.valueSpan });
}

/**
 * Only `Type=oneshot` services may have several `ExecStart=` lines (systemd.service(5)). A drop-in
 * adds to its unit's list unless it clears it first with an empty `ExecStart=`; the unit it
 * extends always has an `ExecStart=` of its own, whether it is in the project or not.
 */
function checkExecStart(doc: Document, execStarts: Directive[], addsToUnit: boolean, ctx: RuleContext<string, object>): void {
  const view = unitView(doc, ctx.project);
  if (!view) return;
  const type = serviceType(view);
  if (type === 'oneshot') return;
  if (addsToUnit) {
    const mainHasExecStart = view.main ? view.main.doc.tree.sections.some((s) => s.name === 'Service' && s.directives.some((d) => d.key === 'ExecStart' && d.value.text.trim() !== '')) : true;
    // Without the unit in the project, its Type= is unknown unless the drop-in sets it.
    const typeKnown = view.main !== undefined || view.parts.some((p) => p.doc.tree.sections.some((s) => s.name === 'Service' && s.directives.some((d) => d.key === 'Type')));
    if (mainHasExecStart && typeKnown) {
      ctx.report({ messageId: 'execStartTwice', data: { type, hint: '; clear the inherited command first with an empty "ExecStart=" line' }, span: execStarts[0]!.keySpan });
      return;
    }
  }
  for (const d of execStarts.slice(1)) ctx.report({ messageId: 'execStartTwice', data: { type, hint: '' }, span: d.keySpan });
}
