/**
 * Which sections and directives systemd unit files accept, and what kind of value each directive
 * takes: the data behind SD009 (invalid-directive), SD003 (deprecated-directive) and the other SD
 * rules.
 *
 * Source of truth, and the version boundary:
 * - The directive set is systemd's own unit-file parser table (load-fragment-gperf) as shipped in
 *   systemd 257.13 (Debian 13 "trixie", package 257.13-1~deb13u1): every `Section.Key` entry of
 *   libsystemd-core-257.so. The baseline is systemd 252.38 (Debian 12, package 252.38-1~deb12u1,
 *   `systemd --dump-configuration-items`); every directive its parser does not know carries a
 *   `since` (> 252), taken from systemd's NEWS (shipped with 257) or the man pages' "Added in
 *   version"; `since: 253` means "refused by 252, release not recorded". Directives and values of
 *   systemd 258 and later are not in the table.
 * - Value kinds come from the parser types that 252 prints for each directive, and from the 257
 *   man pages systemd.unit(5), systemd.service(5), systemd.socket(5), systemd.timer(5),
 *   systemd.path(5), systemd.mount(5), systemd.automount(5), systemd.swap(5), systemd.scope(5),
 *   systemd.slice(5), systemd.exec(5), systemd.kill(5), systemd.resource-control(5).
 * - `multi` (a list that accumulates, or a setting that may be given several times) follows those
 *   pages ("may be specified more than once", "if the empty string is assigned, the list is reset").
 *   When in doubt a directive is marked `multi`: a false "set twice" report is worse than a missed
 *   one.
 *
 * Keys and section names are case-sensitive in systemd. `X-` prefixed keys and sections are user
 * extensions that systemd ignores; they are always accepted.
 */

