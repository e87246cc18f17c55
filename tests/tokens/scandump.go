// scandump is the reference ("oracle") token dumper for gocc's lexer parity
// test. It tokenizes Go source files with the standard library's go/scanner
// and prints every token in a stable, line-oriented text format that
// `gocc tokens` reproduces byte for byte.
//
// Usage:
//
//	scandump [-list FILE] [FILES...]
//
// -list names a file holding one path per line (blank lines are ignored).
// Files named by -list are processed first, then the positional arguments.
//
// Output, per input file:
//
//	== PATH
//	LINE:COL KIND TEXT        (one line per token, up to and including EOF)
//	LINE:COL ERROR message    (scanner errors of this file, after EOF)
//
// LINE:COL is the unadjusted position (//line directives are ignored),
// 1-based, column counted in bytes. KIND is the go/token constant name.
// TEXT is the scanner's literal for IDENT, INT, FLOAT, IMAG, CHAR, STRING,
// COMMENT and SEMICOLON ("\n" for an automatic semicolon, ";" for an
// explicit one), empty for EOF, and tok.String() for operators and keywords.
// TEXT is escaped byte-wise: '\\' -> `\\`, '\n' -> `\n`, '\r' -> `\r`.
// When TEXT is empty the line ends right after KIND (no trailing space).
//
// Build: go build -o scandump scandump.go   (no go.mod needed)
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"strconv"
	"strings"
)

// kindNames maps every go/token constant to its Go identifier. An explicit
// table (instead of tok.String()) keeps the output independent of the
// printable spellings and makes the C++ side's table easy to check.
var kindNames = map[token.Token]string{
	token.ILLEGAL: "ILLEGAL",
	token.EOF:     "EOF",
	token.COMMENT: "COMMENT",

	token.IDENT:  "IDENT",
	token.INT:    "INT",
	token.FLOAT:  "FLOAT",
	token.IMAG:   "IMAG",
	token.CHAR:   "CHAR",
	token.STRING: "STRING",

	token.ADD: "ADD",
	token.SUB: "SUB",
	token.MUL: "MUL",
	token.QUO: "QUO",
	token.REM: "REM",

	token.AND:     "AND",
	token.OR:      "OR",
	token.XOR:     "XOR",
	token.SHL:     "SHL",
	token.SHR:     "SHR",
	token.AND_NOT: "AND_NOT",

	token.ADD_ASSIGN: "ADD_ASSIGN",
	token.SUB_ASSIGN: "SUB_ASSIGN",
	token.MUL_ASSIGN: "MUL_ASSIGN",
	token.QUO_ASSIGN: "QUO_ASSIGN",
	token.REM_ASSIGN: "REM_ASSIGN",

	token.AND_ASSIGN:     "AND_ASSIGN",
	token.OR_ASSIGN:      "OR_ASSIGN",
	token.XOR_ASSIGN:     "XOR_ASSIGN",
	token.SHL_ASSIGN:     "SHL_ASSIGN",
	token.SHR_ASSIGN:     "SHR_ASSIGN",
	token.AND_NOT_ASSIGN: "AND_NOT_ASSIGN",

	token.LAND:  "LAND",
	token.LOR:   "LOR",
	token.ARROW: "ARROW",
	token.INC:   "INC",
	token.DEC:   "DEC",

	token.EQL:    "EQL",
	token.LSS:    "LSS",
	token.GTR:    "GTR",
	token.ASSIGN: "ASSIGN",
	token.NOT:    "NOT",

	token.NEQ:      "NEQ",
	token.LEQ:      "LEQ",
	token.GEQ:      "GEQ",
	token.DEFINE:   "DEFINE",
	token.ELLIPSIS: "ELLIPSIS",

	token.LPAREN: "LPAREN",
	token.LBRACK: "LBRACK",
	token.LBRACE: "LBRACE",
	token.COMMA:  "COMMA",
	token.PERIOD: "PERIOD",

	token.RPAREN:    "RPAREN",
	token.RBRACK:    "RBRACK",
	token.RBRACE:    "RBRACE",
	token.SEMICOLON: "SEMICOLON",
	token.COLON:     "COLON",
	token.TILDE:     "TILDE",

	token.BREAK:    "BREAK",
	token.CASE:     "CASE",
	token.CHAN:     "CHAN",
	token.CONST:    "CONST",
	token.CONTINUE: "CONTINUE",

	token.DEFAULT:     "DEFAULT",
	token.DEFER:       "DEFER",
	token.ELSE:        "ELSE",
	token.FALLTHROUGH: "FALLTHROUGH",
	token.FOR:         "FOR",

	token.FUNC:   "FUNC",
	token.GO:     "GO",
	token.GOTO:   "GOTO",
	token.IF:     "IF",
	token.IMPORT: "IMPORT",

	token.INTERFACE: "INTERFACE",
	token.MAP:       "MAP",
	token.PACKAGE:   "PACKAGE",
	token.RANGE:     "RANGE",
	token.RETURN:    "RETURN",

	token.SELECT: "SELECT",
	token.STRUCT: "STRUCT",
	token.SWITCH: "SWITCH",
	token.TYPE:   "TYPE",
	token.VAR:    "VAR",
}

