#!/usr/bin/env bash
# Differential test: `gocc -m -l` against gc's `go build -gcflags='-m -l'` (the committed
# tests/escape/diff/NAME.m, see gen_diff.sh) for each tests/run program, lines compared after
# sorting. A program's differing lines (missing + extra) may not exceed its count in
# known_differences.txt ("NAME COUNT"; absent: 0); the counts only shrink.
# With --inline: `gocc -m` against `-gcflags=-m` (diff_inline/, known_differences_inline.txt).
#   diff.sh GOCC [--inline] [--update]   (--update rewrites the known differences)
set -uo pipefail
gocc=$1
shift
mode=diff known_name=known_differences.txt gocc_flags=(-m -l) update=
for arg in "$@"; do
  case $arg in
    --inline) mode=diff_inline known_name=known_differences_inline.txt gocc_flags=(-m) ;;
    --update) update=1 ;;
    *) echo "diff.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
known=$here/$known_name
tmp=$(mktemp -d /tmp/build-esc-diff.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
declare -A allowed
if [[ -f $known ]]; then
  while read -r name count; do [[ -n $name && $name != \#* ]] && allowed[$name]=$count; done < "$known"
fi
total=0 same=0 worse=0
: > "$tmp/new_known"
for m in "$here"/$mode/*.m; do
  name=$(basename "$m" .m)
  src=$here/../run/$name.go
  [[ -f $src ]] || continue
  "$gocc" "${gocc_flags[@]}" "$src" 2>/dev/null | sed -E 's|^([^/:]*/)*([^/:]+\.go):|\2:|' | LC_ALL=C sort > "$tmp/$name.gocc"
  n_gc=$(wc -l < "$m")
  common=$(LC_ALL=C comm -12 "$m" "$tmp/$name.gocc" | wc -l)
  n_gocc=$(wc -l < "$tmp/$name.gocc")
  differ=$(( n_gc - common + n_gocc - common ))
  total=$((total + n_gc)); same=$((same + common))
  [[ $differ -gt 0 ]] && echo "$name $differ" >> "$tmp/new_known"
  if [[ $differ -gt ${allowed[$name]:-0} ]]; then
    worse=$((worse + 1))
    echo "WORSE $name: $differ differing lines (known ${allowed[$name]:-0})"
    LC_ALL=C diff "$m" "$tmp/$name.gocc" | grep '^[<>]' | head -20
  fi
done
echo "gc lines matched: $same/$total"
if [[ -n $update ]]; then
  { echo "# program differing-lines (gocc ${gocc_flags[*]} vs go build -gcflags='${gocc_flags[*]}'); counts only shrink"
    cat "$tmp/new_known"; } > "$known"
fi
[[ $worse -eq 0 ]]
