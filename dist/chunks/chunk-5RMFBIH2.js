import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  lastSegment
} from "./chunk-QJ2UYOSA.js";
import {
  EmbeddedText
} from "./chunk-IDQTMHCY.js";

// src/systemd/directives.ts
var UNIT_TYPES = [
  "service",
  "socket",
  "target",
  "device",
  "mount",
  "automount",
  "swap",
  "timer",
  "path",
  "slice",
  "scope"
];
var SECTIONS_BY_UNIT_TYPE = {
  service: ["Unit", "Service", "Install"],
  socket: ["Unit", "Socket", "Install"],
  target: ["Unit", "Target", "Install"],
  device: ["Unit", "Device", "Install"],
  mount: ["Unit", "Mount", "Install"],
  automount: ["Unit", "Automount", "Install"],
  swap: ["Unit", "Swap", "Install"],
  timer: ["Unit", "Timer", "Install"],
  path: ["Unit", "Path", "Install"],
  slice: ["Unit", "Slice", "Install"],
  scope: ["Unit", "Scope", "Install"]
};
var ALL_SECTIONS = [
  "Unit",
  "Install",
  "Service",
  "Socket",
  "Target",
  "Device",
  "Mount",
  "Automount",
  "Swap",
  "Timer",
  "Path",
  "Slice",
  "Scope"
];
var BOOL = { kind: "boolean" };
var TIME = { kind: "timespan", defaultUnit: "s" };
var STR = { kind: "string" };
var PATH = { kind: "path" };
var PATHS = { kind: "path-list" };
var UNITS = { kind: "unit-list" };
var UNIT = { kind: "unit" };
var INT = { kind: "integer" };
var BYTES = { kind: "bytes" };
var RLIMIT = { kind: "rlimit" };
var SIGNAL = { kind: "signal" };
var MODE = { kind: "mode" };
var CMD = { kind: "command" };
var ENV = { kind: "environment" };
var COND = { kind: "condition" };
var STATUS = { kind: "exit-status" };
var LISTEN = { kind: "listen" };
function oneOf(values, extra = {}) {
  return { kind: "enum", values, ...extra };
}
var SERVICE_TYPES = ["simple", "exec", "forking", "oneshot", "dbus", "notify", "notify-reload", "idle"];
var RESTART_VALUES = ["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"];
var KILL_MODES = ["control-group", "mixed", "process", "none"];
var OUTPUT_KEYWORDS = [
  "inherit",
  "null",
  "tty",
  "journal",
  "kmsg",
  "journal+console",
  "kmsg+console",
  "socket",
  "fd",
  "syslog",
  "syslog+console"
];
var INPUT_KEYWORDS = ["null", "tty", "tty-force", "tty-fail", "data", "socket", "fd"];
var OBSOLETE_OUTPUT_VALUES = {
  syslog: { replacement: "journal", note: "StandardOutput=syslog is obsolete; systemd rewrites it to journal." },
  "syslog+console": {
    replacement: "journal+console",
    note: "StandardOutput=syslog+console is obsolete; systemd rewrites it to journal+console."
  }
};
var OUTPUT_PREFIXES = ["file:", "append:", "truncate:", "fd:"];
var INPUT_PREFIXES = ["file:", "fd:"];
var EMERGENCY_ACTION = oneOf(
  [
    "none",
    "reboot",
    "reboot-force",
    "reboot-immediate",
    "poweroff",
    "poweroff-force",
    "poweroff-immediate",
    "exit",
    "exit-force",
    "soft-reboot",
    "soft-reboot-force",
    "kexec",
    "kexec-force",
    "halt",
    "halt-force",
    "halt-immediate"
  ],
  {
    // Accepted by 257 but refused by 252; NEWS does not record the release (253 = "after 252").
    since: {
      "soft-reboot": 253,
      "soft-reboot-force": 253,
      kexec: 253,
      "kexec-force": 253,
      halt: 253,
      "halt-force": 253,
      "halt-immediate": 253
    }
  }
);
var JOB_MODE = oneOf(
  [
    "fail",
    "replace",
    "replace-irreversibly",
    "isolate",
    "flush",
    "ignore-dependencies",
    "ignore-requirements",
    "triggering",
    "restart-dependencies"
  ],
  { since: { "restart-dependencies": 254 } }
);
var OOM_POLICY = oneOf(["continue", "stop", "kill"]);
var TIMEOUT_FAILURE_MODE = oneOf(["terminate", "abort", "kill"]);
var PRESERVE_MODE = oneOf(["restart"], { boolean: true });
var MANAGED_OOM_MODE = oneOf(["auto", "kill"]);
var one = (value, extra = {}) => ({ value, multi: false, ...extra });
var many = (value, extra = {}) => ({ value, multi: true, ...extra });
var oldNameOf = (current) => ({ replacement: `${current}=`, note: `The current name is ${current}=.` });
var removed = (note, multi = true) => ({ value: STR, multi, deprecated: { note, ignored: true } });
var CHECKS = [
  "ACPower",
  "Architecture",
  "CPUFeature",
  "CPUPressure",
  "CPUs",
  "Capability",
  "ControlGroupController",
  "Credential",
  "DirectoryNotEmpty",
  "Environment",
  "FileIsExecutable",
  "FileNotEmpty",
  "FirstBoot",
  "Group",
  "Host",
  "IOPressure",
  "KernelCommandLine",
  "KernelVersion",
  "Memory",
  "MemoryPressure",
  "NeedsUpdate",
  "OSRelease",
  "PathExists",
  "PathExistsGlob",
  "PathIsDirectory",
  "PathIsEncrypted",
  "PathIsMountPoint",
  "PathIsReadWrite",
  "PathIsSymbolicLink",
  "Security",
  "User",
  "Virtualization"
];
var CONDITION_ONLY = ["Firmware"];
function checks() {
  const out = {};
  for (const name of [...CHECKS, ...CONDITION_ONLY].sort()) out[`Condition${name}`] = many(COND);
  for (const name of CHECKS) out[`Assert${name}`] = many(COND);
  return out;
}
var UNIT_SECTION = {
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
  CollectMode: one(oneOf(["inactive", "inactive-or-failed"])),
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
  BindTo: many(UNITS, { deprecated: oldNameOf("BindsTo") }),
  PropagateReloadTo: many(UNITS, { deprecated: oldNameOf("PropagatesReloadTo") }),
  PropagateReloadFrom: many(UNITS, { deprecated: oldNameOf("ReloadPropagatedFrom") }),
  RequiresOverridable: many(UNITS, {
    deprecated: { replacement: "Requires=", note: "RequiresOverridable= is obsolete; systemd treats it as Requires= and warns." }
  }),
  RequisiteOverridable: many(UNITS, {
    deprecated: { replacement: "Requisite=", note: "RequisiteOverridable= is obsolete; systemd treats it as Requisite= and warns." }
  }),
  StartLimitInterval: one(TIME, { deprecated: oldNameOf("StartLimitIntervalSec") }),
  OnFailureIsolate: one(BOOL, {
    deprecated: { replacement: "OnFailureJobMode=isolate", note: "OnFailureIsolate= is the old form of OnFailureJobMode=isolate." }
  }),
  IgnoreOnSnapshot: removed("Snapshot units were removed; systemd ignores IgnoreOnSnapshot=.", false)
};
var INSTALL_SECTION = {
  Alias: many(STR),
  WantedBy: many(UNITS),
  RequiredBy: many(UNITS),
  UpheldBy: many(UNITS, { since: 254 }),
  Also: many(UNITS),
  DefaultInstance: one(STR)
};
var EXEC_GROUP = {
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
  ProtectProc: one(oneOf(["noaccess", "invisible", "ptraceable", "default"])),
  ProcSubset: one(oneOf(["all", "pid"])),
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
  KeyringMode: one(oneOf(["inherit", "private", "shared"])),
  OOMScoreAdjust: one(INT),
  TimerSlackNSec: one({ kind: "timespan", defaultUnit: "ns" }),
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
  ProtectSystem: one(oneOf(["full", "strict"], { boolean: true })),
  ProtectHome: one(oneOf(["read-only", "tmpfs"], { boolean: true })),
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
  PrivateTmp: one(oneOf(["disconnected"], { boolean: true, since: { disconnected: 257 } })),
  PrivateDevices: one(BOOL),
  PrivateNetwork: one(BOOL),
  NetworkNamespacePath: one(PATH),
  PrivateIPC: one(BOOL),
  IPCNamespacePath: one(PATH),
  MemoryKSM: one(BOOL, { since: 254 }),
  PrivatePIDs: one(BOOL, { since: 257 }),
  // `identity` is 257 (NEWS); `self` is refused by 252 and its release is not in NEWS.
  PrivateUsers: one(oneOf(["self", "identity"], { boolean: true, since: { self: 253, identity: 257 } })),
  ProtectHostname: one(BOOL),
  ProtectClock: one(BOOL),
  ProtectKernelTunables: one(BOOL),
  ProtectKernelModules: one(BOOL),
  ProtectKernelLogs: one(BOOL),
  ProtectControlGroups: one(oneOf(["private", "strict"], { boolean: true, since: { private: 257, strict: 257 } })),
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
  StandardInput: one({ kind: "input" }),
  StandardOutput: one({ kind: "output" }),
  StandardError: one({ kind: "output" }),
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
  UtmpMode: one(oneOf(["init", "login", "user"])),
  // Old names and removed settings
  ReadWriteDirectories: many(PATHS, { deprecated: oldNameOf("ReadWritePaths") }),
  ReadOnlyDirectories: many(PATHS, { deprecated: oldNameOf("ReadOnlyPaths") }),
  InaccessibleDirectories: many(PATHS, { deprecated: oldNameOf("InaccessiblePaths") }),
  Capabilities: removed("Capabilities= was removed; use CapabilityBoundingSet= and AmbientCapabilities=. systemd ignores it.")
};
var KILL_GROUP = {
  KillMode: one(
    oneOf(KILL_MODES, {
      deprecated: {
        none: {
          replacement: "KillMode=mixed",
          note: "KillMode=none is deprecated: processes escape systemd and keep running after stop."
        }
      }
    })
  ),
  KillSignal: one(SIGNAL),
  RestartKillSignal: one(SIGNAL),
  SendSIGHUP: one(BOOL),
  SendSIGKILL: one(BOOL),
  FinalKillSignal: one(SIGNAL),
  WatchdogSignal: one(SIGNAL)
};
var cgroupV1 = (value, replacement, multi = false) => ({
  value,
  multi,
  deprecated: {
    replacement,
    note: "A cgroup v1 setting, deprecated since systemd 252: systemd warns, translates it where it can, and is removing it."
  }
});
var CGROUP_GROUP = {
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
  DevicePolicy: one(oneOf(["auto", "closed", "strict"])),
  Slice: one(UNIT),
  Delegate: many(STR),
  // a boolean or controller names that accumulate
  DelegateSubgroup: one(STR, { since: 254 }),
  DisableControllers: many(STR),
  ManagedOOMSwap: one(MANAGED_OOM_MODE),
  ManagedOOMMemoryPressure: one(MANAGED_OOM_MODE),
  ManagedOOMMemoryPressureLimit: one(STR),
  ManagedOOMMemoryPressureDurationSec: one(TIME, { since: 257 }),
  ManagedOOMPreference: one(oneOf(["none", "avoid", "omit"])),
  MemoryPressureWatch: one(oneOf(["auto", "skip"], { boolean: true }), { since: 254 }),
  MemoryPressureThresholdSec: one(TIME, { since: 254 }),
  CoredumpReceive: one(BOOL, { since: 255 }),
  // cgroup v1 leftovers.
  MemoryLimit: cgroupV1(BYTES, "MemoryMax="),
  CPUShares: cgroupV1(INT, "CPUWeight="),
  StartupCPUShares: cgroupV1(INT, "StartupCPUWeight="),
  BlockIOAccounting: cgroupV1(BOOL, "IOAccounting="),
  BlockIOWeight: cgroupV1(INT, "IOWeight="),
  StartupBlockIOWeight: cgroupV1(INT, "StartupIOWeight="),
  BlockIODeviceWeight: cgroupV1(STR, "IODeviceWeight=", true),
  BlockIOReadBandwidth: cgroupV1(STR, "IOReadBandwidthMax=", true),
  BlockIOWriteBandwidth: cgroupV1(STR, "IOWriteBandwidthMax=", true),
  NetClass: removed("NetClass= was removed; systemd ignores it.")
};
function movedToUnit(name, replacement = name) {
  return {
    replacement: `[Unit] ${replacement}=`,
    note: `${name}= belongs in [Unit]; systemd reads it in [Service] only for compatibility.`
  };
}
var SERVICE_SECTION = {
  Type: one(oneOf(SERVICE_TYPES, { since: { "notify-reload": 253 } })),
  ExitType: one(oneOf(["main", "cgroup"])),
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
  RestartMode: one(oneOf(["normal", "direct", "debug"], { since: { debug: 257 } }), { since: 254 }),
  SuccessExitStatus: many(STATUS),
  RestartPreventExitStatus: many(STATUS),
  RestartForceExitStatus: many(STATUS),
  RootDirectoryStartOnly: one(BOOL),
  NonBlocking: one(BOOL),
  NotifyAccess: one(oneOf(["none", "main", "exec", "all"])),
  Sockets: many(UNITS),
  FileDescriptorStoreMax: one(INT),
  FileDescriptorStorePreserve: one(PRESERVE_MODE, { since: 254 }),
  USBFunctionDescriptors: one(PATH),
  USBFunctionStrings: one(PATH),
  OOMPolicy: one(OOM_POLICY),
  OpenFile: many(STR, { since: 253 }),
  ReloadSignal: one(SIGNAL, { since: 253 }),
  // Settings that moved to [Unit]; systemd still reads them here for compatibility.
  StartLimitInterval: one(TIME, { deprecated: movedToUnit("StartLimitInterval", "StartLimitIntervalSec") }),
  StartLimitBurst: one(INT, { deprecated: movedToUnit("StartLimitBurst") }),
  StartLimitAction: one(EMERGENCY_ACTION, { deprecated: movedToUnit("StartLimitAction") }),
  FailureAction: one(EMERGENCY_ACTION, { deprecated: movedToUnit("FailureAction") }),
  RebootArgument: one(STR, { deprecated: movedToUnit("RebootArgument") }),
  PermissionsStartOnly: one(BOOL, {
    deprecated: {
      replacement: 'the "+" prefix on the Exec*= lines that need full privileges',
      note: "PermissionsStartOnly= is deprecated: it lifts User= and the sandboxing settings for every ExecStartPre=, ExecStartPost=, ExecReload=, ExecStop= and ExecStopPost= line at once."
    }
  }),
  SysVStartPriority: removed("SysVStartPriority= was removed; systemd ignores it.", false),
  BusPolicy: removed("BusPolicy= (kdbus) was removed; systemd ignores it.")
};
var SOCKET_SECTION = {
  ListenStream: many(LISTEN),
  ListenDatagram: many(LISTEN),
  ListenSequentialPacket: many(LISTEN),
  ListenFIFO: many(LISTEN),
  ListenSpecial: many(LISTEN),
  ListenNetlink: many(LISTEN),
  ListenMessageQueue: many(LISTEN),
  ListenUSBFunction: many(LISTEN),
  SocketProtocol: one(STR),
  BindIPv6Only: one(oneOf(["default", "both", "ipv6-only"])),
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
  PassFileDescriptorsToExec: one(BOOL, { since: 256 })
};
var MOUNT_SECTION = {
  What: one(STR),
  Where: one(PATH),
  Type: one(STR),
  Options: one(STR),
  SloppyOptions: one(BOOL),
  LazyUnmount: one(BOOL),
  ReadWriteOnly: one(BOOL),
  ForceUnmount: one(BOOL),
  DirectoryMode: one(MODE),
  TimeoutSec: one(TIME)
};
var AUTOMOUNT_SECTION = {
  Where: one(PATH),
  ExtraOptions: one(STR),
  DirectoryMode: one(MODE),
  TimeoutIdleSec: one(TIME)
};
var SWAP_SECTION = {
  What: one(PATH),
  Priority: one(INT),
  Options: one(STR),
  TimeoutSec: one(TIME)
};
var TIMER_SECTION = {
  OnActiveSec: many(TIME),
  OnBootSec: many(TIME),
  OnStartupSec: many(TIME),
  OnUnitActiveSec: many(TIME),
  OnUnitInactiveSec: many(TIME),
  OnCalendar: many({ kind: "calendar" }),
  AccuracySec: one(TIME),
  RandomizedDelaySec: one(TIME),
  FixedRandomDelay: one(BOOL),
  DeferReactivation: one(BOOL, { since: 257 }),
  OnClockChange: one(BOOL),
  OnTimezoneChange: one(BOOL),
  Unit: one(UNIT),
  Persistent: one(BOOL),
  WakeSystem: one(BOOL),
  RemainAfterElapse: one(BOOL)
};
var PATH_SECTION = {
  PathExists: many(PATH),
  PathExistsGlob: many(PATH),
  PathChanged: many(PATH),
  PathModified: many(PATH),
  DirectoryNotEmpty: many(PATH),
  Unit: one(UNIT),
  MakeDirectory: one(BOOL),
  DirectoryMode: one(MODE),
  TriggerLimitIntervalSec: one(TIME),
  TriggerLimitBurst: one(INT)
};
var SCOPE_SECTION = {
  OOMPolicy: one(OOM_POLICY),
  RuntimeMaxSec: one(TIME),
  RuntimeRandomizedExtraSec: one(TIME),
  TimeoutStopSec: one(TIME)
};
var EXEC = { page: "systemd.exec(5)", group: EXEC_GROUP };
var KILL = { page: "systemd.kill(5)", group: KILL_GROUP };
var CGROUP = { page: "systemd.resource-control(5)", group: CGROUP_GROUP };
var SECTION_PARTS = {
  Unit: [{ page: "systemd.unit(5)", group: UNIT_SECTION }],
  Install: [{ page: "systemd.unit(5)", group: INSTALL_SECTION }],
  Service: [{ page: "systemd.service(5)", group: SERVICE_SECTION }, EXEC, KILL, CGROUP],
  Socket: [{ page: "systemd.socket(5)", group: SOCKET_SECTION }, EXEC, KILL, CGROUP],
  Mount: [{ page: "systemd.mount(5)", group: MOUNT_SECTION }, EXEC, KILL, CGROUP],
  Swap: [{ page: "systemd.swap(5)", group: SWAP_SECTION }, EXEC, KILL, CGROUP],
  Automount: [{ page: "systemd.automount(5)", group: AUTOMOUNT_SECTION }],
  Timer: [{ page: "systemd.timer(5)", group: TIMER_SECTION }],
  Path: [{ page: "systemd.path(5)", group: PATH_SECTION }],
  Slice: [CGROUP],
  Scope: [{ page: "systemd.scope(5)", group: SCOPE_SECTION }, KILL, CGROUP],
  Target: [],
  Device: []
};
var UNSUPPORTED = [
  {
    sections: ["Socket", "Mount", "Swap"],
    names: ["ManagedOOMSwap", "ManagedOOMMemoryPressure", "ManagedOOMMemoryPressureLimit"],
    note: "systemd-oomd settings apply only to service, slice and scope units; systemd ignores it here."
  }
];
function buildTable() {
  const table = /* @__PURE__ */ new Map();
  for (const section of ALL_SECTIONS) {
    const entries = /* @__PURE__ */ new Map();
    for (const part of SECTION_PARTS[section] ?? []) {
      for (const [name, spec] of Object.entries(part.group)) {
        if (entries.has(name)) continue;
        const info = { name, section, value: spec.value, multi: spec.multi, manPage: part.page };
        if (spec.since !== void 0) info.since = spec.since;
        if (spec.deprecated !== void 0) info.deprecated = spec.deprecated;
        const unsupported = UNSUPPORTED.find((u) => u.sections.includes(section) && u.names.includes(name));
        if (unsupported !== void 0) info.unsupported = unsupported.note;
        entries.set(name, Object.freeze(info));
      }
    }
    table.set(section, entries);
  }
  return table;
}
var TABLE = buildTable();
function isExtensionName(name) {
  return name.startsWith("X-");
}
function isKnownSection(section, unitType) {
  if (isExtensionName(section)) return true;
  if (unitType !== void 0) return SECTIONS_BY_UNIT_TYPE[unitType].includes(section);
  return TABLE.has(section);
}
function directiveInfo(section, key) {
  return TABLE.get(section)?.get(key);
}
function sectionDirectives(section) {
  return [...TABLE.get(section)?.values() ?? []];
}
var TEMPLATE_SUFFIX = /\.(service|socket|timer|path|mount)\.(sample|example|in|template|dist)$/;
function withoutTemplateSuffix(name) {
  return TEMPLATE_SUFFIX.test(name) ? name.slice(0, name.lastIndexOf(".")) : name;
}
function unitTypeOf(path) {
  const parts = path.replace(/\\/g, "/").split("/");
  const base = withoutTemplateSuffix(parts[parts.length - 1] ?? "");
  const parent = parts.length > 1 ? parts[parts.length - 2] ?? "" : "";
  const name = base.endsWith(".conf") && parent.endsWith(".d") ? parent.slice(0, -2) : base;
  const dot = name.lastIndexOf(".");
  if (dot < 0) return void 0;
  const suffix = name.slice(dot + 1);
  return UNIT_TYPES.includes(suffix) ? suffix : void 0;
}

