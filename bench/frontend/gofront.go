// gofront measures the single-threaded throughput of the standard library's
// go/scanner and go/parser, as the reference for gocc_frontend_bench.
//
// Usage:
//
//	gofront -list FILE [-phase all|lex|parse] [-rss] [-tokens N]
//
// FILE holds one Go source path per line. All files are read into memory
// before anything is timed. Each phase runs over all files three times and
// reports the fastest run:
//
//	lex:   go/scanner, mode ScanComments (comments are tokens, as in gocc);
//	       tokens counts every token Scan returns, including automatic
//	       semicolons, comments and each file's EOF -- i.e. exactly the
//	       number of token lines tests/tokens/scandump prints.
//	parse: go/parser.ParseFile(fset, name, src,
//	       ParseComments|SkipObjectResolution); the *ast.File results of one
//	       run are all kept alive until the run ends (a whole-program front
//	       end keeps every file's AST), and dropped before the next run.
//
// Output (one line per phase, key=value, seconds with 6 decimals):
//
//	tool=go phase=lex files=N lines=L bytes=B tokens=T seconds=S
//	tool=go phase=parse files=N lines=L bytes=B tokens=T seconds=S peak_rss_kb=K
//
// lines counts '\n' bytes, plus one for each non-empty file whose last byte
// is not '\n'. peak_rss_kb is getrusage(RUSAGE_SELF).ru_maxrss of a process
// that did nothing but read the files and run the parse phase: with the
// default -phase=all the lex phase runs in this process and the parse phase
// in a re-executed child (`-phase=parse -rss -tokens=T`), so lexing garbage
// does not inflate the figure. Nothing is subtracted (the source bytes held
// in memory are included).
//
// Build: go build -o gofront gofront.go   (no go.mod needed)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const runs = 3

type source struct {
	name string
	src  []byte
}

type corpus struct {
	files []source
	lines int64
	bytes int64
}

func die(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "gofront: "+format+"\n", args...)
	os.Exit(1)
}

func readCorpus(list string) *corpus {
	data, err := os.ReadFile(list)
	if err != nil {
		die("%v", err)
	}
	c := &corpus{}
	for _, name := range strings.Split(string(data), "\n") {
		name = strings.TrimSuffix(name, "\r")
		if name == "" {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			die("%v", err)
		}
		c.files = append(c.files, source{name, src})
		c.bytes += int64(len(src))
		c.lines += int64(bytes.Count(src, []byte{'\n'}))
		if len(src) > 0 && src[len(src)-1] != '\n' {
			c.lines++
		}
	}
	if len(c.files) == 0 {
		die("no files listed in %s", list)
	}
	return c
}

// lexOnce scans every file once and returns the number of tokens.
func lexOnce(c *corpus) int64 {
	fset := token.NewFileSet()
	var s scanner.Scanner
	var n int64
	for i := range c.files {
		f := &c.files[i]
		file := fset.AddFile(f.name, -1, len(f.src))
		s.Init(file, f.src, nil, scanner.ScanComments)
		for {
			_, tok, _ := s.Scan()
			n++
			if tok == token.EOF {
				break
			}
		}
		if s.ErrorCount > 0 {
			fmt.Fprintf(os.Stderr, "gofront: warning: %d scan errors in %s\n", s.ErrorCount, f.name)
		}
	}
	return n
}

// parseOnce parses every file once, keeping all ASTs alive until it returns.
func parseOnce(c *corpus, report bool) int {
	fset := token.NewFileSet()
	asts := make([]*ast.File, len(c.files))
	nerr := 0
	for i := range c.files {
		f := &c.files[i]
		af, err := parser.ParseFile(fset, f.name, f.src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			nerr++
			if report {
				fmt.Fprintf(os.Stderr, "gofront: warning: %v\n", err)
			}
		}
		asts[i] = af
	}
	runtime.KeepAlive(asts)
	return nerr
}

// timing is one phase's shortest wall-clock time and shortest process CPU
// time (user+system, all threads: the collector's work counts) over the runs.
type timing struct{ wall, cpu time.Duration }

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		die("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// best runs fn `runs` times (after a GC each, untimed) and returns the
// shortest wall-clock and CPU times. On a loaded machine the CPU time is the
// steadier figure: it leaves out the time the process waited for a core.
func best(fn func(run int)) timing {
	var min timing
	for r := 0; r < runs; r++ {
		runtime.GC()
		t, c := time.Now(), cpuTime()
		fn(r)
		d, dc := time.Since(t), cpuTime()-c
		if r == 0 || d < min.wall {
			min.wall = d
		}
		if r == 0 || dc < min.cpu {
			min.cpu = dc
		}
	}
	return min
}

func header(c *corpus, phase string, tokens int64, d timing) string {
	return fmt.Sprintf("tool=go phase=%s files=%d lines=%d bytes=%d tokens=%d seconds=%s cpu_seconds=%s",
		phase, len(c.files), c.lines, c.bytes, tokens, strconv.FormatFloat(d.wall.Seconds(), 'f', 6, 64),
		strconv.FormatFloat(d.cpu.Seconds(), 'f', 6, 64))
}

func lexPhase(c *corpus) int64 {
	var tokens int64
	d := best(func(int) { tokens = lexOnce(c) })
	fmt.Println(header(c, "lex", tokens, d))
	return tokens
}

func parsePhase(c *corpus, tokens int64) {
	if tokens < 0 {
		tokens = lexOnce(c) // untimed; only for the tokens= field
	}
	d := best(func(r int) {
		if n := parseOnce(c, r == 0); n > 0 && r == 0 {
			fmt.Fprintf(os.Stderr, "gofront: warning: %d files with parse errors\n", n)
		}
	})
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		die("getrusage: %v", err)
	}
	fmt.Printf("%s peak_rss_kb=%d\n", header(c, "parse", tokens, d), ru.Maxrss) // Linux: KiB
}

func main() {
	list := flag.String("list", "", "file with one Go source path per line (required)")
	phase := flag.String("phase", "all", "all, lex or parse; all runs parse in a fresh child process")
	_ = flag.Bool("rss", false, "this process is the dedicated parse/RSS run (set by -phase=all; peak_rss_kb is always reported)")
	tokens := flag.Int64("tokens", -1, "token count to report for the parse phase (default: count it, untimed)")
	flag.Parse()
	if *list == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: gofront -list FILE [-phase all|lex|parse]")
		os.Exit(2)
	}

	switch *phase {
	case "lex":
		lexPhase(readCorpus(*list))
	case "parse":
		parsePhase(readCorpus(*list), *tokens)
	case "all":
		t := lexPhase(readCorpus(*list))
		exe, err := os.Executable()
		if err != nil {
			die("cannot locate own executable: %v", err)
		}
		cmd := exec.Command(exe, "-list", *list, "-phase=parse", "-rss", "-tokens="+strconv.FormatInt(t, 10))
		cmd.Stdout = os.Stdout
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			die("parse phase: %v", err)
		}
	default:
		die("unknown -phase %q", *phase)
	}
}
