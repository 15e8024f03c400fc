/**
 * Settings that systemd refuses when assigned an empty value. For lists (`ExecStart=`, `After=`,
 * `Environment=`) and some strings (`User=`, `MemoryMax=`, `KillMode=`) an empty assignment resets
 * the setting; for most scalars — time spans, booleans, numbers, enumerations — systemd logs
 * "Failed to parse ..., ignoring" and keeps the previous value, so a drop-in's `Restart=` or
 * `RestartSec=` meant as "back to the default" silently does nothing.
 *
 * Measured, not guessed: every directive systemd 252.38 (Debian 12) knows, assigned an empty value
 * alone in a unit of the matching type and checked with `systemd-analyze verify`; the ones it
 * refused are listed here. The generic parsers behind them (DEFINE_PARSER and
 * DEFINE_CONFIG_PARSE_ENUM_FULL in conf-parser.h) still refuse an empty string in later releases.
 * Directives newer than 252 were not measured and are not listed.
 */

const REFUSED: Readonly<Record<string, readonly string[]>> = {
  Unit: [
    'AllowIsolate', 'CollectMode', 'DefaultDependencies', 'FailureAction', 'IgnoreOnIsolate',
    'JobRunningTimeoutSec', 'JobTimeoutAction', 'JobTimeoutSec', 'OnFailureIsolate', 'OnFailureJobMode',
    'OnSuccessJobMode', 'RefuseManualStart', 'RefuseManualStop', 'StartLimitAction', 'StartLimitBurst',
    'StartLimitInterval', 'StartLimitIntervalSec', 'StopWhenUnneeded', 'SuccessAction',
  ],
  Service: [
    'BlockIOAccounting', 'BusName', 'CPUAccounting', 'CPUSchedulingPriority', 'CPUSchedulingResetOnFork',
    'CacheDirectoryMode', 'ConfigurationDirectoryMode', 'DevicePolicy', 'DynamicUser', 'ExitType',
    'FailureAction', 'FileDescriptorStoreMax', 'FinalKillSignal', 'GuessMainPID', 'IOAccounting',
    'IPAccounting', 'IgnoreSIGPIPE', 'KeyringMode', 'KillSignal', 'LimitAS', 'LimitCORE', 'LimitCPU',
    'LimitDATA', 'LimitFSIZE', 'LimitLOCKS', 'LimitMEMLOCK', 'LimitMSGQUEUE', 'LimitNICE', 'LimitNOFILE',
    'LimitNPROC', 'LimitRSS', 'LimitRTPRIO', 'LimitRTTIME', 'LimitSIGPENDING', 'LimitSTACK',
    'LockPersonality', 'LogLevelMax', 'LogRateLimitBurst', 'LogRateLimitIntervalSec', 'LogsDirectoryMode',
    'ManagedOOMPreference', 'MemoryAccounting', 'MemoryDenyWriteExecute', 'NoNewPrivileges', 'NonBlocking',
    'NotifyAccess', 'OOMPolicy', 'PermissionsStartOnly', 'PrivateDevices', 'PrivateIPC', 'PrivateMounts',
    'PrivateNetwork', 'PrivateTmp', 'PrivateUsers', 'ProcSubset', 'ProtectClock', 'ProtectControlGroups',
    'ProtectHome', 'ProtectHostname', 'ProtectKernelLogs', 'ProtectKernelModules', 'ProtectKernelTunables',
    'ProtectProc', 'ProtectSystem', 'RemainAfterExit', 'RemoveIPC', 'Restart', 'RestartKillSignal',
    'RestartSec', 'RestrictRealtime', 'RestrictSUIDSGID', 'RootDirectoryStartOnly', 'RuntimeDirectoryMode',
    'RuntimeDirectoryPreserve', 'RuntimeMaxSec', 'RuntimeRandomizedExtraSec', 'SendSIGHUP', 'SendSIGKILL',
    'Slice', 'StandardError', 'StandardInput', 'StandardOutput', 'StartLimitAction', 'StartLimitBurst',
    'StartLimitInterval', 'StateDirectoryMode', 'SyslogFacility', 'SyslogLevel', 'SyslogLevelPrefix',
    'TTYReset', 'TTYVHangup', 'TTYVTDisallocate', 'TasksAccounting', 'TimeoutCleanSec', 'TimeoutSec',
    'TimeoutStartFailureMode', 'TimeoutStartSec', 'TimeoutStopFailureMode', 'TimeoutStopSec',
    'TimerSlackNSec', 'Type', 'UMask', 'UtmpMode', 'WatchdogSec', 'WatchdogSignal',
  ],
  Socket: [
    'Accept', 'Backlog', 'BindIPv6Only', 'BlockIOAccounting', 'Broadcast', 'CPUAccounting',
    'CPUSchedulingPriority', 'CPUSchedulingResetOnFork', 'CacheDirectoryMode', 'ConfigurationDirectoryMode',
    'DeferAcceptSec', 'Delegate', 'DevicePolicy', 'DirectoryMode', 'DynamicUser', 'FinalKillSignal',
    'FlushPending', 'FreeBind', 'IOAccounting', 'IPAccounting', 'IPTTL', 'IgnoreSIGPIPE', 'KeepAlive',
    'KeepAliveIntervalSec', 'KeepAliveProbes', 'KeepAliveTimeSec', 'KeyringMode', 'KillSignal', 'LimitAS',
    'LimitCORE', 'LimitCPU', 'LimitDATA', 'LimitFSIZE', 'LimitLOCKS', 'LimitMEMLOCK', 'LimitMSGQUEUE',
    'LimitNICE', 'LimitNOFILE', 'LimitNPROC', 'LimitRSS', 'LimitRTPRIO', 'LimitRTTIME', 'LimitSIGPENDING',
    'LimitSTACK', 'LockPersonality', 'LogLevelMax', 'LogRateLimitBurst', 'LogRateLimitIntervalSec',
    'LogsDirectoryMode', 'ManagedOOMMemoryPressure', 'ManagedOOMMemoryPressureLimit', 'ManagedOOMPreference',
    'ManagedOOMSwap', 'Mark', 'MaxConnections', 'MaxConnectionsPerSource', 'MemoryAccounting',
    'MemoryDenyWriteExecute', 'MessageQueueMaxMessages', 'MessageQueueMessageSize', 'NoDelay',
    'NoNewPrivileges', 'PassCredentials', 'PassPacketInfo', 'PassSecurity', 'PipeSize', 'Priority',
    'PrivateDevices', 'PrivateIPC', 'PrivateMounts', 'PrivateNetwork', 'PrivateTmp', 'PrivateUsers',
    'ProcSubset', 'ProtectClock', 'ProtectControlGroups', 'ProtectHome', 'ProtectHostname',
    'ProtectKernelLogs', 'ProtectKernelModules', 'ProtectKernelTunables', 'ProtectProc', 'ProtectSystem',
    'ReceiveBuffer', 'RemoveIPC', 'RemoveOnStop', 'RestartKillSignal', 'RestrictRealtime', 'RestrictSUIDSGID',
    'ReusePort', 'RuntimeDirectoryMode', 'RuntimeDirectoryPreserve', 'SELinuxContextFromNet', 'SendBuffer',
    'SendSIGHUP', 'SendSIGKILL', 'Service', 'Slice', 'SocketMode', 'SocketProtocol', 'StandardError',
    'StandardInput', 'StandardOutput', 'StateDirectoryMode', 'SyslogFacility', 'SyslogLevel',
    'SyslogLevelPrefix', 'TTYReset', 'TTYVHangup', 'TTYVTDisallocate', 'TasksAccounting', 'TimeoutCleanSec',
    'TimeoutSec', 'TimerSlackNSec', 'Timestamping', 'Transparent', 'TriggerLimitBurst',
    'TriggerLimitIntervalSec', 'UMask', 'UtmpMode', 'WatchdogSignal', 'Writable',
  ],
  Timer: [
    'AccuracySec', 'FixedRandomDelay', 'OnClockChange', 'OnTimezoneChange', 'Persistent',
    'RandomizedDelaySec', 'RemainAfterElapse', 'Unit', 'WakeSystem',
  ],
  Path: [
    'DirectoryMode', 'MakeDirectory', 'TriggerLimitBurst', 'TriggerLimitIntervalSec', 'Unit',
  ],
};

const SETS = new Map(Object.entries(REFUSED).map(([section, keys]) => [section, new Set(keys)]));

/** True when systemd refuses `key=` with an empty value in `[section]` (measured on systemd 252). */
export function emptyValueRefused(section: string, key: string): boolean {
  return SETS.get(section)?.has(key) === true;
}
