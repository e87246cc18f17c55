#!/usr/bin/env bash
# Judges Go's own `// run` tests the way $GOROOT/test/run.go does, with gocc as the compiler:
#   run.sh GOCC LIST [TESTROOT]
# LIST: paths relative to TESTROOT (default /usr/share/go-1.19/test), one per line; blank lines and
# '#' comments are ignored. For each test:
#   * build constraints (`// +build` / `//go:build` lines before `package`) are evaluated as
#     run.go's shouldTest does, for GOOS=linux and this machine's GOARCH (tags: linux, unix, gc,
#     the arch); a test they exclude is reported SKIP and does not fail the run (run.go skips it);
#   * read the action line (`// run [ARGS]`, `// runoutput` or `// compile`, the first line after
#     any build-constraint lines); a compile test passes when gocc compiles it without an error
#     (a package other than main is built with an empty main);
#     arguments starting with '-' are compiler flags for `go run` (run.go's flag loop: -0/-1/-s/
#     -t N/-goexperiment X are harness options, any other is passed to the compiler; gocc gets none
#     of them: a test with compiler flags is reported as FAIL "needs flags"); the remaining
#     arguments are passed to the program;
#   * compile: `GOCC compile -O$OPT -o TMP/test.exe FILE` (OPT from the environment, default 2);
#     a compile error fails the test, as in run.go;
#   * run the binary in the directory of run.go (TESTROOT), stdout and stderr into one buffer
#     (run.go's runcmd: cmd.Stdout = cmd.Stderr = &buf), with GOENV=off GOFLAGS= and a timeout
#     (RUN_TIMEOUT seconds, default 60); a non-zero exit status fails the test (runcmd returns
#     the error and run.go sets t.err);
#   * runoutput (run.go's): the action's arguments are more source files of the program; its
#     output is itself a Go program, which is compiled and run the same way; the output of that
#     one is judged;
#   * checkExpectedOutput: "\r\n" -> "\n", then the output must equal FILE's .out file byte for
#     byte, or be empty if there is no .out file.
# Prints PASS/FAIL per test and "N/M passed"; exits 1 if any listed test failed.
set -uo pipefail
if [[ $# -lt 2 || $# -gt 3 ]]; then echo "usage: $0 GOCC LIST [TESTROOT]" >&2; exit 2; fi
gocc=$1 list=$2 root=${3:-/usr/share/go-1.19/test}
root=${root%/}
opt=${OPT:-2}
timeout_s=${RUN_TIMEOUT:-60}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case $(uname -m) in x86_64) goarch=amd64 ;; aarch64) goarch=arm64 ;; *) goarch=$(uname -m) ;; esac
tag_true() { case $1 in linux|unix|gc|"$goarch") return 0 ;; *) return 1 ;; esac; }
# constraints_ok FILE: 0 if every build-constraint line before `package` holds.
constraints_ok() {
  local line expr term ok t neg val termok
  while IFS= read -r line; do
    case $line in
      "package "*) return 0 ;;
      "// +build "*|"//+build "*)
        expr=${line#*build }; ok=0
        for term in $expr; do           # OR of terms; a term is an AND of comma-separated tags
          termok=1
          IFS=, read -r -a ts <<< "$term"
          for t in "${ts[@]}"; do
            neg=0; [[ $t == !* ]] && { neg=1; t=${t#!}; }
            val=0; tag_true "$t" && val=1
            [[ $val -ne $neg ]] || termok=0
          done
          [[ $termok -eq 1 ]] && { ok=1; break; }
        done
        [[ $ok -eq 1 ]] || return 1 ;;
      "//go:build "*)
        expr=${line#//go:build }
        expr=$(sed -E 's/[A-Za-z0-9_.]+/ & /g' <<< "$expr")
        local out="" w
        for w in $expr; do
          case $w in '&&'|'||'|'!'|'('|')') out+=" $w" ;; *) if tag_true "$w"; then out+=" 1"; else out+=" 0"; fi ;; esac
        done
        (( $out )) || return 1 ;;
    esac
  done < "$1"
  return 0
}

