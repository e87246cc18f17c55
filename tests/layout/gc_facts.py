#!/usr/bin/env python3
"""gc's layout figures for the random structs on one architecture, without running a binary.

  gc_facts.py GO ARCH N SEED > random_ARCH.txt

Builds `gen_random.py probe N SEED` with `GOARCH=ARCH go build -gcflags=-e`: every figure
(unsafe.Sizeof/Alignof/Offsetof, compile-time constants in gc) appears in a type error, which
this script reads back and prints in the format of random_structs.go's main. On amd64 the result
must equal `go run random_structs.go` (check_current.sh checks that), which shows the two ways
of asking gc agree; 386 binaries cannot run on this machine, so 386 figures come this way.
"""
import os
import re
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
go, arch, n, seed = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "probe.go")
    with open(src, "w") as f:
        f.write(subprocess.check_output([sys.executable, os.path.join(here, "gen_random.py"),
                                         "probe", n, seed], text=True))
    env = dict(os.environ, GOARCH=arch, GO111MODULE="off", GOFLAGS="")
    env.setdefault("GOCACHE", os.path.join(tmp, "gocache"))
    run = subprocess.run([go, "build", "-gcflags=-e", "-o", os.path.join(tmp, "out"), src],
                         cwd=tmp, env=env, capture_output=True, text=True)
    errors = run.stderr
    with open(src) as f:
        probe = f.read()

values = {}
for m in re.finditer(r"cannot use (R\d+_\w+) \(constant (\d+) of type uintptr\)", errors):
    values[m.group(1)] = int(m.group(2))
structs = re.findall(r"^type (R\d+) struct \{\n((?:\t.*\n)*)\}", probe, re.M)
if not structs or not values:
    sys.exit("gc_facts.py: no figures from gc:\n" + errors[:2000])
for name, body in structs:
    line = "%s size=%d align=%d" % (name, values[name + "_size"], values[name + "_align"])
    for field in re.findall(r"^\t(\w+) ", body, re.M):
        key = name + "_" + field
        line += "  %s@%d(%d/%d)" % (field, values[key + "_off"], values[key + "_size"],
                                    values[key + "_align"])
    print(line)
