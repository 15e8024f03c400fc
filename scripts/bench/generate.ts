/**
 * A deterministic synthetic monorepo for the benchmark: mostly ordinary application code (Python,
 * TypeScript, JavaScript), with the deployment files real services have (Dockerfiles, compose
 * files, start scripts, systemd units, Procfiles, package.json), and a hazard in about 1% of files.
 * Same seed, same tree, byte for byte.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small, fast, seeded PRNG (mulberry32); the corpora use it too. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PY_CLEAN = (n: number) => `"""Service module ${n}."""
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class Item${n}:
    id: int
    name: str

    def label(self) -> str:
        return f"{self.id}:{self.name}"


def handle_${n}(items: list[Item${n}]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.label()] = counts.get(item.label(), 0) + 1
    log.debug("handled %d items", len(items))
    return counts
`;
const PY_HAZARD = (n: number) => `import requests
from flask import Flask

app = Flask(__name__)


@app.get("/ping/${n}")
def ping():
    return requests.get("https://upstream.example/health").text


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
`;
const TS_CLEAN = (n: number) => `export interface Order${n} {
  id: string;
  total: number;
}

export function sum${n}(orders: Order${n}[]): number {
  return orders.reduce((acc, o) => acc + o.total, 0);
}

export class Cache${n}<T> {
  private readonly map = new Map<string, T>();
  get(key: string): T | undefined {
    return this.map.get(key);
  }
  set(key: string, value: T): void {
    this.map.set(key, value);
  }
}
`;
const TS_HAZARD = (n: number) => `import axios from 'axios';

export function poll${n}(): void {
  setInterval(async () => {
    const res = await axios.get('https://upstream.example/jobs');
    console.log(res.data.length);
  }, 5000);
}
`;
const JS_CLEAN = (n: number) => `'use strict';
module.exports = function format${n}(value) {
  return String(value).padStart(8, ' ');
};
`;
const DOCKERFILE = (hazard: boolean) => `FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER app
HEALTHCHECK CMD curl -fsS --max-time 5 http://localhost:8000/health || exit 1
${hazard ? 'CMD uvicorn app.main:app --host 0.0.0.0 --reload' : 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]'}
`;
const COMPOSE = (n: number, hazard: boolean) => `services:
  api${n}:
    build: .
    restart: unless-stopped
    mem_limit: 512m
    healthcheck:
      test: ["CMD", "curl", "-fsS", "--max-time", "5", "http://localhost:8000/health"]
    logging:
      driver: json-file
      options:
        max-size: 10m
    ports:
      - "127.0.0.1:80${n % 100}:8000"
${hazard ? '    command: uvicorn app.main:app --reload\n' : ''}`;
const SCRIPT = (hazard: boolean) => `#!/bin/sh
set -eu
cd /srv/app
${hazard ? 'uvicorn app.main:app --reload &\nnode worker.js &' : 'exec gunicorn app.main:app --workers 2'}
`;
const UNIT = (n: number, hazard: boolean) => `[Unit]
Description=Worker ${n}
After=network-online.target
Wants=network-online.target

[Service]
User=app
ExecStart=/srv/app/run.sh
${hazard ? 'MemoryLimit=1G' : 'MemoryMax=1G\nRestart=on-failure\nRestartSec=5'}

[Install]
WantedBy=multi-user.target
`;

export interface GeneratedTree {
  files: number;
  bytes: number;
  hazards: number;
  /** An ordinary application file (the benchmark edits it to time the edit-and-rerun loop). */
  sampleFile: string;
}

export function generateMonorepo(dir: string, fileCount = 20_000, seed = 42): GeneratedTree {
  rmSync(dir, { recursive: true, force: true });
  const rand = rng(seed);
  let files = 0;
  let bytes = 0;
  let hazards = 0;
  let sampleFile = '';
  const write = (rel: string, text: string) => {
    const p = join(dir, rel);
    if (!sampleFile && rel.endsWith('.py')) sampleFile = p;
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  mkdirSync(join(dir, '.git'), { recursive: true });
  let n = 0;
  for (let svc = 0; files < fileCount; svc++) {
    const base = `services/svc${String(svc).padStart(4, '0')}`;
    const deploy = rand() < 0.3;
    if (deploy) {
      const h = () => {
        const x = rand() < 0.01;
        if (x) hazards++;
        return x;
      };
      write(`${base}/Dockerfile`, DOCKERFILE(h()));
      write(`${base}/compose.yaml`, COMPOSE(svc, h()));
      write(`${base}/run.sh`, SCRIPT(h()));
      if (rand() < 0.3) write(`${base}/deploy/worker.service`, UNIT(svc, h()));
      if (rand() < 0.2) write(`${base}/Procfile`, `web: gunicorn app:app --workers 2\nworker: celery -A app worker\n`);
      write(`${base}/package.json`, JSON.stringify({ name: `svc${svc}`, private: true, scripts: { start: 'node dist/server.js', build: 'tsc -p .' } }, null, 2) + '\n');
    }
    const modules = 20 + Math.floor(rand() * 20);
    for (let m = 0; m < modules && files < fileCount; m++) {
      n++;
      const r = rand();
      const hazard = rand() < 0.01;
      if (hazard) hazards++;
      if (r < 0.45) write(`${base}/app/mod_${m}.py`, hazard ? PY_HAZARD(n) : PY_CLEAN(n));
      else if (r < 0.85) write(`${base}/src/mod${m}.ts`, hazard ? TS_HAZARD(n) : TS_CLEAN(n));
      else write(`${base}/lib/mod${m}.js`, JS_CLEAN(n));
    }
  }
  return { files, bytes, hazards, sampleFile };
}
