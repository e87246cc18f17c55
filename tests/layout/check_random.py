#!/usr/bin/env python3
"""gocc layout's sizes, alignments and offsets against gc's for the random structs.

  check_random.py GOCC random_structs.go random_amd64.txt random_386.txt

random_<arch>.txt is gc's output (go run / gc_facts.py; check_current.sh keeps it current).
This runs `gocc layout --generated --format=json --arch=amd64,386` and prints the same lines from
its JSON; every line must be equal.
"""
import json
import subprocess
import sys

gocc, src, want_files = sys.argv[1], sys.argv[2], sys.argv[3:]
archs = [w.rsplit("_", 1)[1].split(".")[0] for w in want_files]
out = subprocess.run([gocc, "layout", "--generated", "--format=json", "--arch=" + ",".join(archs),
                      src], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit("gocc layout failed (%d): %s" % (out.returncode, out.stderr))
doc = json.loads(out.stdout)
got = {a: {} for a in archs}
for s in doc["structs"]:
    if not s["name"].startswith("R") or "." in s["name"]:
        continue
    for lay in s["layouts"]:
        line = "%s size=%d align=%d" % (s["name"], lay["size"], lay["align"])
        for f in lay["fields"]:
            line += "  %s@%d(%d/%d)" % (f["name"], f["offset"], f["size"], f["align"])
        got[lay["arch"]][s["name"]] = line
failures = 0
checked = 0
for arch, path in zip(archs, want_files):
    for want in open(path).read().splitlines():
        name = want.split()[0]
        checked += 1
        if got[arch].get(name) != want:
            failures += 1
            print("%s %s:\n  gc:   %s\n  gocc: %s" % (arch, name, want, got[arch].get(name)))
print("%d struct layouts checked against gc (%s), %d differ" % (checked, ", ".join(archs), failures))
sys.exit(1 if failures or checked < 400 else 0)
