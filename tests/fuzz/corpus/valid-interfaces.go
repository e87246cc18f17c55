package ifaces

import "io"

type ReadWriter interface {
	io.Reader
	Write(p []byte) (n int, err error)
}

type Empty interface{}

type Union interface {
	int | string
	comparable
	String() string
}

type Embeds interface {
	ReadWriter
	interface{ Close() error }
}

func F(r interface {
	Read([]byte) (int, error)
}) {
}
