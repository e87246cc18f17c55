package fmt

import (
	"errors"
	"io"
)

// Scanning is not implemented by gocc's fmt yet: every Scan function returns
// errScanUnsupported without reading input.

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

var errScanUnsupported = errors.New("fmt: scanning is not supported by gocc yet")

func Scan(a ...any) (n int, err error)                              { return 0, errScanUnsupported }
func Scanln(a ...any) (n int, err error)                            { return 0, errScanUnsupported }
func Scanf(format string, a ...any) (n int, err error)              { return 0, errScanUnsupported }
func Sscan(str string, a ...any) (n int, err error)                 { return 0, errScanUnsupported }
func Sscanln(str string, a ...any) (n int, err error)               { return 0, errScanUnsupported }
func Sscanf(str string, format string, a ...any) (n int, err error) { return 0, errScanUnsupported }

//go:noinline
func Fscan(r io.Reader, a ...any) (n int, err error) { return 0, errScanUnsupported }

//go:noinline
func Fscanln(r io.Reader, a ...any) (n int, err error) { return 0, errScanUnsupported }

//go:noinline
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) { return 0, errScanUnsupported }