total=0 passed=0 skipped=0 failed=()
while IFS= read -r line || [[ -n $line ]]; do
  f=${line%%#*}; f=${f//[[:space:]]/}
  [[ -z $f ]] && continue
  total=$((total + 1))
  src=$root/$f
  why=""
  if [[ ! -f $src ]]; then
    why="no such file"
  elif ! constraints_ok "$src"; then
    echo "SKIP $f (build constraint excludes linux/$goarch)"; skipped=$((skipped + 1)); continue
  else
    # The action line: first line that is not blank, not a build constraint.
    action=$(awk '/^[[:space:]]*$/ {next} /^\/\/ ?\+build/ || /^\/\/go:build/ {next} {print; exit}' "$src")
    read -r -a words <<< "${action#//}"
    if [[ ${words[0]:-} != run && ${words[0]:-} != runoutput && ${words[0]:-} != compile ]]; then
      why="not a run test (action: $action)"
    else
      args=("${words[@]:1}") flags=()
      while [[ ${#args[@]} -gt 0 && ${args[0]} == -* ]]; do
        case ${args[0]} in
          -0|-1|-s) ;;
          -t|-goexperiment) args=("${args[@]:1}") ;;
          *) flags+=("${args[0]}") ;;
        esac
        args=("${args[@]:1}")
      done
      srcs=("$src")
      if [[ ${words[0]} == runoutput ]]; then
        # runoutput's arguments are more files of the generating program (`go run FILE ARGS`).
        for a in ${args[@]+"${args[@]}"}; do srcs+=("$(dirname "$src")/$a"); done
        args=()
      fi
      if [[ ${#flags[@]} -gt 0 ]]; then
        why="needs compiler flags: ${flags[*]}"
      elif ! timeout 300 "$gocc" compile "-O$opt" -o "$tmp/test.exe" "${srcs[@]}" >"$tmp/compile.log" 2>&1; then
        why="compile failed: $(head -3 "$tmp/compile.log" | tr '\n' ' ')"
      elif [[ ${words[0]} == compile ]]; then
        :  # run.go's compile: compiling without an error is the test
      else
        (cd "$root" && GOENV=off GOFLAGS= timeout "$timeout_s" "$tmp/test.exe" ${args[@]+"${args[@]}"} \
          >"$tmp/out.raw" 2>&1 </dev/null)
        rc=$?
        if [[ ${words[0]} == runoutput && $rc -eq 0 ]]; then
          # The program's output is a Go program: compile and run that one (run.go's runoutput).
          mv "$tmp/out.raw" "$tmp/tmp__.go"
          if ! timeout 300 "$gocc" compile "-O$opt" -o "$tmp/test.exe" "$tmp/tmp__.go" >"$tmp/compile.log" 2>&1; then
            why="generated program: compile failed: $(head -3 "$tmp/compile.log" | tr '\n' ' ')"
          fi
          (cd "$root" && GOENV=off GOFLAGS= timeout "$timeout_s" "$tmp/test.exe" >"$tmp/out.raw" 2>&1 </dev/null)
          rc=$?
        fi
        sed 's/\r$//' "$tmp/out.raw" > "$tmp/out"
        expected=${src%.go}.out
        if [[ -n $why ]]; then
          :
        elif [[ $rc -ne 0 ]]; then
          why="exit status $rc: $(head -c 300 "$tmp/out" | head -3 | tr '\n' ' ')"
        elif [[ -f $expected ]]; then
          cmp -s "$expected" "$tmp/out" || why="output differs from ${f%.go}.out"
        elif [[ -s $tmp/out ]]; then
          why="output should be empty (no .out file): $(head -c 200 "$tmp/out" | head -2 | tr '\n' ' ')"
        fi
      fi
      rm -f "$tmp/test.exe"
    fi
  fi
  if [[ -z $why ]]; then
    echo "PASS $f"; passed=$((passed + 1))
  else
    echo "FAIL $f: $why"; failed+=("$f")
  fi
done < "$list"
echo "$passed/$((total - skipped)) passed ($skipped skipped by build constraints)"
[[ ${#failed[@]} -eq 0 ]]
