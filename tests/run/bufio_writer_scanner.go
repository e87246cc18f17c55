package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type shortWriter struct{ n int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(out, "hello", 42)
	out.WriteString("buffered ")
	out.WriteByte('x')
	out.WriteRune('世')
	out.WriteRune('\n')
	fmt.Println("size", out.Size(), "buffered", out.Buffered(), "available", out.Available())
	out.Flush()

	var b bytes.Buffer
	w := bufio.NewWriterSize(&b, 4)
	n, err := w.Write([]byte("abcdefghij"))
	fmt.Println(n, err, b.String(), w.Buffered())
	w.WriteString("klmnop")
	fmt.Println(b.String(), w.Buffered())
	w.Flush()
	fmt.Println(b.String(), w.Buffered(), w.Size(), bufio.NewWriterSize(w, 2) == w)
	w.WriteRune('é')
	w.WriteRune('世')
	w.Flush()
	fmt.Printf("%q\n", b.String())
	n2, err := w.ReadFrom(strings.NewReader("0123456789"))
	w.Flush()
	fmt.Println(n2, err, b.String())

	sw := bufio.NewWriterSize(&shortWriter{n: 3}, 16)
	sw.WriteString("0123456789")
	fmt.Println(sw.Flush(), sw.Buffered())
	fw := bufio.NewWriter(failWriter{})
	fw.WriteString("x")
	fmt.Println(fw.Flush(), fw.WriteByte('y'))
	fw.Reset(&b)
	fmt.Println(fw.WriteByte('z'), fw.Flush(), b.Len())

	// Scanners: lines (with \r\n and a last line without newline), words, runes, bytes.
	sc := bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nthree"))
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("  alpha beta\t gamma\u00a0delta\u3000 epsilon  "))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
		fmt.Printf("word %q\n", sc.Bytes())
	}
	fmt.Println(count)
	sc = bufio.NewScanner(strings.NewReader("a世\xffb"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("rune %q\n", sc.Text())
	}
	sc = bufio.NewScanner(strings.NewReader("xyz"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println()

	// A long line: too long for a small maximum, fine for a bigger one.
	long := strings.Repeat("z", 10000) + "\nend\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 100), 1000)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(long))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err(), bufio.MaxScanTokenSize)

	// A split function that stops early.
	sc = bufio.NewScanner(strings.NewReader("1,2,STOP,3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, data[:i], bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	for sc.Scan() {
		fmt.Println("field", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Scan())
	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Split(bufio.ScanLines)
}
