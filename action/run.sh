#!/usr/bin/env bash
# The GitHub Action's run step. Inputs arrive only through PL_* environment variables (never
# interpolated into the script). Writes sarif-file, findings and exit-code to $GITHUB_OUTPUT and
# always exits 0: the action's last step turns exit-code into the step result.
set -uo pipefail

sarif="${PL_SARIF:-}"
[ -n "$sarif" ] || sarif="${RUNNER_TEMP:-/tmp}/prodlint.sarif"
json="${RUNNER_TEMP:-/tmp}/prodlint-$$.json"

args=()
set -f # paths are data: no glob expansion
for p in ${PL_PATHS:-.}; do args+=("$p"); done
set +f
[ -n "${PL_CONFIG:-}" ] && args+=(--config "$PL_CONFIG")
args+=(--fail-on "${PL_FAIL_ON:-error}" --format sarif --output "$sarif" --format json --output "$json")
if [ "${PL_ONLY_CHANGED:-false}" = "true" ] && [ -n "${PL_BASE_SHA:-}" ]; then
  args+=(--changed-since "$PL_BASE_SHA")
fi
if [ "${PL_ANNOTATIONS:-true}" = "true" ]; then
  args+=(--format github)
fi

node "$GITHUB_ACTION_PATH/dist/cli.js" "${args[@]}"
code=$?

findings=0
if [ -f "$json" ]; then
  findings=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));process.stdout.write(String(r.findings.length))' "$json" 2>/dev/null || echo 0)
  rm -f "$json"
fi
[ -f "$sarif" ] || sarif=""
{
  echo "sarif-file=$sarif"
  echo "findings=$findings"
  echo "exit-code=$code"
} >> "$GITHUB_OUTPUT"
exit 0
