import { parseImageRef } from '../src/docker/image-ref.js';
import { stageNamed } from '../src/docker/stages.js';
import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'DF006',
  name: 'mutable-base-image',
  severity: 'note',
  category: 'reliability',
  productionOnly: true,
  kinds: ['dockerfile'],
  triggers: ['FROM', 'from'],
  triggersIgnoreCase: true,
  precision: 'very-high',
  messages: {
    untagged: '{{image}} has no tag, so it means :latest: the next build silently picks up whatever version is newest',
    latest: '{{image}} follows :latest: the next build silently picks up whatever version is newest',
  },
  docs: {
    summary: 'A base image is pulled by :latest or without a tag',
    what: `Reports every \`FROM\` whose image has no tag or the tag \`latest\`, in any stage. Not reported: \`scratch\`, a stage of the same Dockerfile (\`FROM build\`), a reference pinned by digest (\`@sha256:…\`, with or without a tag), images given by a variable (\`FROM $BASE\`, \`FROM \${REGISTRY}/\${IMAGE}\`), whose value is unknown, and template placeholders (\`FROM {{ base_image }}\`). A tag that contains a variable (\`python:\${PYTHON_VERSION}-slim\`) counts as a tag. The finding spans the image reference.`,
    why: `\`latest\` is whatever was pushed last. A rebuild months later — for a one-line fix, in the middle of an incident — silently moves the service to a new major version of its runtime or distribution: Python 3.11 to 3.13, Debian bookworm to trixie, Node 20 to 22, with removed packages and changed defaults. The build that "only changed one line" then fails, or worse, succeeds and breaks in production. A version tag makes upgrades deliberate; a digest makes builds reproducible.`,
    example: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM node:latest\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n' },
    fix: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM node:20.18-bookworm-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n' },
    references: ['https://docs.docker.com/reference/dockerfile/#from', 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions'],
  },
  document(doc, ctx) {
    const tree = (doc as DockerfileDocument).tree;
    for (const stage of tree.stages) {
      const image = stage.image;
      if (!image || image.toLowerCase() === 'scratch') continue;
      if (stageNamed(tree, image, stage.index)) continue;
      // Template placeholders (`FROM {{ base }}`, `FROM <%= image %>`) are filled in elsewhere.
      if (/\{\{|\{%|<%|@@/.test(stage.from.args.text)) continue;
      const ref = parseImageRef(image);
      if (!ref || ref.digest !== undefined) continue;
      // A variable in the name may carry the tag (`FROM ${IMAGE}`, `FROM app$SUFFIX`).
      if (ref.name.includes('$') || ref.repository.includes('$')) continue;
      if (ref.tag === undefined) ctx.report({ messageId: 'untagged', data: { image }, span: stage.imageSpan });
      else if (ref.tag === 'latest') ctx.report({ messageId: 'latest', data: { image }, span: stage.imageSpan });
    }
  },
});
