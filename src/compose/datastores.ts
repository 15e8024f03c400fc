/**
 * Which compose services are datastores or message brokers, by image (or by the base image of the
 * Dockerfile they build), and the well-known ports of datastores.
 */
import type { Document as YamlDocument } from 'yaml';
import type { ComposeDocument, ComposeService } from '../parse/compose.js';
import type { DockerfileDocument } from '../parse/dockerfile.js';
import { getPath, scalarString } from '../parse/yaml-nodes.js';
import type { ProjectModel } from '../project.js';
import { serviceBuild } from '../docker/contexts.js';
import { parseImageRef, type ImageRef } from '../docker/image-ref.js';
import { rootImage, stageNamed } from '../docker/stages.js';

/** Image names (last path component) of datastores and brokers. */
const DATASTORE_NAMES = new Set([
  // SQL
  'postgres', 'postgresql', 'postgis', 'timescaledb', 'timescaledb-ha', 'pgvector', 'mysql', 'mysql-server', 'mariadb', 'percona', 'percona-server', 'cockroach', 'yugabyte', 'clickhouse-server', 'mssql-server',
  // Document, key-value, search, time series, graph, vector
  'mongo', 'mongodb', 'mongodb-community-server', 'redis', 'redis-stack', 'redis-stack-server', 'valkey', 'keydb', 'dragonfly', 'memcached', 'elasticsearch', 'opensearch', 'solr', 'meilisearch', 'typesense', 'cassandra', 'scylla', 'couchdb', 'couchbase', 'influxdb', 'neo4j', 'arangodb', 'surrealdb', 'qdrant', 'etcd', 'rethinkdb', 'questdb',
  // Brokers
  'rabbitmq', 'kafka', 'cp-kafka', 'cp-server', 'redpanda', 'zookeeper', 'cp-zookeeper', 'nats', 'nats-streaming', 'pulsar', 'activemq', 'activemq-artemis', 'artemis', 'eclipse-mosquitto', 'emqx', 'vernemq',
]);
/** Repositories whose last component is too generic to list (`mcr.microsoft.com/mssql/server`). */
const DATASTORE_REPOSITORIES = new Set(['mssql/server', 'azure-sql-edge', 'azure-sql-edge/developer']);

/** Container ports of datastores: PostgreSQL, MySQL, MongoDB, Redis, Elasticsearch, AMQP, memcached, Cassandra, InfluxDB, CouchDB. */
export const DATASTORE_PORTS: readonly number[] = [5432, 3306, 27017, 6379, 9200, 5672, 11211, 9042, 8086, 5984];

export function isDatastoreImage(ref: ImageRef | undefined): boolean {
  if (!ref) return false;
  return DATASTORE_NAMES.has(ref.name) || DATASTORE_REPOSITORIES.has(ref.repository);
}

/** The image a service runs: its `image:`, else the base image of the Dockerfile it builds. */
export function serviceImage(model: ProjectModel | undefined, composeRel: string, doc: ComposeDocument, service: ComposeService): ImageRef | undefined {
  const yaml: YamlDocument = doc.tree.yaml;
  const built = model ? builtImage(model, composeRel, doc, service) : undefined;
  if (built) return built;
  const image = scalarString(getPath(yaml, service.node, 'image'));
  return image ? parseImageRef(image) : undefined;
}

/** The external base image at the root of the Dockerfile a service builds. */
function builtImage(model: ProjectModel, composeRel: string, doc: ComposeDocument, service: ComposeService): ImageRef | undefined {
  const compose = model.byPath.get(composeRel);
  if (!compose) return undefined;
  const build = serviceBuild(model, compose, doc, service);
  if (!build) return undefined;
  const df = model.byPath.get(build.dockerfile)?.doc as DockerfileDocument | undefined;
  const tree = df?.tree;
  if (!tree?.finalStage) return undefined;
  const stage = (build.target && stageNamed(tree, build.target)) || tree.finalStage;
  return rootImage(tree, stage);
}

/** Whether a service is a datastore or broker. */
export function isDatastoreService(model: ProjectModel | undefined, composeRel: string, doc: ComposeDocument, service: ComposeService): boolean {
  return isDatastoreImage(serviceImage(model, composeRel, doc, service));
}
