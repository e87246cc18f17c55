#!/bin/sh
# Normalises a concurrent program's stderr (stdin -> stdout) for comparison between gc and gocc:
#   * goroutine numbers become N (gc numbers its own system goroutines too and hands out ids in
#     per-thread batches, so user goroutines' ids differ between runtimes);
#   * everything after the first `goroutine N [state]:` line (the traceback, other goroutines)
#     is dropped — the state (running, chan receive, select (no cases), semacquire ...) is kept;
#   * `pc=0x...` becomes `pc=PC`.
exec sed -E -e 's/pc=0x[0-9a-f]+/pc=PC/g' -e 's/^goroutine [0-9]+ \[/goroutine N [/' -e '/^goroutine N \[.*\]:$/q'
