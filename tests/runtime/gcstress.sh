#!/usr/bin/env bash
# Acceptance 1 of the collector (issue 7): programs that pass normally also pass with a full
# GC cycle before every allocation (GOCCDEBUG=gcstress=1), so a missed root shows up as a
# use-after-free. Runs tests/run/run.sh at -O2 over RUN_LIST and tests/gosuite/run.sh over
# SUITE_LIST with the variable set:
#   gcstress.sh GOCC RUN_LIST SUITE_LIST
set -uo pipefail
gocc=$1 run_list=$2 suite_list=$3
here=$(cd "$(dirname "$0")" && pwd)
export GOCCDEBUG=gcstress=1 RUN_TIMEOUT=${RUN_TIMEOUT:-120}
status=0
"$here/../run/run.sh" "$gocc" 2 "$run_list" || status=1
OPT=2 "$here/../gosuite/run.sh" "$gocc" "$suite_list" || status=1
exit $status