// src/parse/systemd.ts
function isBlank(code) {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
function skipBlanks(text, from, to) {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}
function trimEnd(text, from, to) {
  let i = to;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}
function endsWithContinuation(line) {
  let n = 0;
  for (let i = line.length - 1; i >= 0 && line.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}
function parseSystemd(source, environment) {
  const template = withoutTemplateSuffix(lastSegment(source.path)) !== lastSegment(source.path);
  const text = source.text;
  const sections = [];
  const comments = [];
  const logicalLines = [];
  const parseErrors = [];
  let current;
  const takeComment = (start, end) => {
    const first = skipBlanks(text, start, end);
    const ch = text[first];
    if (first >= end || ch !== "#" && ch !== ";") return false;
    comments.push({ span: { start: first, end }, body: text.slice(first + 1, end), ownLine: true });
    return true;
  };
  const handleLogicalLine = (et) => {
    const t = et.text;
    const s = skipBlanks(t, 0, t.length);
    const e = trimEnd(t, s, t.length);
    if (s >= e) return;
    const whole = et.spanToFile({ start: s, end: e });
    if (t[s] === "[") {
      let nameEnd;
      if (t[e - 1] === "]" && e - s >= 2) {
        nameEnd = e - 1;
      } else {
        const close = t.indexOf("]", s + 1);
        nameEnd = close !== -1 && close < e ? close : e;
        parseErrors.push({ span: whole, message: `invalid section header ${JSON.stringify(t.slice(s, e))}: it must end with ']'` });
      }
      current = {
        name: t.slice(s + 1, nameEnd),
        nameSpan: et.spanToFile({ start: s + 1, end: nameEnd }),
        headerSpan: whole,
        span: whole,
        directives: []
      };
      sections.push(current);
      return;
    }
    const eq = t.indexOf("=", s);
    if (eq === -1 || eq >= e) {
      if (template && /^(\{\{[^{}]*\}\}|@[A-Za-z0-9_]+@)$/.test(t.slice(s, e).trim())) return;
      parseErrors.push({ span: whole, message: `missing '=' in ${JSON.stringify(t.slice(s, e))}: systemd ignores this line` });
      return;
    }
    const keyEnd = trimEnd(t, s, eq);
    if (keyEnd === s) {
      parseErrors.push({ span: whole, message: "missing key name before '=': systemd ignores this line" });
      return;
    }
    if (!current) {
      parseErrors.push({ span: whole, message: "assignment outside of any [Section]: systemd ignores this line" });
      return;
    }
    const valueStart = skipBlanks(t, eq + 1, e);
    const keySpan = et.spanToFile({ start: s, end: keyEnd });
    const valueSpan = valueStart < e ? et.spanToFile({ start: valueStart, end: e }) : { start: et.toFile(eq) + 1, end: et.toFile(eq) + 1 };
    const directive = {
      key: t.slice(s, keyEnd),
      keySpan,
      value: valueStart < e ? et.slice(valueStart, e) : EmbeddedText.verbatim("", valueSpan.start),
      valueSpan,
      span: { start: keySpan.start, end: Math.max(valueSpan.end, et.toFile(eq) + 1) },
      section: current.name
    };
    current.directives.push(directive);
    current.span = { start: current.span.start, end: Math.max(current.span.end, directive.span.end) };
  };
  const lineCount = source.lineCount;
  let line = 1;
  while (line <= lineCount) {
    const start = source.lineStart(line);
    const end = source.lineEnd(line);
    if (skipBlanks(text, start, end) >= end || takeComment(start, end)) {
      line++;
      continue;
    }
    const first = line;
    const pieces = [];
    let lineStart = start;
    let lineEnd = end;
    for (; ; ) {
      const content = text.slice(lineStart, lineEnd);
      if (!endsWithContinuation(content)) {
        pieces.push({ text: content, fileOffset: lineStart });
        break;
      }
      pieces.push({ text: content.slice(0, -1), fileOffset: lineStart });
      pieces.push({ text: " ", fileOffset: lineEnd - 1 });
      do {
        line++;
        if (line > lineCount) break;
        lineStart = source.lineStart(line);
        lineEnd = source.lineEnd(line);
      } while (takeComment(lineStart, lineEnd));
      if (line > lineCount) {
        line = lineCount;
        break;
      }
    }
    if (line > first) logicalLines.push({ first, last: line });
    handleLogicalLine(EmbeddedText.fromPieces(pieces));
    line++;
  }
  return { kind: "systemd", source, environment, tree: { sections }, comments, logicalLines, parseErrors };
}
function getSection(tree, name) {
  return tree.sections.find((s) => s.name === name);
}
function getSections(tree, name) {
  return tree.sections.filter((s) => s.name === name);
}
function sectionList(section) {
  if (!section) return [];
  return Array.isArray(section) ? section : [section];
}
function getDirectives(section, key) {
  const out = [];
  for (const s of sectionList(section)) for (const d of s.directives) if (d.key === key) out.push(d);
  return out;
}
function lastDirective(section, key) {
  const all = getDirectives(section, key);
  return all[all.length - 1];
}

export {
  SECTIONS_BY_UNIT_TYPE,
  ALL_SECTIONS,
  OUTPUT_KEYWORDS,
  INPUT_KEYWORDS,
  OBSOLETE_OUTPUT_VALUES,
  OUTPUT_PREFIXES,
  INPUT_PREFIXES,
  isExtensionName,
  isKnownSection,
  directiveInfo,
  sectionDirectives,
  withoutTemplateSuffix,
  unitTypeOf,
  parseSystemd,
  getSection,
  getSections,
  getDirectives,
  lastDirective
};