// kindTable is kindNames flattened into a slice indexed by token value.
var kindTable []string

func init() {
	max := 0
	for tok := range kindNames {
		if int(tok) > max {
			max = int(tok)
		}
	}
	kindTable = make([]string, max+1)
	for tok, name := range kindNames {
		kindTable[tok] = name
	}
}

func kindName(tok token.Token) string {
	if int(tok) >= 0 && int(tok) < len(kindTable) && kindTable[tok] != "" {
		return kindTable[tok]
	}
	// Not reachable with go1.19's scanner; keep the output well-formed.
	return "TOKEN" + strconv.Itoa(int(tok))
}

// hasLiteral reports whether TEXT is the scanner's literal (as opposed to
// tok.String()).
func hasLiteral(tok token.Token) bool {
	switch tok {
	case token.IDENT, token.INT, token.FLOAT, token.IMAG, token.CHAR,
		token.STRING, token.COMMENT, token.SEMICOLON, token.ILLEGAL:
		return true
	}
	return false
}

// appendEscaped appends s with '\\', '\n' and '\r' escaped.
func appendEscaped(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			buf = append(buf, '\\', '\\')
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\r':
			buf = append(buf, '\\', 'r')
		default:
			buf = append(buf, c)
		}
	}
	return buf
}

func appendPos(buf []byte, p token.Position) []byte {
	buf = strconv.AppendInt(buf, int64(p.Line), 10)
	buf = append(buf, ':')
	buf = strconv.AppendInt(buf, int64(p.Column), 10)
	return buf
}

type scanError struct {
	offset int
	msg    string
}

// dumpFile tokenizes one file and writes its section to w.
func dumpFile(w *bufio.Writer, path string, src []byte, buf []byte) []byte {
	fset := token.NewFileSet()
	file := fset.AddFile(path, -1, len(src))

	var errs []scanError
	handler := func(pos token.Position, msg string) {
		// The handler receives a position adjusted by //line directives;
		// remember the offset and recompute the unadjusted position later.
		errs = append(errs, scanError{pos.Offset, msg})
	}

	var s scanner.Scanner
	s.Init(file, src, handler, scanner.ScanComments)

	buf = append(buf[:0], "== "...)
	buf = append(buf, path...)
	buf = append(buf, '\n')
	for {
		pos, tok, lit := s.Scan()
		buf = appendPos(buf, file.PositionFor(pos, false))
		buf = append(buf, ' ')
		buf = append(buf, kindName(tok)...)
		text := lit
		if !hasLiteral(tok) {
			if tok == token.EOF {
				text = ""
			} else {
				text = tok.String()
			}
		}
		if text != "" {
			buf = append(buf, ' ')
			buf = appendEscaped(buf, text)
		}
		buf = append(buf, '\n')
		if len(buf) >= 64<<10 {
			w.Write(buf)
			buf = buf[:0]
		}
		if tok == token.EOF {
			break
		}
	}
	for _, e := range errs {
		buf = appendPos(buf, file.PositionFor(file.Pos(e.offset), false))
		buf = append(buf, " ERROR "...)
		buf = appendEscaped(buf, e.msg)
		buf = append(buf, '\n')
	}
	w.Write(buf)
	return buf[:0]
}

func main() {
	list := flag.String("list", "", "file containing one input path per line")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: scandump [-list FILE] [FILES...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	var paths []string
	if *list != "" {
		data, err := os.ReadFile(*list)
		if err != nil {
			fmt.Fprintf(os.Stderr, "scandump: %v\n", err)
			os.Exit(1)
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSuffix(line, "\r")
			if line != "" {
				paths = append(paths, line)
			}
		}
	}
	paths = append(paths, flag.Args()...)
	if len(paths) == 0 {
		flag.Usage()
		os.Exit(2)
	}

	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	buf := make([]byte, 0, 128<<10)
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			w.Flush()
			fmt.Fprintf(os.Stderr, "scandump: %v\n", err)
			os.Exit(1)
		}
		buf = dumpFile(w, path, src, buf)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "scandump: write: %v\n", err)
		os.Exit(1)
	}
}
