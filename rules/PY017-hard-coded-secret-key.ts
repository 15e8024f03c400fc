import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { resolverFor } from '../src/python/index.js';
import { lastAssignedValue, productionSettings } from '../src/python/django.js';
import { evaluateUnsetEnv } from '../src/python/env-values.js';

export default defineRule({
  id: 'PY017',
  name: 'hard-coded-secret-key',
  severity: 'error',
  category: 'security',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['SECRET_KEY'],
  securitySeverity: 8.1,
  precision: 'high',
  messages: {
    literal: 'SECRET_KEY is written in these production settings: everyone with the repository can forge session cookies, password-reset links and signed values',
    fallback: 'SECRET_KEY falls back to a key written here when {{variable}} is unset: a deployment that forgets the variable signs sessions with a key everyone with the repository has',
  },
  docs: {
    summary: 'Django signs sessions with a key written in the repository',
    what: `In a Django settings module that production runs (the modules PY001 and PY016 judge), reports the last top-level \`SECRET_KEY = …\` when it is a non-empty string literal, or when it becomes one because an environment variable is unset: \`os.getenv("SECRET_KEY", "dev-key")\`, \`os.environ.get("SECRET_KEY", "…")\`, \`config("SECRET_KEY", default="…")\`, \`env("SECRET_KEY", default="…")\`. Reading the key without a fallback (\`os.environ["SECRET_KEY"]\`, which fails loudly when unset) or from a file is the fix. Not reported: development-named settings, templates, base modules that production settings override, modules that set \`DEBUG = True\` outright (development settings), and an empty fallback (Django refuses to start without a key).`,
    why: `Django's \`SECRET_KEY\` signs session cookies, password-reset tokens, CSRF tokens and everything made with \`django.core.signing\`. Anyone who has the key — every contributor, every fork, every leaked copy of the repository, every image layer — can sign a session cookie for any user id, including a superuser, and log in without a password. A fallback default is the same leak with a delay: the one deployment where the variable is misspelled runs with the public key and nothing fails.`,
    example: {
      kind: 'python',
      path: 'mysite/settings.py',
      code: `import os

SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "django-insecure-4f#x9+l2@q")
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "shop"]
`,
    },
    fix: {
      kind: 'python',
      path: 'mysite/settings.py',
      code: `import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "shop"]
`,
    },
    references: ['https://docs.djangoproject.com/en/stable/ref/settings/#secret-key', 'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#secret-key'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const assigned = productionSettings(doc.source.path, tree.root, (rel) => ctx.project.exists(rel));
    const value = assigned && lastAssignedValue(assigned, 'SECRET_KEY');
    if (!value) return;
    const { value: v, variables } = evaluateUnsetEnv(value, resolverFor(tree));
    if (v.kind !== 'string' || v.value.trim() === '') return;
    const span = value.span;
    if (variables.length) ctx.report({ messageId: 'fallback', data: { variable: variables[0]! }, span });
    else ctx.report({ messageId: 'literal', span });
  },
});
