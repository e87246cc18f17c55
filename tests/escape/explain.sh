#!/usr/bin/env bash
# `gocc -m=2` (explanations) and `gocc -m --json` (issue 5).
#  1. For each explain/NAME.go, `gocc -m=2 -l` must print exactly gc's `go tool compile -m=2 -l`
#     lines (explain/NAME.m2, committed, sorted), unless NAME.go is in known_differences.txt,
#     where it must still differ (take it off the list when it matches).
#  2. For those files and every tests/run program with a gc escape report (diff/*.m), the
#     JSON must parse, list exactly the `-m` findings (position, message) with a verdict that
#     agrees with the message, and carry an explanation for every heap and leak finding that
#     renders to exactly the `-m=2` lines (but -m=2's "capturing by value/ref" lines).
#   explain.sh GOCC
set -uo pipefail
gocc=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for src in "$here"/explain/*.go; do
  name=$(basename "$src")
  (cd "$here/explain" && "$gocc" -m=2 -l "$name" 2>&1) | LC_ALL=C sort > "$tmp/$name.m2"
  known=0
  grep -q "^$name:" "$here/explain/known_differences.txt" && known=1
  if diff -u "$here/explain/${name%.go}.m2" "$tmp/$name.m2" > "$tmp/$name.diff"; then
    if [[ $known -eq 1 ]]; then
      echo "FAIL $name matches gc now: take it off explain/known_differences.txt"
      fail=1
    else
      echo "PASS $name"
    fi
  elif [[ $known -eq 1 ]]; then
    echo "KNOWN $name ($(grep -c '^[-+][^-+]' "$tmp/$name.diff") lines differ)"
  else
    echo "FAIL $name"
    cat "$tmp/$name.diff"
    fail=1
  fi
done
files=("$here"/explain/*.go)
for m in "$here"/diff/*.m; do
  src=$here/../run/$(basename "$m" .m).go
  [[ -f $src ]] && files+=("$src")
done
python3 - "$gocc" "${files[@]}" <<'PY' || fail=1
import json, os, subprocess, sys
gocc, files = sys.argv[1], sys.argv[2:]
bad = 0
def out(args, cwd):
    return subprocess.run([gocc] + args, cwd=cwd, capture_output=True, text=True).stdout
def render(f):
    lines = []
    w = f["why"]
    if w is not None:
        lines.append("%s: %s" % (f["pos"], w["header"]))
        for fl in w["flows"]:
            ops = "&" if fl["derefs"] < 0 else "*" * fl["derefs"]
            lines.append("%s:   flow: %s = %s%s:" % (f["pos"], fl["dst"], ops, fl["src"]))
            for n in fl["notes"]:
                lines.append("%s:     from %s (%s) at %s" % (f["pos"], n["where"], n["why"], n["pos"]))
        if w["truncated"]:
            lines.append("%s:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518" % f["pos"])
    lines.append("%s: %s" % (f["pos"], f["message"]))
    return lines
def verdict_ok(f):
    m, v = f["message"], f["verdict"]
    if m.startswith("moved to heap: ") or m.endswith(" escapes to heap"): return v == "heap"
    if m.startswith("leaking param"): return v == "leak"
    if m.endswith(" does not escape"): return v in ("stack", "no-leak")
    return v == "info"
for path in files:
    cwd, name = os.path.dirname(path), os.path.basename(path)
    try:
        findings = json.loads(out(["-m", "--json", "-l", name], cwd))
    except json.JSONDecodeError as e:
        print("FAIL json %s: %s" % (name, e)); bad += 1; continue
    plain = out(["-m", "-l", name], cwd).splitlines()
    if ["%s: %s" % (f["pos"], f["message"]) for f in findings] != plain:
        print("FAIL json %s: findings differ from -m" % name); bad += 1; continue
    for f in findings:
        file_line_col = "%s:%d:%d" % (f["file"], f["line"], f["col"])
        if f["pos"] != file_line_col or not verdict_ok(f) or (f["verdict"] in ("heap", "leak")) != (f["why"] is not None):
            print("FAIL json %s: inconsistent finding %s" % (name, json.dumps(f))); bad += 1; break
    else:
        rendered = [l for f in findings for l in render(f)]
        # -m=2 adds gc's closure lines ("f capturing by value: x (...)"), which are not findings.
        m2 = [l for l in out(["-m=2", "-l", name], cwd).splitlines() if " capturing by " not in l]
        if rendered != m2:
            print("FAIL json %s: explanations differ from -m=2" % name); bad += 1
print("json: %d files, %d failed" % (len(files), bad))
sys.exit(1 if bad else 0)
PY
exit $fail
