package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type buf struct {
	data   []string
	closed bool
}

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *buf) Close() error {
	if b.closed {
		return fmt.Errorf("already closed")
	}
	b.closed = true
	return nil
}

func use(rw ReadWriter) {
	rw.Write("hello")
	rw.Write("world")
	fmt.Println(rw.Read())
}

func main() {
	b := &buf{}
	var rwc ReadWriteCloser = b
	use(rwc)
	var r Reader = rwc
	fmt.Println(r.Read())
	var w Writer = b
	fmt.Println(w.Write("abc"))
	fmt.Println(rwc.Close(), rwc.Close())
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
	type Both interface {
		Reader
		Read() string
	}
	var both Both = b
	fmt.Println(both.Read())
}
