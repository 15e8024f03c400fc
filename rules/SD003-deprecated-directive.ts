import type { UnitTree } from '../src/parse/systemd.js';
import { defineRule } from '../src/rule.js';
import type { Document } from '../src/types.js';
import { directiveInfo, type DirectiveInfo } from '../src/systemd/directives.js';
import { deprecatedValue } from '../src/systemd/values.js';

/**
 * Old spellings systemd accepts silently and maps to the current setting with no change in
 * behaviour: renaming them is style, not a hazard, so they are not reported.
 */
const SILENT_ALIASES = new Set([
  'Unit.BindTo',
  'Unit.PropagateReloadTo',
  'Unit.PropagateReloadFrom',
  'Unit.StartLimitInterval',
  'Service.ReadWriteDirectories',
  'Service.ReadOnlyDirectories',
  'Service.InaccessibleDirectories',
  'Socket.ReadWriteDirectories',
  'Socket.ReadOnlyDirectories',
  'Socket.InaccessibleDirectories',
  'Mount.ReadWriteDirectories',
  'Mount.ReadOnlyDirectories',
  'Mount.InaccessibleDirectories',
  'Swap.ReadWriteDirectories',
  'Swap.ReadOnlyDirectories',
  'Swap.InaccessibleDirectories',
]);

/** The cgroup v1 settings of systemd.resource-control(5) ("Deprecated options"). */
const CGROUP_V1 = /^(MemoryLimit|CPUShares|StartupCPUShares|BlockIO\w+|StartupBlockIOWeight)$/;

function stripPeriod(text: string): string {
  return text.replace(/\.\s*$/, '');
}

function describe(info: DirectiveInfo): { problem: string; advice: string } | undefined {
  const dep = info.deprecated;
  if (!dep || SILENT_ALIASES.has(`${info.section}.${info.name}`)) return undefined;
  const use = dep.replacement ? `use ${dep.replacement}` : 'remove it';
  if (dep.ignored) {
    // The table's note names the successor when there is one ("...; use CapabilityBoundingSet= ...").
    const successor = /\buse ([^.;]+)/.exec(dep.note)?.[1];
    return { problem: 'was removed from systemd and is ignored', advice: successor ? `use ${successor}` : 'remove it' };
  }
  if (CGROUP_V1.test(info.name)) {
    const consequence = info.name === 'MemoryLimit' ? ', so the memory cap you rely on goes with it' : '';
    return { problem: `is a deprecated cgroup v1 setting that systemd warns about and is removing${consequence}`, advice: use };
  }
  if (dep.replacement?.startsWith('[Unit] ')) {
    return { problem: 'belongs in [Unit]; systemd reads it in [Service] only for compatibility', advice: `move it to [Unit] as ${dep.replacement.slice('[Unit] '.length)}` };
  }
  if (info.name === 'PermissionsStartOnly') {
    return { problem: 'is deprecated and lifts User= and the sandboxing for every ExecStartPre/Post, ExecReload and ExecStop line at once', advice: 'put "+" in front of only the Exec*= lines that need full privileges' };
  }
  return { problem: 'is obsolete and systemd warns about it', advice: use };
}

export default defineRule({
  id: 'SD003',
  name: 'deprecated-directive',
  severity: 'warning',
  category: 'reliability',
  productionOnly: false,
  kinds: ['systemd'],
  triggers: ['='],
  precision: 'very-high',
  messages: {
    directive: '{{key}}= {{problem}}: {{advice}}',
    value: '{{note}}: use {{replacement}}',
  },
  docs: {
    summary: 'A systemd unit uses a deprecated or removed setting',
    what: `Reports, on the key, settings that systemd deprecated or removed:
- cgroup v1 resource settings: \`MemoryLimit=\` (use \`MemoryMax=\`), \`CPUShares=\`/\`StartupCPUShares=\` (\`CPUWeight=\`/\`StartupCPUWeight=\`), \`BlockIOAccounting=\`, \`BlockIOWeight=\`, \`StartupBlockIOWeight=\`, \`BlockIODeviceWeight=\`, \`BlockIOReadBandwidth=\`, \`BlockIOWriteBandwidth=\` (the \`IO*=\` settings);
- \`[Unit]\` settings written in \`[Service]\`: \`StartLimitInterval=\`, \`StartLimitBurst=\`, \`StartLimitAction=\`, \`FailureAction=\`, \`RebootArgument=\`;
- \`PermissionsStartOnly=\`, \`OnFailureIsolate=\`, \`RequiresOverridable=\`, \`RequisiteOverridable=\`;
- removed settings systemd ignores: \`Capabilities=\`, \`NetClass=\`, \`SysVStartPriority=\`, \`BusPolicy=\`, \`IgnoreOnSnapshot=\`;
- and, on the value, \`KillMode=none\` and \`StandardOutput=\`/\`StandardError=\` \`syslog\`/\`syslog+console\`.
Old spellings that systemd maps silently to the current name with the same effect (\`BindTo=\`, \`ReadWriteDirectories=\`, \`StartLimitInterval=\` in \`[Unit]\`...) are not reported. Unknown keys are SD009's.`,
    why: `Deprecated settings only produce a line in the journal nobody reads, and then they stop working. In one VPS incident the bot's unit capped memory with \`MemoryLimit=2G\`: a cgroup v1 setting that systemd now only translates with a warning and is removing, and ignores entirely as soon as any \`MemoryMax=\`-style setting is present — the cap you think you have is not guaranteed. \`MemoryMax=\` is the setting that works. \`KillMode=none\` lets processes escape \`systemctl stop\` and keep running next to the restarted service.`,
    example: {
      kind: 'systemd',
      path: 'telegram-bot.service',
      code: '[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\nMemoryLimit=2G\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'telegram-bot.service',
      code: '[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\nMemoryMax=2G\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#StartLimitIntervalSec=interval',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.kill.html#KillMode=',
    ],
  },
  document(doc, ctx) {
    for (const section of (doc as Document<UnitTree>).tree.sections) {
      for (const d of section.directives) {
        const info = directiveInfo(section.name, d.key);
        if (!info) continue;
        const described = describe(info);
        if (described) {
          ctx.report({ messageId: 'directive', data: { key: d.key, ...described }, span: d.keySpan });
          continue;
        }
        const value = d.value.text.trim();
        const dep = value === '' ? undefined : deprecatedValue(info, value);
        if (dep) {
          // The table's notes name the setting ("KillMode=none is deprecated: ..."); replacements are values or settings.
          const replacement = dep.replacement === undefined ? 'another value' : dep.replacement.includes('=') ? dep.replacement : `${d.key}=${dep.replacement}`;
          ctx.report({ messageId: 'value', data: { note: stripPeriod(dep.note), replacement }, span: d.valueSpan });
        }
      }
    }
  },
});
