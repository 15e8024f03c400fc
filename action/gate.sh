#!/usr/bin/env bash
# The Action's last step: turns the run step's exit code into the step result, and says why.
# Inputs arrive through PL_* environment variables only.
set -uo pipefail
code="${PL_EXIT:-}"
case "$code" in
  0)
    echo "prodlint: passed (no finding at or above fail-on ${PL_FAIL_ON:-error})"
    exit 0 ;;
  1)
    echo "prodlint: failed: ${PL_FINDINGS:-some} finding(s) reported, at least one at or above fail-on ${PL_FAIL_ON:-error}; see the annotations and the job summary"
    exit 1 ;;
  "")
    echo "prodlint: failed: the run step reported no exit code (it did not run, or was cut short); see its log"
    exit 2 ;;
  *)
    echo "prodlint: failed: prodlint could not run (exit code $code): ${PL_ERROR:-see the log of the run step}"
    exit "$code" ;;
esac
