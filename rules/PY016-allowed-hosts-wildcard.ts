import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { resolverFor } from '../src/python/index.js';
import { lastAssignedValue, productionSettings } from '../src/python/django.js';
import { evaluateUnsetEnv, type EnvValue } from '../src/python/env-values.js';

export default defineRule({
  id: 'PY016',
  name: 'allowed-hosts-wildcard',
  severity: 'warning',
  category: 'security',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['ALLOWED_HOSTS'],
  securitySeverity: 5.4,
  precision: 'high',
  messages: {
    wildcard: "ALLOWED_HOSTS accepts any Host header ('*') in these production settings: links Django builds from the request (password resets, absolute URLs) can point at an attacker's domain",
    wildcardByDefault: "ALLOWED_HOSTS is '*' when {{variable}} is unset: a deployment that forgets the variable accepts any Host header",
  },
  docs: {
    summary: "Django accepts any Host header ('*') in production settings",
    what: `In a Django settings module that production runs (the same modules PY001 judges: \`settings.py\`, a \`settings/\` package module, any module assigning \`INSTALLED_APPS\`; not files named for development, local, test or CI, not templates, not base modules that environment settings override, and not a module that sets \`DEBUG = True\` outright), reports the last top-level \`ALLOWED_HOSTS = …\` when it contains \`'*'\` — written out (\`['*']\`, \`('*',)\`) or as the value it takes when the environment is empty (\`os.getenv("ALLOWED_HOSTS", "*").split(",")\`, \`env.list("ALLOWED_HOSTS", default=["*"])\`, \`config("ALLOWED_HOSTS", default="*", cast=Csv())\`). Subdomain patterns (\`'.example.com'\`) are fine. Limits: hosts added later (\`ALLOWED_HOSTS += […]\`) or in another module are not followed.`,
    why: `Django uses the request's \`Host\` header to build absolute URLs — password-reset and sign-up e-mails, redirects, \`request.build_absolute_uri()\`. With \`ALLOWED_HOSTS = ['*']\` any value is accepted: an attacker requests a password reset for a victim with \`Host: attacker.example\`, and the victim receives a genuine e-mail whose link sends the reset token to the attacker; a cache in front of the site can be poisoned the same way. The wildcard is usually added to get past a \`DisallowedHost\` error during a first deploy and never removed.`,
    example: {
      kind: 'python',
      path: 'mysite/settings.py',
      code: `import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.auth", "shop"]
`,
    },
    fix: {
      kind: 'python',
      path: 'mysite/settings.py',
      code: `import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")
INSTALLED_APPS = ["django.contrib.auth", "shop"]
`,
    },
    references: ['https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts', 'https://docs.djangoproject.com/en/stable/topics/security/#host-headers-virtual-hosting'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const assigned = productionSettings(doc.source.path, tree.root, (rel) => ctx.project.exists(rel));
    const value = assigned && lastAssignedValue(assigned, 'ALLOWED_HOSTS');
    if (!value) return;
    const { value: v, variables } = evaluateUnsetEnv(value, resolverFor(tree));
    if (!hasWildcard(v)) return;
    const statement = assigned.get('ALLOWED_HOSTS')!.at(-1)!;
    if (variables.length) ctx.report({ messageId: 'wildcardByDefault', data: { variable: variables[0]! }, span: statement.span });
    else ctx.report({ messageId: 'wildcard', span: statement.span });
  },
});

/** `'*'` as an item, or as one comma-separated piece of a string (python-decouple's `Csv()` splits it later). */
function hasWildcard(v: EnvValue): boolean {
  if (v.kind === 'seq') return v.items.some((i) => i.kind === 'string' && i.value.trim() === '*');
  if (v.kind === 'string') return v.value.split(',').some((p) => p.trim() === '*');
  return false;
}
