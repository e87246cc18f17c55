#!/usr/bin/env python3
"""fieldalignment parity (issue 6, acceptance 2).

  check_parity.py GOCC ORACLE KNOWN FILE.go...

ORACLE is fieldalignment_oracle.go built: fieldalignment's documented rules re-derived with
go/types (fieldalignment itself cannot be installed here; see the oracle's header). For amd64
and 386, each file's expected lines come from the oracle and gocc's from
`gocc layout --generated --format=vet`; they must be equal except for the lines listed in KNOWN,
where fieldalignment's sizes are wrong (complex64) and gocc's are gc's. Every KNOWN entry must
still occur, so the list cannot go stale.
"""
import json
import subprocess
import sys

gocc, oracle, known_path, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
known = set()
for line in open(known_path):
    line = line.rstrip("\n")
    if line and not line.startswith("#"):
        known.add(tuple(line.split("\t")))

def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(cmd), p.returncode, p.stderr))
    return p.stdout

diffs = set()
same = structs = 0
for arch in ("amd64", "386"):
    for f in files:
        want = run([oracle, "-arch", arch, f]).splitlines()
        got = run([gocc, "layout", "--generated", "--arch=" + arch, "--format=vet", f]).splitlines()
        doc = json.loads(run([gocc, "layout", "--generated", "--arch=" + arch, "--format=json", f]))
        structs += len(doc["structs"])
        want_by_pos = {l.split(": ")[0]: l for l in want}
        got_by_pos = {l.split(": ")[0]: l for l in got}
        for pos in sorted(set(want_by_pos) | set(got_by_pos)):
            w, g = want_by_pos.get(pos, "(none)"), got_by_pos.get(pos, "(none)")
            if w == g:
                same += 1
            else:
                diffs.add((arch, w, g))
unexpected = diffs - known
stale = known - diffs
for d in sorted(unexpected):
    print("differs from fieldalignment's rules (%s):\n  fieldalignment: %s\n  gocc:           %s" % d)
for d in sorted(stale):
    print("listed in %s but no longer differs: %s" % (known_path, "\t".join(d)))
print("%d struct types examined (amd64 + 386), %d fieldalignment lines equal, %d known "
      "differences (fieldalignment's complex64 size), %d unexpected"
      % (structs, same, len(diffs & known), len(unexpected)))
sys.exit(1 if unexpected or stale or structs < 200 or same < 100 else 0)
