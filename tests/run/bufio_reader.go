package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// oneByte returns one byte per Read, to exercise refills.
type oneByte struct{ s string }

func (r *oneByte) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond, with comma\r\nthird 世界\nno newline"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	b, err := r.ReadBytes(',')
	fmt.Printf("%q %v\n", b, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	for i := 0; i < 7; i++ {
		ru, size, err := r.ReadRune()
		fmt.Print(string(ru), size, err, " ")
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	p, err := r.Peek(3)
	fmt.Printf("peek %q %v buffered %d\n", p, err, r.Buffered())
	n, err := r.Discard(4)
	fmt.Println("discard", n, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	// Small buffer, one byte per read: long lines come in prefixes.
	r = bufio.NewReaderSize(&oneByte{"abcdefghijklmnopqrstuvwxyz0123456789\nshort\r\nend"}, 16)
	fmt.Println(r.Size())
	for {
		line, prefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("err", err)
			break
		}
		fmt.Printf("%q %v\n", line, prefix)
	}
	r.Reset(strings.NewReader("xyz"))
	sl, err := r.ReadSlice('q')
	fmt.Printf("%q %v\n", sl, err)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("a", 40)), 16)
	sl, err = r.ReadSlice('q')
	fmt.Printf("%q %v\n", sl, err)
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	long, err := r.ReadString('!')
	fmt.Println(len(long), err)

	var out bytes.Buffer
	r = bufio.NewReader(strings.NewReader("copied through WriteTo"))
	r.ReadByte()
	m, err := r.WriteTo(&out)
	fmt.Println(m, err, out.String())
	buf := make([]byte, 5)
	r = bufio.NewReader(&oneByte{"hello world"})
	k, err := r.Read(buf)
	fmt.Println(k, err, string(buf[:k]))
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&out))
	x, _ := rw.ReadString(0)
	rw.WriteString("+" + x)
	rw.Flush()
	fmt.Println(out.String(), bufio.NewReaderSize(r, 8) == r)
}
