/**
 * The deployment model: what a platform or orchestrator file (Railway, Fly, Render, Heroku,
 * Kubernetes, compose...) says about how a service runs, in one shape, so a rule about replicas,
 * health checks, restart policies or ports is written once and judges every platform alike.
 *
 * Each platform module (`src/deploy/<platform>.ts`, `src/k8s/`) turns its parsed document into
 * `DeployService`s; rules ask `deployServices(doc)` and never look at a platform's own keys.
 * Every field is optional: absent means "the file does not say", which a rule must tell apart
 * from a value (a platform default is documented by the module, in `defaults`).
 */
import type { Span } from '../source.js';
import type { Kind } from '../types.js';

/** A value as written in the file, with where it is written (so a finding can point at it). */
export interface Spanned<T> {
  value: T;
  span: Span;
}

export interface DeployHealthCheck {
  /** `http` path probe, `exec` command probe, `tcp` port probe. */
  type: 'http' | 'exec' | 'tcp' | 'grpc';
  /** What the check is for: restart the instance when it fails (`liveness`), or route traffic only (`readiness`), or gate a deploy (`deploy`). */
  purpose: 'liveness' | 'readiness' | 'startup' | 'deploy';
  /** HTTP path probed, e.g. `/health`. */
  path?: Spanned<string>;
  port?: Spanned<number | string>;
  /** Seconds; each as written. */
  initialDelaySeconds?: Spanned<number>;
  periodSeconds?: Spanned<number>;
  timeoutSeconds?: Spanned<number>;
  failureThreshold?: Spanned<number>;
  /** Seconds a platform waits before the first check counts (Fly `grace_period`). */
  gracePeriodSeconds?: Spanned<number>;
  /** The whole check construct. */
  span: Span;
}

export interface DeployService {
  /** The kind of file the service is declared in. */
  kind: Kind;
  /** Service / process / container name as the file names it. */
  name: string;
  /** The construct that declares the service (finding anchor when something is missing). */
  span: Span;
  /** Number of instances when written (`numReplicas`, `replicas`, `numInstances`, `count`). */
  replicas?: Spanned<number>;
  /** True when the platform may run several instances without a number written (autoscaling). */
  autoscaled?: Spanned<boolean>;
  restart?: {
    policy: Spanned<'always' | 'on-failure' | 'never'>;
    maxRetries?: Spanned<number>;
  };
  healthChecks: DeployHealthCheck[];
  /** Port the platform routes traffic to (`internal_port`, `containerPort`), when written. */
  port?: Spanned<number>;
  /** True when the platform injects `$PORT` and expects the service to listen on it. */
  injectsPort: boolean;
  /** Seconds between the stop signal and the kill (`terminationGracePeriodSeconds`, `kill_timeout`). */
  stopGraceSeconds?: Spanned<number>;
  memoryLimit?: Spanned<string>;
  /** Image the service runs, when named. */
  image?: Spanned<string>;
  /** True when the service is a one-shot job (Kubernetes Job/CronJob, a release task). */
  oneShot: boolean;
  /**
   * The Dockerfile the platform builds the service from, relative to the config file's directory,
   * when it builds one (Railway `dockerfilePath`, Render `dockerfilePath`, Fly `[build] dockerfile`,
   * heroku.yml `build.docker.<process>`). Without a start command of its own the service runs that
   * image's CMD/ENTRYPOINT.
   */
  dockerfile?: string;
}
