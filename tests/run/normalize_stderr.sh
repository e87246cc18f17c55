#!/bin/sh
# Normalises a program's stderr (stdin -> stdout) so that a runtime other than gc's can match
# Go 1.19's output of a crashing program:
#   * everything after the first line `goroutine N [running]:` (the traceback) is dropped;
#   * `pc=0x...` (in `[signal SIGSEGV: ... pc=0x...]`) becomes `pc=PC`; `addr=0x...` is kept.
# Used by update_expected.sh, check_expected.sh and run.sh alike. GNU sed keeps a missing final
# newline missing, so output without a trailing newline stays distinguishable.
exec sed -e 's/pc=0x[0-9a-f][0-9a-f]*/pc=PC/g' -e '/^goroutine [0-9][0-9]* \[running\]:$/q'