/** The unit file types systemd knows, named by their file suffix. */
export const UNIT_TYPES = [
  'service',
  'socket',
  'target',
  'device',
  'mount',
  'automount',
  'swap',
  'timer',
  'path',
  'slice',
  'scope',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * Sections each unit type accepts (systemd's per-type `sections` list; checked with
 * `systemd-analyze verify` on 252). Any other section is ignored by systemd with a warning.
 * A drop-in (`foo.service.d/*.conf`) takes the type of the unit it extends.
 */
export const SECTIONS_BY_UNIT_TYPE: Readonly<Record<UnitType, readonly string[]>> = {
  service: ['Unit', 'Service', 'Install'],
  socket: ['Unit', 'Socket', 'Install'],
  target: ['Unit', 'Target', 'Install'],
  device: ['Unit', 'Device', 'Install'],
  mount: ['Unit', 'Mount', 'Install'],
  automount: ['Unit', 'Automount', 'Install'],
  swap: ['Unit', 'Swap', 'Install'],
  timer: ['Unit', 'Timer', 'Install'],
  path: ['Unit', 'Path', 'Install'],
  slice: ['Unit', 'Slice', 'Install'],
  scope: ['Unit', 'Scope', 'Install'],
};

/** Every section name systemd accepts in some unit type. `[Target]` and `[Device]` have no keys. */
export const ALL_SECTIONS: readonly string[] = [
  'Unit',
  'Install',
  'Service',
  'Socket',
  'Target',
  'Device',
  'Mount',
  'Automount',
  'Swap',
  'Timer',
  'Path',
  'Slice',
  'Scope',
];

/** Why a directive (or one of its values) should not be used any more. */
export interface Deprecation {
  /** What to write instead, e.g. `MemoryMax=` or `[Unit] StartLimitIntervalSec=`. */
  replacement?: string;
  /** One sentence: what systemd does with it today. */
  note: string;
  /** True when systemd ignores the setting entirely (it has no effect at all). */
  ignored?: boolean;
}

/**
 * What a directive's value is. Only `boolean`, `timespan`, `enum`, `output` and `input` are
 * validated (see values.ts); the other kinds describe the value for rules that read it.
 */
export type ValueKind =
  | { kind: 'boolean' }
  /** systemd.time(7) time span; `defaultUnit` applies to bare numbers; `ns` also allows ns/nsec. */
  | { kind: 'timespan'; defaultUnit: 's' | 'us' | 'ns' }
  | {
      kind: 'enum';
      values: readonly string[];
      /** The directive also takes a boolean (`ProtectSystem=yes`). */
      boolean?: boolean;
      /** Values newer than systemd 252, with the release that added them. */
      since?: Readonly<Record<string, number>>;
      /** Values still accepted but deprecated. */
      deprecated?: Readonly<Record<string, Deprecation>>;
    }
  /** `StandardOutput=`/`StandardError=`: a keyword, `file:`/`append:`/`truncate:PATH` or `fd:NAME`. */
  | { kind: 'output' }
  /** `StandardInput=`: a keyword, `file:PATH` or `fd:NAME`. */
  | { kind: 'input' }
  /** A command line with optional `-@:+!` prefixes (`ExecStart=`). */
  | { kind: 'command' }
  /** Space-separated unit names (`After=`, `WantedBy=`). */
  | { kind: 'unit-list' }
  /** One unit name (`Timer.Unit=`, `Socket.Service=`, `Slice=`). */
  | { kind: 'unit' }
  | { kind: 'path' }
  /** Space-separated paths, possibly with `-`/`+` prefixes (`ReadWritePaths=`). */
  | { kind: 'path-list' }
  /** `ConditionX=`/`AssertX=`: may start with `|` and `!`. */
  | { kind: 'condition' }
  /** systemd.time(7) calendar event (`OnCalendar=`). */
  | { kind: 'calendar' }
  /** Space-separated `VAR=value` words (`Environment=`). */
  | { kind: 'environment' }
  /** A size in bytes with K/M/G/T suffixes, a percentage, or `infinity` (`MemoryMax=`). */
  | { kind: 'bytes' }
  /** A resource limit, `soft:hard`, or `infinity` (`LimitNOFILE=`). */
  | { kind: 'rlimit' }
  | { kind: 'integer' }
  /** A signal name or number (`KillSignal=SIGTERM`). */
  | { kind: 'signal' }
  /** An octal file mode (`UMask=0027`). */
  | { kind: 'mode' }
  /** Exit codes and signal names (`SuccessExitStatus=`). */
  | { kind: 'exit-status' }
  /** A socket address, path or other listen specification (`ListenStream=`). */
  | { kind: 'listen' }
  | { kind: 'string' };

export interface DirectiveInfo {
  /** The key, spelt as systemd expects it. */
  name: string;
  section: string;
  value: ValueKind;
  /** A list that accumulates or a setting that may legitimately appear several times. */
  multi: boolean;
  /** The man page that documents it, e.g. `systemd.exec(5)`. */
  manPage: string;
  /** First systemd release whose parser knows the directive; only set when newer than 252 (253 = "after 252"). */
  since?: number;
  deprecated?: Deprecation;
  /** Set when systemd parses the directive in this section but ignores it, with this reason. */
  unsupported?: string;
}

// ---------------------------------------------------------------------------------------------
// Value kinds shared by many directives.

const BOOL: ValueKind = { kind: 'boolean' };
const TIME: ValueKind = { kind: 'timespan', defaultUnit: 's' };
const STR: ValueKind = { kind: 'string' };
const PATH: ValueKind = { kind: 'path' };
const PATHS: ValueKind = { kind: 'path-list' };
const UNITS: ValueKind = { kind: 'unit-list' };
const UNIT: ValueKind = { kind: 'unit' };
const INT: ValueKind = { kind: 'integer' };
const BYTES: ValueKind = { kind: 'bytes' };
const RLIMIT: ValueKind = { kind: 'rlimit' };
const SIGNAL: ValueKind = { kind: 'signal' };
const MODE: ValueKind = { kind: 'mode' };
const CMD: ValueKind = { kind: 'command' };
const ENV: ValueKind = { kind: 'environment' };
const COND: ValueKind = { kind: 'condition' };
const STATUS: ValueKind = { kind: 'exit-status' };
const LISTEN: ValueKind = { kind: 'listen' };

function oneOf(values: readonly string[], extra: Omit<Extract<ValueKind, { kind: 'enum' }>, 'kind' | 'values'> = {}): ValueKind {
  return { kind: 'enum', values, ...extra };
}

/** systemd.service(5) Type=. notify-reload is systemd 253. */
export const SERVICE_TYPES = ['simple', 'exec', 'forking', 'oneshot', 'dbus', 'notify', 'notify-reload', 'idle'] as const;
/** systemd.service(5) Restart=. */
export const RESTART_VALUES = ['no', 'on-success', 'on-failure', 'on-abnormal', 'on-watchdog', 'on-abort', 'always'] as const;
/** systemd.kill(5) KillMode=. */
export const KILL_MODES = ['control-group', 'mixed', 'process', 'none'] as const;
/** systemd.exec(5) StandardOutput=/StandardError= keywords; `syslog*` are obsolete aliases of `journal*`. */
export const OUTPUT_KEYWORDS = [
  'inherit', 'null', 'tty', 'journal', 'kmsg', 'journal+console', 'kmsg+console', 'socket', 'fd', 'syslog',
  'syslog+console',
] as const;
/** systemd.exec(5) StandardInput= keywords. */
export const INPUT_KEYWORDS = ['null', 'tty', 'tty-force', 'tty-fail', 'data', 'socket', 'fd'] as const;
/** StandardOutput=/StandardError= keywords systemd still accepts but rewrites, with a warning. */
export const OBSOLETE_OUTPUT_VALUES: Readonly<Record<string, Deprecation>> = {
  syslog: { replacement: 'journal', note: 'StandardOutput=syslog is obsolete; systemd rewrites it to journal.' },
  'syslog+console': {
    replacement: 'journal+console',
    note: 'StandardOutput=syslog+console is obsolete; systemd rewrites it to journal+console.',
  },
};
/** Output/input forms that carry an argument after a colon. */
export const OUTPUT_PREFIXES = ['file:', 'append:', 'truncate:', 'fd:'] as const;
export const INPUT_PREFIXES = ['file:', 'fd:'] as const;

/** systemd.unit(5) FailureAction=/SuccessAction=/StartLimitAction=/JobTimeoutAction=. */
const EMERGENCY_ACTION = oneOf(
  [
    'none', 'reboot', 'reboot-force', 'reboot-immediate', 'poweroff', 'poweroff-force', 'poweroff-immediate',
    'exit', 'exit-force', 'soft-reboot', 'soft-reboot-force', 'kexec', 'kexec-force', 'halt', 'halt-force',
    'halt-immediate',
  ],
  {
    // Accepted by 257 but refused by 252; NEWS does not record the release (253 = "after 252").
    since: {
      'soft-reboot': 253, 'soft-reboot-force': 253, kexec: 253, 'kexec-force': 253,
      halt: 253, 'halt-force': 253, 'halt-immediate': 253,
    },
  },
);
/** Job modes of systemctl(1) --job-mode, as accepted by OnFailureJobMode=/OnSuccessJobMode=. */
const JOB_MODE = oneOf(
  [
    'fail', 'replace', 'replace-irreversibly', 'isolate', 'flush', 'ignore-dependencies', 'ignore-requirements',
    'triggering', 'restart-dependencies',
  ],
  { since: { 'restart-dependencies': 254 } },
);
const OOM_POLICY = oneOf(['continue', 'stop', 'kill']);
const TIMEOUT_FAILURE_MODE = oneOf(['terminate', 'abort', 'kill']);
/** RuntimeDirectoryPreserve= and FileDescriptorStorePreserve= share systemd's "preserve mode". */
const PRESERVE_MODE = oneOf(['restart'], { boolean: true });
const MANAGED_OOM_MODE = oneOf(['auto', 'kill']);

// ---------------------------------------------------------------------------------------------
// The directive groups. A group is listed once and attached to every section that accepts it.

interface Spec {
  value: ValueKind;
  multi: boolean;
  since?: number;
  deprecated?: Deprecation;
}
type Group = Readonly<Record<string, Spec>>;
type Extra = Omit<Spec, 'value' | 'multi'>;

/** A single-valued directive: a second assignment replaces the first. */
const one = (value: ValueKind, extra: Extra = {}): Spec => ({ value, multi: false, ...extra });
/** A list or repeatable directive. */
const many = (value: ValueKind, extra: Extra = {}): Spec => ({ value, multi: true, ...extra });

/** An old name systemd still accepts for `current=`. */
const oldNameOf = (current: string): Deprecation => ({ replacement: `${current}=`, note: `The current name is ${current}=.` });

/** A directive systemd still parses but has removed: it logs a warning and ignores it. */
const removed = (note: string, multi = true): Spec => ({ value: STR, multi, deprecated: { note, ignored: true } });

/** Condition and assertion checks of systemd.unit(5); each exists as ConditionX= and AssertX=. */
const CHECKS = [
  'ACPower', 'Architecture', 'CPUFeature', 'CPUPressure', 'CPUs', 'Capability', 'ControlGroupController',
  'Credential', 'DirectoryNotEmpty', 'Environment', 'FileIsExecutable', 'FileNotEmpty', 'FirstBoot', 'Group',
  'Host', 'IOPressure', 'KernelCommandLine', 'KernelVersion', 'Memory', 'MemoryPressure', 'NeedsUpdate',
  'OSRelease', 'PathExists', 'PathExistsGlob', 'PathIsDirectory', 'PathIsEncrypted', 'PathIsMountPoint',
  'PathIsReadWrite', 'PathIsSymbolicLink', 'Security', 'User', 'Virtualization',
];
/** ConditionFirmware= has no Assert counterpart (systemd 252 and 257 alike). */
const CONDITION_ONLY = ['Firmware'];

function checks(): Record<string, Spec> {
  const out: Record<string, Spec> = {};
  for (const name of [...CHECKS, ...CONDITION_ONLY].sort()) out[`Condition${name}`] = many(COND);
  for (const name of CHECKS) out[`Assert${name}`] = many(COND);
  return out;
}

/** systemd.unit(5) [Unit]. */
const UNIT_SECTION: Group = {
  Description: one(STR),
  Documentation: many(STR),
  Wants: many(UNITS),
  Requires: many(UNITS),
  Requisite: many(UNITS),
  BindsTo: many(UNITS),
  PartOf: many(UNITS),
  Upholds: many(UNITS),
  Conflicts: many(UNITS),
  Before: many(UNITS),
  After: many(UNITS),
  OnFailure: many(UNITS),
  OnSuccess: many(UNITS),
  PropagatesReloadTo: many(UNITS),
  ReloadPropagatedFrom: many(UNITS),
  PropagatesStopTo: many(UNITS),
  StopPropagatedFrom: many(UNITS),
  JoinsNamespaceOf: many(UNITS),
  RequiresMountsFor: many(PATHS),
  WantsMountsFor: many(PATHS, { since: 256 }),
  OnFailureJobMode: one(JOB_MODE),
  OnSuccessJobMode: one(JOB_MODE),
  IgnoreOnIsolate: one(BOOL),
  StopWhenUnneeded: one(BOOL),
  RefuseManualStart: one(BOOL),
  RefuseManualStop: one(BOOL),
  AllowIsolate: one(BOOL),
  DefaultDependencies: one(BOOL),
  SurviveFinalKillSignal: one(BOOL, { since: 255 }),
  CollectMode: one(oneOf(['inactive', 'inactive-or-failed'])),
  FailureAction: one(EMERGENCY_ACTION),
  SuccessAction: one(EMERGENCY_ACTION),
  FailureActionExitStatus: one(INT),
  SuccessActionExitStatus: one(INT),
  JobTimeoutSec: one(TIME),
  JobRunningTimeoutSec: one(TIME),
  JobTimeoutAction: one(EMERGENCY_ACTION),
  JobTimeoutRebootArgument: one(STR),
  StartLimitIntervalSec: one(TIME),
  StartLimitBurst: one(INT),
  StartLimitAction: one(EMERGENCY_ACTION),
  RebootArgument: one(STR),
  SourcePath: one(PATH),
  ...checks(),
  // Old spellings systemd still accepts.
  BindTo: many(UNITS, { deprecated: oldNameOf('BindsTo') }),
  PropagateReloadTo: many(UNITS, { deprecated: oldNameOf('PropagatesReloadTo') }),
  PropagateReloadFrom: many(UNITS, { deprecated: oldNameOf('ReloadPropagatedFrom') }),
  RequiresOverridable: many(UNITS, {
    deprecated: { replacement: 'Requires=', note: 'RequiresOverridable= is obsolete; systemd treats it as Requires= and warns.' },
  }),
  RequisiteOverridable: many(UNITS, {
    deprecated: { replacement: 'Requisite=', note: 'RequisiteOverridable= is obsolete; systemd treats it as Requisite= and warns.' },
  }),
  StartLimitInterval: one(TIME, { deprecated: oldNameOf('StartLimitIntervalSec') }),
  OnFailureIsolate: one(BOOL, {
    deprecated: { replacement: 'OnFailureJobMode=isolate', note: 'OnFailureIsolate= is the old form of OnFailureJobMode=isolate.' },
  }),
  IgnoreOnSnapshot: removed('Snapshot units were removed; systemd ignores IgnoreOnSnapshot=.', false),
};

/** systemd.unit(5) [Install]; read by `systemctl enable`, not by the manager. */
const INSTALL_SECTION: Group = {
  Alias: many(STR),
  WantedBy: many(UNITS),
  RequiredBy: many(UNITS),
  UpheldBy: many(UNITS, { since: 254 }),
  Also: many(UNITS),
  DefaultInstance: one(STR),
};

/** systemd.exec(5): the execution environment of service, socket, mount and swap units. */
const EXEC_GROUP: Group = {
  // Paths
  ExecSearchPath: many(PATHS),
  WorkingDirectory: one(PATH),
  RootDirectory: one(PATH),
  RootImage: one(PATH),
  RootImageOptions: many(STR),
  RootEphemeral: one(BOOL, { since: 254 }),
  RootHash: one(STR),
  RootHashSignature: one(STR),
  RootVerity: one(PATH),
  RootImagePolicy: one(STR, { since: 254 }),
  MountImagePolicy: one(STR, { since: 254 }),
  ExtensionImagePolicy: one(STR, { since: 254 }),
  MountAPIVFS: one(BOOL),
  BindLogSockets: one(BOOL, { since: 257 }),
  ProtectProc: one(oneOf(['noaccess', 'invisible', 'ptraceable', 'default'])),
  ProcSubset: one(oneOf(['all', 'pid'])),
  BindPaths: many(STR),
  BindReadOnlyPaths: many(STR),
  MountImages: many(STR),
  ExtensionImages: many(STR),
  ExtensionDirectories: many(PATHS),
  // Credentials
  User: one(STR),
  Group: one(STR),
  DynamicUser: one(BOOL),
  SupplementaryGroups: many(STR),
  SetLoginEnvironment: one(BOOL, { since: 255 }),
  PAMName: one(STR),
  // Capabilities
  CapabilityBoundingSet: many(STR),
  AmbientCapabilities: many(STR),
  // Security
  NoNewPrivileges: one(BOOL),
  SecureBits: many(STR),
  // Mandatory access control
  SELinuxContext: one(STR),
  AppArmorProfile: one(STR),
  SmackProcessLabel: one(STR),
  // Process properties
  LimitCPU: one(RLIMIT),
  LimitFSIZE: one(RLIMIT),
  LimitDATA: one(RLIMIT),
  LimitSTACK: one(RLIMIT),
  LimitCORE: one(RLIMIT),
  LimitRSS: one(RLIMIT),
  LimitNOFILE: one(RLIMIT),
  LimitAS: one(RLIMIT),
  LimitNPROC: one(RLIMIT),
  LimitMEMLOCK: one(RLIMIT),
  LimitLOCKS: one(RLIMIT),
  LimitSIGPENDING: one(RLIMIT),
  LimitMSGQUEUE: one(RLIMIT),
  LimitNICE: one(RLIMIT),
  LimitRTPRIO: one(RLIMIT),
  LimitRTTIME: one(RLIMIT),
  UMask: one(MODE),
  CoredumpFilter: many(STR),
  KeyringMode: one(oneOf(['inherit', 'private', 'shared'])),
  OOMScoreAdjust: one(INT),
  TimerSlackNSec: one({ kind: 'timespan', defaultUnit: 'ns' }),
  Personality: one(STR),
  IgnoreSIGPIPE: one(BOOL),
  // Scheduling
  Nice: one(INT),
  CPUSchedulingPolicy: one(STR),
  CPUSchedulingPriority: one(INT),
  CPUSchedulingResetOnFork: one(BOOL),
  CPUAffinity: many(STR),
  NUMAPolicy: one(STR),
  NUMAMask: many(STR),
  IOSchedulingClass: one(STR),
  IOSchedulingPriority: one(INT),
  // Sandboxing
  ProtectSystem: one(oneOf(['full', 'strict'], { boolean: true })),
  ProtectHome: one(oneOf(['read-only', 'tmpfs'], { boolean: true })),
  RuntimeDirectory: many(STR),
  StateDirectory: many(STR),
  CacheDirectory: many(STR),
  LogsDirectory: many(STR),
  ConfigurationDirectory: many(STR),
  RuntimeDirectoryMode: one(MODE),
  StateDirectoryMode: one(MODE),
  CacheDirectoryMode: one(MODE),
  LogsDirectoryMode: one(MODE),
  ConfigurationDirectoryMode: one(MODE),
  RuntimeDirectoryPreserve: one(PRESERVE_MODE),
  TimeoutCleanSec: one(TIME),
  ReadWritePaths: many(PATHS),
  ReadOnlyPaths: many(PATHS),
  InaccessiblePaths: many(PATHS),
  ExecPaths: many(PATHS),
  NoExecPaths: many(PATHS),
  TemporaryFileSystem: many(STR),
  PrivateTmp: one(oneOf(['disconnected'], { boolean: true, since: { disconnected: 257 } })),
  PrivateDevices: one(BOOL),
  PrivateNetwork: one(BOOL),
  NetworkNamespacePath: one(PATH),
  PrivateIPC: one(BOOL),
  IPCNamespacePath: one(PATH),
  MemoryKSM: one(BOOL, { since: 254 }),
  PrivatePIDs: one(BOOL, { since: 257 }),
  // `identity` is 257 (NEWS); `self` is refused by 252 and its release is not in NEWS.
  PrivateUsers: one(oneOf(['self', 'identity'], { boolean: true, since: { self: 253, identity: 257 } })),
  ProtectHostname: one(BOOL),
  ProtectClock: one(BOOL),
  ProtectKernelTunables: one(BOOL),
  ProtectKernelModules: one(BOOL),
  ProtectKernelLogs: one(BOOL),
  ProtectControlGroups: one(oneOf(['private', 'strict'], { boolean: true, since: { private: 257, strict: 257 } })),
  RestrictAddressFamilies: many(STR),
  RestrictFileSystems: many(STR),
  RestrictNamespaces: many(STR),
  LockPersonality: one(BOOL),
  MemoryDenyWriteExecute: one(BOOL),
  RestrictRealtime: one(BOOL),
  RestrictSUIDSGID: one(BOOL),
  RemoveIPC: one(BOOL),
  PrivateMounts: one(BOOL),
  MountFlags: one(STR),
  // System call filtering
  SystemCallFilter: many(STR),
  SystemCallErrorNumber: one(STR),
  SystemCallArchitectures: many(STR),
  SystemCallLog: many(STR),
  // Environment
  Environment: many(ENV),
  EnvironmentFile: many(PATH),
  PassEnvironment: many(STR),
  UnsetEnvironment: many(STR),
  // Logging and standard input/output
  StandardInput: one({ kind: 'input' }),
  StandardOutput: one({ kind: 'output' }),
  StandardError: one({ kind: 'output' }),
  StandardInputText: many(STR),
  StandardInputData: many(STR),
  LogLevelMax: one(STR),
  LogExtraFields: many(STR),
  LogRateLimitIntervalSec: one(TIME),
  LogRateLimitBurst: one(INT),
  LogFilterPatterns: many(STR, { since: 253 }),
  LogNamespace: one(STR),
  SyslogIdentifier: one(STR),
  SyslogFacility: one(STR),
  SyslogLevel: one(STR),
  SyslogLevelPrefix: one(BOOL),
  TTYPath: one(PATH),
  TTYReset: one(BOOL),
  TTYVHangup: one(BOOL),
  TTYColumns: one(INT),
  TTYRows: one(INT),
  TTYVTDisallocate: one(BOOL),
  // Credentials passed to the service
  LoadCredential: many(STR),
  LoadCredentialEncrypted: many(STR),
  ImportCredential: many(STR, { since: 254 }),
  SetCredential: many(STR),
  SetCredentialEncrypted: many(STR),
  // System V compatibility
  UtmpIdentifier: one(STR),
  UtmpMode: one(oneOf(['init', 'login', 'user'])),
  // Old names and removed settings
  ReadWriteDirectories: many(PATHS, { deprecated: oldNameOf('ReadWritePaths') }),
  ReadOnlyDirectories: many(PATHS, { deprecated: oldNameOf('ReadOnlyPaths') }),
  InaccessibleDirectories: many(PATHS, { deprecated: oldNameOf('InaccessiblePaths') }),
  Capabilities: removed('Capabilities= was removed; use CapabilityBoundingSet= and AmbientCapabilities=. systemd ignores it.'),
};

/** systemd.kill(5): how processes are stopped; service, socket, mount, swap and scope units. */
const KILL_GROUP: Group = {
  KillMode: one(
    oneOf(KILL_MODES, {
      deprecated: {
        none: {
          replacement: 'KillMode=mixed',
          note: 'KillMode=none is deprecated: processes escape systemd and keep running after stop.',
        },
      },
    }),
  ),
  KillSignal: one(SIGNAL),
  RestartKillSignal: one(SIGNAL),
  SendSIGHUP: one(BOOL),
  SendSIGKILL: one(BOOL),
  FinalKillSignal: one(SIGNAL),
  WatchdogSignal: one(SIGNAL),
};

/** Legacy cgroup v1 settings, deprecated since systemd 252 (systemd.resource-control(5) HISTORY). */
const cgroupV1 = (value: ValueKind, replacement: string, multi = false): Spec => ({
  value,
  multi,
  deprecated: {
    replacement,
    note: 'A cgroup v1 setting, deprecated since systemd 252: systemd warns, translates it where it can, and is removing it.',
  },
});

/** systemd.resource-control(5): service, socket, mount, swap, slice and scope units. */
const CGROUP_GROUP: Group = {
  CPUAccounting: one(BOOL),
  CPUWeight: one(INT),
  StartupCPUWeight: one(INT),
  CPUQuota: one(STR),
  CPUQuotaPeriodSec: one(TIME),
  AllowedCPUs: many(STR),
  StartupAllowedCPUs: many(STR),
  AllowedMemoryNodes: many(STR),
  StartupAllowedMemoryNodes: many(STR),
  MemoryAccounting: one(BOOL),
  MemoryMin: one(BYTES),
  MemoryLow: one(BYTES),
  StartupMemoryLow: one(BYTES, { since: 254 }),
  DefaultStartupMemoryLow: one(BYTES, { since: 254 }),
  MemoryHigh: one(BYTES),
  StartupMemoryHigh: one(BYTES, { since: 254 }),
  MemoryMax: one(BYTES),
  StartupMemoryMax: one(BYTES, { since: 254 }),
  MemorySwapMax: one(BYTES),
  StartupMemorySwapMax: one(BYTES, { since: 254 }),
  MemoryZSwapMax: one(BYTES, { since: 253 }),
  StartupMemoryZSwapMax: one(BYTES, { since: 254 }),
  MemoryZSwapWriteback: one(BOOL, { since: 256 }),
  DefaultMemoryMin: one(BYTES),
  DefaultMemoryLow: one(BYTES),
  TasksAccounting: one(BOOL),
  TasksMax: one(STR),
  IOAccounting: one(BOOL),
  IOWeight: one(INT),
  StartupIOWeight: one(INT),
  IODeviceWeight: many(STR),
  IOReadBandwidthMax: many(STR),
  IOWriteBandwidthMax: many(STR),
  IOReadIOPSMax: many(STR),
  IOWriteIOPSMax: many(STR),
  IODeviceLatencyTargetSec: many(STR),
  IPAccounting: one(BOOL),
  IPAddressAllow: many(STR),
  IPAddressDeny: many(STR),
  SocketBindAllow: many(STR),
  SocketBindDeny: many(STR),
  RestrictNetworkInterfaces: many(STR),
  NFTSet: many(STR, { since: 255 }),
  IPIngressFilterPath: many(PATH),
  IPEgressFilterPath: many(PATH),
  BPFProgram: many(STR),
  DeviceAllow: many(STR),
  DevicePolicy: one(oneOf(['auto', 'closed', 'strict'])),
  Slice: one(UNIT),
  Delegate: many(STR), // a boolean or controller names that accumulate
  DelegateSubgroup: one(STR, { since: 254 }),
  DisableControllers: many(STR),
  ManagedOOMSwap: one(MANAGED_OOM_MODE),
  ManagedOOMMemoryPressure: one(MANAGED_OOM_MODE),
  ManagedOOMMemoryPressureLimit: one(STR),
  ManagedOOMMemoryPressureDurationSec: one(TIME, { since: 257 }),
  ManagedOOMPreference: one(oneOf(['none', 'avoid', 'omit'])),
  MemoryPressureWatch: one(oneOf(['auto', 'skip'], { boolean: true }), { since: 254 }),
  MemoryPressureThresholdSec: one(TIME, { since: 254 }),
  CoredumpReceive: one(BOOL, { since: 255 }),
  // cgroup v1 leftovers.
  MemoryLimit: cgroupV1(BYTES, 'MemoryMax='),
  CPUShares: cgroupV1(INT, 'CPUWeight='),
  StartupCPUShares: cgroupV1(INT, 'StartupCPUWeight='),
  BlockIOAccounting: cgroupV1(BOOL, 'IOAccounting='),
  BlockIOWeight: cgroupV1(INT, 'IOWeight='),
  StartupBlockIOWeight: cgroupV1(INT, 'StartupIOWeight='),
  BlockIODeviceWeight: cgroupV1(STR, 'IODeviceWeight=', true),
  BlockIOReadBandwidth: cgroupV1(STR, 'IOReadBandwidthMax=', true),
  BlockIOWriteBandwidth: cgroupV1(STR, 'IOWriteBandwidthMax=', true),
  NetClass: removed('NetClass= was removed; systemd ignores it.'),
};

/** A setting systemd still reads in [Service] although it belongs in [Unit]. */
function movedToUnit(name: string, replacement = name): Deprecation {
  return {
    replacement: `[Unit] ${replacement}=`,
    note: `${name}= belongs in [Unit]; systemd reads it in [Service] only for compatibility.`,
  };
}

/** systemd.service(5) [Service]. */
const SERVICE_SECTION: Group = {
  Type: one(oneOf(SERVICE_TYPES, { since: { 'notify-reload': 253 } })),
  ExitType: one(oneOf(['main', 'cgroup'])),
  RemainAfterExit: one(BOOL),
  GuessMainPID: one(BOOL),
  PIDFile: one(PATH),
  BusName: one(STR),
  // ExecStart= may repeat only with Type=oneshot; other types refuse a second one.
  ExecStart: many(CMD),
  ExecStartPre: many(CMD),
  ExecStartPost: many(CMD),
  ExecCondition: many(CMD),
  ExecReload: many(CMD),
  ExecStop: many(CMD),
  ExecStopPost: many(CMD),
  RestartSec: one(TIME),
  RestartSteps: one(INT, { since: 254 }),
  RestartMaxDelaySec: one(TIME, { since: 254 }),
  TimeoutStartSec: one(TIME),
  TimeoutStopSec: one(TIME),
  TimeoutAbortSec: one(TIME),
  TimeoutSec: one(TIME),
  TimeoutStartFailureMode: one(TIMEOUT_FAILURE_MODE),
  TimeoutStopFailureMode: one(TIMEOUT_FAILURE_MODE),
  RuntimeMaxSec: one(TIME),
  RuntimeRandomizedExtraSec: one(TIME),
  WatchdogSec: one(TIME),
  Restart: one(oneOf(RESTART_VALUES)),
  RestartMode: one(oneOf(['normal', 'direct', 'debug'], { since: { debug: 257 } }), { since: 254 }),
  SuccessExitStatus: many(STATUS),
  RestartPreventExitStatus: many(STATUS),
  RestartForceExitStatus: many(STATUS),
  RootDirectoryStartOnly: one(BOOL),
  NonBlocking: one(BOOL),
  NotifyAccess: one(oneOf(['none', 'main', 'exec', 'all'])),
  Sockets: many(UNITS),
  FileDescriptorStoreMax: one(INT),
  FileDescriptorStorePreserve: one(PRESERVE_MODE, { since: 254 }),
  USBFunctionDescriptors: one(PATH),
  USBFunctionStrings: one(PATH),
  OOMPolicy: one(OOM_POLICY),
  OpenFile: many(STR, { since: 253 }),
  ReloadSignal: one(SIGNAL, { since: 253 }),
  // Settings that moved to [Unit]; systemd still reads them here for compatibility.
  StartLimitInterval: one(TIME, { deprecated: movedToUnit('StartLimitInterval', 'StartLimitIntervalSec') }),
  StartLimitBurst: one(INT, { deprecated: movedToUnit('StartLimitBurst') }),
  StartLimitAction: one(EMERGENCY_ACTION, { deprecated: movedToUnit('StartLimitAction') }),
  FailureAction: one(EMERGENCY_ACTION, { deprecated: movedToUnit('FailureAction') }),
  RebootArgument: one(STR, { deprecated: movedToUnit('RebootArgument') }),
  PermissionsStartOnly: one(BOOL, {
    deprecated: {
      replacement: 'the "+" prefix on the Exec*= lines that need full privileges',
      note:
        'PermissionsStartOnly= is deprecated: it lifts User= and the sandboxing settings for every ' +
        'ExecStartPre=, ExecStartPost=, ExecReload=, ExecStop= and ExecStopPost= line at once.',
    },
  }),
  SysVStartPriority: removed('SysVStartPriority= was removed; systemd ignores it.', false),
  BusPolicy: removed('BusPolicy= (kdbus) was removed; systemd ignores it.'),
};

/** systemd.socket(5) [Socket]. */
const SOCKET_SECTION: Group = {
  ListenStream: many(LISTEN),
  ListenDatagram: many(LISTEN),
  ListenSequentialPacket: many(LISTEN),
  ListenFIFO: many(LISTEN),
  ListenSpecial: many(LISTEN),
  ListenNetlink: many(LISTEN),
  ListenMessageQueue: many(LISTEN),
  ListenUSBFunction: many(LISTEN),
  SocketProtocol: one(STR),
  BindIPv6Only: one(oneOf(['default', 'both', 'ipv6-only'])),
  Backlog: one(INT),
  BindToDevice: one(STR),
  SocketUser: one(STR),
  SocketGroup: one(STR),
  SocketMode: one(MODE),
  DirectoryMode: one(MODE),
  Accept: one(BOOL),
  Writable: one(BOOL),
  FlushPending: one(BOOL),
  MaxConnections: one(INT),
  MaxConnectionsPerSource: one(INT),
  KeepAlive: one(BOOL),
  KeepAliveTimeSec: one(TIME),
  KeepAliveIntervalSec: one(TIME),
  KeepAliveProbes: one(INT),
  NoDelay: one(BOOL),
  Priority: one(INT),
  DeferAcceptSec: one(TIME),
  ReceiveBuffer: one(BYTES),
  SendBuffer: one(BYTES),
  IPTOS: one(STR),
  IPTTL: one(INT),
  Mark: one(INT),
  ReusePort: one(BOOL),
  SmackLabel: one(STR),
  SmackLabelIPIn: one(STR),
  SmackLabelIPOut: one(STR),
  SELinuxContextFromNet: one(BOOL),
  PipeSize: one(BYTES),
  MessageQueueMaxMessages: one(INT),
  MessageQueueMessageSize: one(INT),
  FreeBind: one(BOOL),
  Transparent: one(BOOL),
  Broadcast: one(BOOL),
  PassCredentials: one(BOOL),
  PassSecurity: one(BOOL),
  PassPacketInfo: one(BOOL),
  Timestamping: one(STR),
  TCPCongestion: one(STR),
  ExecStartPre: many(CMD),
  ExecStartPost: many(CMD),
  ExecStopPre: many(CMD),
  ExecStopPost: many(CMD),
  TimeoutSec: one(TIME),
  Service: one(UNIT),
  RemoveOnStop: one(BOOL),
  Symlinks: many(PATHS),
  FileDescriptorName: one(STR),
  TriggerLimitIntervalSec: one(TIME),
  TriggerLimitBurst: one(INT),
  PollLimitIntervalSec: one(TIME, { since: 255 }),
  PollLimitBurst: one(INT, { since: 255 }),
  PassFileDescriptorsToExec: one(BOOL, { since: 256 }),
};

/** systemd.mount(5) [Mount]. */
const MOUNT_SECTION: Group = {
  What: one(STR),
  Where: one(PATH),
  Type: one(STR),
  Options: one(STR),
  SloppyOptions: one(BOOL),
  LazyUnmount: one(BOOL),
  ReadWriteOnly: one(BOOL),
  ForceUnmount: one(BOOL),
  DirectoryMode: one(MODE),
  TimeoutSec: one(TIME),
};

/** systemd.automount(5) [Automount]. */
const AUTOMOUNT_SECTION: Group = {
  Where: one(PATH),
  ExtraOptions: one(STR),
  DirectoryMode: one(MODE),
  TimeoutIdleSec: one(TIME),
};

/** systemd.swap(5) [Swap]. */
const SWAP_SECTION: Group = {
  What: one(PATH),
  Priority: one(INT),
  Options: one(STR),
  TimeoutSec: one(TIME),
};

/** systemd.timer(5) [Timer]. */
const TIMER_SECTION: Group = {
  OnActiveSec: many(TIME),
  OnBootSec: many(TIME),
  OnStartupSec: many(TIME),
  OnUnitActiveSec: many(TIME),
  OnUnitInactiveSec: many(TIME),
  OnCalendar: many({ kind: 'calendar' }),
  AccuracySec: one(TIME),
  RandomizedDelaySec: one(TIME),
  FixedRandomDelay: one(BOOL),
  DeferReactivation: one(BOOL, { since: 257 }),
  OnClockChange: one(BOOL),
  OnTimezoneChange: one(BOOL),
  Unit: one(UNIT),
  Persistent: one(BOOL),
  WakeSystem: one(BOOL),
  RemainAfterElapse: one(BOOL),
};

/** systemd.path(5) [Path]. */
const PATH_SECTION: Group = {
  PathExists: many(PATH),
  PathExistsGlob: many(PATH),
  PathChanged: many(PATH),
  PathModified: many(PATH),
  DirectoryNotEmpty: many(PATH),
  Unit: one(UNIT),
  MakeDirectory: one(BOOL),
  DirectoryMode: one(MODE),
  TriggerLimitIntervalSec: one(TIME),
  TriggerLimitBurst: one(INT),
};

/** systemd.scope(5) [Scope], besides the kill and resource-control settings. */
const SCOPE_SECTION: Group = {
  OOMPolicy: one(OOM_POLICY),
  RuntimeMaxSec: one(TIME),
  RuntimeRandomizedExtraSec: one(TIME),
  TimeoutStopSec: one(TIME),
};

interface Part {
  page: string;
  group: Group;
}
const EXEC: Part = { page: 'systemd.exec(5)', group: EXEC_GROUP };
const KILL: Part = { page: 'systemd.kill(5)', group: KILL_GROUP };
const CGROUP: Part = { page: 'systemd.resource-control(5)', group: CGROUP_GROUP };

/** Which groups make up each section; a section's own page comes first so it wins on a clash. */
const SECTION_PARTS: Readonly<Record<string, readonly Part[]>> = {
  Unit: [{ page: 'systemd.unit(5)', group: UNIT_SECTION }],
  Install: [{ page: 'systemd.unit(5)', group: INSTALL_SECTION }],
  Service: [{ page: 'systemd.service(5)', group: SERVICE_SECTION }, EXEC, KILL, CGROUP],
  Socket: [{ page: 'systemd.socket(5)', group: SOCKET_SECTION }, EXEC, KILL, CGROUP],
  Mount: [{ page: 'systemd.mount(5)', group: MOUNT_SECTION }, EXEC, KILL, CGROUP],
  Swap: [{ page: 'systemd.swap(5)', group: SWAP_SECTION }, EXEC, KILL, CGROUP],
  Automount: [{ page: 'systemd.automount(5)', group: AUTOMOUNT_SECTION }],
  Timer: [{ page: 'systemd.timer(5)', group: TIMER_SECTION }],
  Path: [{ page: 'systemd.path(5)', group: PATH_SECTION }],
  Slice: [CGROUP],
  Scope: [{ page: 'systemd.scope(5)', group: SCOPE_SECTION }, KILL, CGROUP],
  Target: [],
  Device: [],
};

/**
 * Resource-control settings systemd parses for every cgroup-carrying unit but honours only for
 * services, slices and scopes ("... is not supported for this unit type, ignoring", systemd 252).
 */
const UNSUPPORTED: ReadonlyArray<{ sections: readonly string[]; names: readonly string[]; note: string }> = [
  {
    sections: ['Socket', 'Mount', 'Swap'],
    names: ['ManagedOOMSwap', 'ManagedOOMMemoryPressure', 'ManagedOOMMemoryPressureLimit'],
    note: 'systemd-oomd settings apply only to service, slice and scope units; systemd ignores it here.',
  },
];

function buildTable(): Map<string, Map<string, DirectiveInfo>> {
  const table = new Map<string, Map<string, DirectiveInfo>>();
  for (const section of ALL_SECTIONS) {
    const entries = new Map<string, DirectiveInfo>();
    for (const part of SECTION_PARTS[section] ?? []) {
      for (const [name, spec] of Object.entries(part.group)) {
        if (entries.has(name)) continue;
        const info: DirectiveInfo = { name, section, value: spec.value, multi: spec.multi, manPage: part.page };
        if (spec.since !== undefined) info.since = spec.since;
        if (spec.deprecated !== undefined) info.deprecated = spec.deprecated;
        const unsupported = UNSUPPORTED.find((u) => u.sections.includes(section) && u.names.includes(name));
        if (unsupported !== undefined) info.unsupported = unsupported.note;
        entries.set(name, Object.freeze(info));
      }
    }
    table.set(section, entries);
  }
  return table;
}

const TABLE = buildTable();

/** True for names systemd leaves to users: `X-Foo=` keys and `[X-Foo]` sections. */
export function isExtensionName(name: string): boolean {
  return name.startsWith('X-');
}

/** True when `section` is a section systemd knows (in some unit type) or an `X-` extension. */
export function isKnownSection(section: string, unitType?: UnitType): boolean {
  if (isExtensionName(section)) return true;
  if (unitType !== undefined) return SECTIONS_BY_UNIT_TYPE[unitType].includes(section);
  return TABLE.has(section);
}

/** The directive `key` of `[section]`, or undefined when systemd does not know it there (case-sensitive). */
export function directiveInfo(section: string, key: string): DirectiveInfo | undefined {
  return TABLE.get(section)?.get(key);
}

/** Every directive of `[section]` (empty for unknown sections). */
export function sectionDirectives(section: string): readonly DirectiveInfo[] {
  return [...(TABLE.get(section)?.values() ?? [])];
}

/** Every section that has a directive called `key`, in ALL_SECTIONS order. */
export function sectionsWithDirective(key: string): string[] {
  return ALL_SECTIONS.filter((section) => TABLE.get(section)?.has(key) === true);
}

/** Suffixes of units shipped as templates: `web.service.in` (meson, autotools), `.example`, `.dist`. */
const TEMPLATE_SUFFIX = /\.(service|socket|timer|path|mount)\.(sample|example|in|template|dist)$/;

/** `web.service.in` → `web.service`; any other name unchanged. */
export function withoutTemplateSuffix(name: string): string {
  return TEMPLATE_SUFFIX.test(name) ? name.slice(0, name.lastIndexOf('.')) : name;
}

/**
 * The unit type of a unit file or drop-in, from its path: `web.service`, `web@.service`,
 * `web.service.d/override.conf` → `service`. Undefined for anything else.
 */
export function unitTypeOf(path: string): UnitType | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  const base = withoutTemplateSuffix(parts[parts.length - 1] ?? '');
  const parent = parts.length > 1 ? (parts[parts.length - 2] ?? '') : '';
  const name = base.endsWith('.conf') && parent.endsWith('.d') ? parent.slice(0, -2) : base;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const suffix = name.slice(dot + 1);
  return (UNIT_TYPES as readonly string[]).includes(suffix) ? (suffix as UnitType) : undefined;
}

/** Every deprecated or removed directive, for documentation and SD003. */
export function deprecatedDirectives(): DirectiveInfo[] {
  const out: DirectiveInfo[] = [];
  for (const entries of TABLE.values()) for (const info of entries.values()) if (info.deprecated) out.push(info);
  return out;
}
