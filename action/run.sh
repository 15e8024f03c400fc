#!/usr/bin/env bash
# The GitHub Action's run step. Inputs arrive only through PL_* environment variables (never
# interpolated into the script). Writes sarif-file, findings and exit-code to $GITHUB_OUTPUT and
# always exits 0: the action's last step turns exit-code into the step result.
set -uo pipefail

cli="$GITHUB_ACTION_PATH/dist/cli.js"
sarif="${PL_SARIF:-}"
[ -n "$sarif" ] || sarif="${RUNNER_TEMP:-/tmp}/prodlint.sarif"
json="${RUNNER_TEMP:-/tmp}/prodlint-$$.json"
errlog="${RUNNER_TEMP:-/tmp}/prodlint-$$.stderr"
: > "$errlog"
# The step summary links findings to /blob/<sha>/<path>: on pull requests the head commit (the
# merge commit GITHUB_SHA names is not what people browse), else the pushed commit.
[ -n "${PL_HEAD_SHA:-}" ] && export GITHUB_SHA="$PL_HEAD_SHA"

# Runs prodlint with stderr kept (and still shown in the log) for the error report below.
lint() { node "$cli" "$@" 2>>"$errlog"; }

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
  lint "${common[@]}" --fail-on none --format sarif --output "$sarif"
  full=$?
  lint "${common[@]}" "${report[@]}" "${annotate[@]}" --changed-since "$PL_BASE_SHA"
  code=$?
  [ "$full" -ge 2 ] && code=$full
else
  lint "${common[@]}" "${report[@]}" --format sarif --output "$sarif" "${annotate[@]}"
  code=$?
fi
cat "$errlog" >&2
# A run that could not lint says why: an ::error annotation, a step-summary section and the
# `error` output that the gate step prints.
if [ "$code" -ge 2 ]; then
  node "$GITHUB_ACTION_PATH/action/report-error.mjs" "$errlog" "$code" || echo "::error title=prodlint could not run::prodlint exited $code"
fi
rm -f "$errlog"

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
