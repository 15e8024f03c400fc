#!/usr/bin/env bash
# The GitHub Action's run step. Inputs arrive only through PL_* environment variables (never
# interpolated into the script). Writes sarif-file, findings and exit-code to $GITHUB_OUTPUT and
# always exits 0: the action's last step turns exit-code into the step result.
set -uo pipefail

cli="$GITHUB_ACTION_PATH/dist/cli.js"
sarif="${PL_SARIF:-}"
[ -n "$sarif" ] || sarif="${RUNNER_TEMP:-/tmp}/prodlint.sarif"
json="${RUNNER_TEMP:-/tmp}/prodlint-$$.json"

common=()
set -f # paths are data: no glob expansion
for p in ${PL_PATHS:-.}; do common+=("$p"); done
set +f
[ -n "${PL_CONFIG:-}" ] && common+=(--config "$PL_CONFIG")
[ -n "${PL_BASELINE:-}" ] && common+=(--baseline "$PL_BASELINE")

# --output pairs with --format in order, so formats written to files come first.
report=(--fail-on "${PL_FAIL_ON:-error}" --format json --output "$json")
annotate=()
[ "${PL_ANNOTATIONS:-true}" = "true" ] && annotate=(--format github)

if [ "${PL_ONLY_CHANGED:-false}" = "true" ] && [ -n "${PL_BASE_SHA:-}" ]; then
  # SARIF of the whole tree, so code scanning keeps (and closes) alerts correctly; annotations and
  # the gate only for lines this pull request changed.
  node "$cli" "${common[@]}" --fail-on none --format sarif --output "$sarif"
  full=$?
  node "$cli" "${common[@]}" "${report[@]}" "${annotate[@]}" --changed-since "$PL_BASE_SHA"
  code=$?
  [ "$full" -ge 2 ] && code=$full
else
  node "$cli" "${common[@]}" "${report[@]}" --format sarif --output "$sarif" "${annotate[@]}"
  code=$?
fi

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
