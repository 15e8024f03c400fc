/**
 * The globs that mark a file as meant for development (DESIGN.md §4.2). Production-only rules skip
 * such files, so a dev server in `docker-compose.override.yml` or `Procfile.dev` is not an alarm.
 *
 * The bar for an entry: a name or directory that, in real projects, almost never holds what runs
 * in production. A wrong entry here hides real findings, so anything ambiguous (`scripts/`,
 * `local/`, `.github/`, `ci/`) stays out; users add such paths with `dev-paths:` and exempt
 * defaults with `production-paths:`. Every entry is matched against the repository-relative path,
 * `dot: true`, and also covers everything below a matching directory.
 */
export const DEFAULT_DEV_PATHS: readonly string[] = Object.freeze([
  // Environment suffixes before the extension: `docker-compose.dev.yml`, `config.local.js`,
  // `compose.development.yaml`.
  '**/*.{dev,development,local}.*',
  // The same suffix as the last extension: `Dockerfile.dev`, `Procfile.dev` (Rails `bin/dev`),
  // `.env.development`. Not `*.local`: `/etc/rc.local` is a production boot script.
  '**/*.{dev,development}',
  '**/{Dockerfile,Containerfile,Procfile}.local',
  // Dash or underscore variants: `start-dev.sh`, `settings_dev.py`, `Dockerfile-dev`,
  // `run-local.sh`. Not `*_local.py`: `thread_local.py` is ordinary production code.
  '**/*{-,_}{dev,development}{,.*}',
  '**/*-local{,.*}',
  // A dev-only directory: `dev/`, `docker/dev/`.
  '**/dev/**',
  // Rails 7 and similar: `bin/dev` starts the development Procfile.
  '**/bin/dev',
  // Compose override files are merged by `docker compose up` on developer machines by default
  // (`docker-compose.override.yml`, `compose.override.yaml`, `docker-compose.dev.override.yml`).
  '**/*compose*override*.{yml,yaml}',
  // Dev containers (VS Code, Codespaces): their Dockerfile and compose file are for editing code.
  '**/.devcontainer/**',
  // Test trees in the usual spellings across ecosystems (Python, JS, Ruby, Go).
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/spec/**',
  '**/testdata/**',
  '**/e2e/**',
  // Integration test trees: `integration-tests/`, `integration_test/`, Sentry self-hosted's
  // `_integration-test/`.
  '**/{,_}integration{-,_}test{,s}/**',
  // Not `fixtures/`: linters' own fixture trees (this project's `fixtures/demo` among them) are
  // meant to be linted as production; test fixtures usually sit under `tests/` anyway.
  // Test files by name: `app.test.ts`, `api.spec.js`, `docker-compose.test.yml`, pytest's
  // `test_api.py`, `api_test.py` and `conftest.py`.
  '**/*.test.*',
  '**/*.spec.*',
  '**/test_*.py',
  '**/*_test.py',
  '**/conftest.py',
  // Documentation and examples show commands; they are not deployed.
  '**/docs/**',
  '**/doc/**',
  '**/examples/**',
  '**/example/**',
  // Sample trees, like examples. Not `demo/`: a demo is often the product deployed for show
  // (and this project's `fixtures/demo` is a production service on purpose).
  '**/samples/**',
  '**/sample/**',
  // The same trees hidden behind a dot (nextcloud/docker's `.examples/docker-compose/`).
  '**/.{examples,example,samples,sample}/**',
  // Dev containers under other names: `devcontainer-example/`, `.devcontainer-gpu/`.
  '**/*devcontainer*/**',
  // Dev environments: `dev-env/`, `devenv/`, `dev_env/`, `dev-environment/`.
  '**/{dev-env,dev_env,devenv,dev-environment}/**',
  // `local/` only as an environment folder of a deployment tree (cookiecutter-django's
  // `compose/local/`): alone it is `rootfs/usr/local/bin/`, which images run in production.
  '**/{compose,docker,deploy,deployment,deployments,infra,.docker}/local/**',
  // Debug stacks: VS Code's `docker-compose.debug.yml`, `Dockerfile.debug`, `docker/debug/`.
  '**/*compose*{.,-,_}debug.{yml,yaml}',
  '**/{Dockerfile,Containerfile}{.,-}debug',
  '**/{compose,docker,deploy}/debug/**',
  // A compose stack under any `debug/` directory (Loki's `debug/docker-compose.yaml` runs the
  // binary under a debugger); not the code there (`src/debug/` is an ordinary module).
  '**/debug/**/*compose*.{yml,yaml}',
  // Compose stacks under `tools/` (a Kafka or mail catcher to test against) and `sandbox/`;
  // not the code there (`tools/` and `sandbox/` also hold production modules).
  '**/tools/**/*compose*.{yml,yaml}',
  '**/sandbox/**/*compose*.{yml,yaml}',
  '**/sandbox/**/{Dockerfile,Containerfile}{,.*}',
  // Heroku's Windows Procfile runs the local server (`heroku local -f Procfile.windows`).
  '**/Procfile.windows',
  // Django-style split settings for non-production environments: `settings/dev.py`,
  // `settings/local.py`, `settings/test_ci.py`, `settings/development.py`, `settings/testing.py`.
  '**/settings/{dev,local,test}*.py',
]);

/**
 * Directory names whose trees hold someone else's code, skipped by discovery like `node_modules`:
 * Go modules (`vendor/github.com/redis/go-redis/v9/docker-compose.yml`), Composer and Bundler
 * installs, Chromium-style `third_party/`, git submodules under `external/`, pip's `_vendor/`.
 * Their compose files and Dockerfiles are the upstream project's test set-ups, not this
 * repository's deployment. A directory named on the command line is still linted (only the
 * names below it are skipped), and config `vendor-dirs:` replaces this list (`[]` lints them all).
 */
export const DEFAULT_VENDOR_DIRS: readonly string[] = Object.freeze(['vendor', '_vendor', 'third_party', 'third-party', 'external']);
