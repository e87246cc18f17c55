// Package fmt: formatted I/O with the semantics of Go 1.19's fmt, for gocc.
//
// This file holds the low-level formatter (padding, integers, floats, strings); print.go
// drives it from format strings, value.go prints arbitrary values through internal/gort.
package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

const (
	signed   = true
	unsigned = false
)

// flags of one verb
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	// %+v and %#v are remembered separately: plus and sharp are cleared for them.
	plusV  bool
	sharpV bool
}

// buffer is the output under construction.
type buffer []byte

func (b *buffer) write(p []byte)       { *b = append(*b, p...) }
func (b *buffer) writeString(s string) { *b = append(*b, s...) }
func (b *buffer) writeByte(c byte)     { *b = append(*b, c) }

//go:noinline
func (b *buffer) writeRune(r rune) {
	if r < utf8.RuneSelf {
		*b = append(*b, byte(r))
		return
	}
	*b = utf8.AppendRune(*b, r)
}

// formatter is the state of one verb: flags, width, precision, output.
type formatter struct {
	buf *buffer
	fmtFlags
	wid    int
	prec   int
	intbuf [68]byte
}

func (f *formatter) clearflags() {
	f.fmtFlags = fmtFlags{}
}

func (f *formatter) init(buf *buffer) {
	f.buf = buf
	f.clearflags()
}

// writePadding appends n pad bytes (spaces, or zeros with the 0 flag).
func (f *formatter) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if f.zero {
		c = '0'
	}
	for i := 0; i < n; i++ {
		*f.buf = append(*f.buf, c)
	}
}

// pad appends b padded to the width (counted in runes).
func (f *formatter) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	n := f.wid - utf8.RuneCount(b)
	if f.minus {
		f.buf.write(b)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		f.buf.write(b)
	}
}

func (f *formatter) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	n := f.wid - utf8.RuneCountInString(s)
	if f.minus {
		f.buf.writeString(s)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		f.buf.writeString(s)
	}
}

func (f *formatter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats u as U+0078, or U+0078 'x' with the # flag.
func (f *formatter) fmtUnicode(u uint64) {
	buf := f.intbuf[0:]
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
		if n := 2 + prec + 2 + utf8.UTFMax + 1; n > len(buf) {
			buf = make([]byte, n)
		}
	}
	i := len(buf)
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	for u >= 16 {
		i--
		buf[i] = udigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	buf[i] = udigits[u]
	prec--
	for prec > 0 {
		i--
		buf[i] = '0'
		prec--
	}
	i--
	buf[i] = '+'
	i--
	buf[i] = 'U'
	zero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = zero
}

// fmtInteger formats u (a two's-complement int64 when isSigned) in the given base.
func (f *formatter) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	buf := f.intbuf[0:]
	if f.widPresent || f.precPresent {
		if n := 3 + f.wid + f.prec; n > len(buf) {
			buf = make([]byte, n)
		}
	}
	// Minimum number of digits: the precision, or the width with the 0 flag.
	prec := 0
	if f.precPresent {
		prec = f.prec
		if prec == 0 && u == 0 {
			zero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = zero
			return
		}
	} else if f.zero && f.widPresent {
		prec = f.wid
		if negative || f.plus || f.space {
			prec-- // room for the sign
		}
	}
	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			i--
			q := u / 10
			buf[i] = byte('0' + u - q*10)
			u = q
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}
	if f.sharp {
		switch base {
		case 2:
			i--
			buf[i] = 'b'
			i--
			buf[i] = '0'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i--
			buf[i] = digits[16]
			i--
			buf[i] = '0'
		}
	}
	if verb == 'O' {
		i--
		buf[i] = 'o'
		i--
		buf[i] = '0'
	}
	if negative {
		i--
		buf[i] = '-'
	} else if f.plus {
		i--
		buf[i] = '+'
	} else if f.space {
		i--
		buf[i] = ' '
	}
	// The zeros are already there; padding beyond them uses spaces.
	zero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = zero
}

// truncateString cuts s to the precision, counted in runes.
func (f *formatter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (f *formatter) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			size := 1
			if b[i] >= utf8.RuneSelf {
				_, size = utf8.DecodeRune(b[i:])
			}
			i += size
		}
	}
	return b
}

func (f *formatter) fmtS(s string) {
	f.padString(f.truncateString(s))
}

func (f *formatter) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx formats s (or b when it is not nil) as hexadecimal bytes.
func (f *formatter) fmtSbx(s string, b []byte, digits string) {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if f.precPresent && f.prec < n {
		n = f.prec
	}
	width := 2 * n
	if width == 0 {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.space {
		if f.sharp {
			width *= 2
		}
		width += n - 1
	} else if f.sharp {
		width += 2
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	out := *f.buf
	if f.sharp {
		out = append(out, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if f.space && i > 0 {
			out = append(out, ' ')
			if f.sharp {
				out = append(out, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		out = append(out, digits[c>>4], digits[c&0xF])
	}
	*f.buf = out
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *formatter) fmtSx(s, digits string)        { f.fmtSbx(s, nil, digits) }
func (f *formatter) fmtBx(b []byte, digits string) { f.fmtSbx("", b, digits) }

// fmtQ formats a double-quoted (or with # a back-quoted) string.
func (f *formatter) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(buf, s))
	} else {
		f.pad(strconv.AppendQuote(buf, s))
	}
}

// fmtC formats the character c.
func (f *formatter) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	f.pad(b[:n])
}

// fmtQc formats a single-quoted character.
func (f *formatter) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(buf, r))
	} else {
		f.pad(strconv.AppendQuoteRune(buf, r))
	}
}

// fmtFloat formats v with strconv's verb and precision (the verb's precision wins).
func (f *formatter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num[0] is reserved for the sign.
	num := strconv.AppendFloat(f.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Infinities and NaN are not padded with zeros.
	if num[1] == 'I' || num[1] == 'N' {
		zero := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = zero
		return
	}
	// The # flag keeps the decimal point and, for %g, the trailing zeros.
	if f.sharp && verb != 'b' {
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		var tail []byte
		hasPoint := false
		nonzero := false
		for i := 1; i < len(num); i++ {
			c := num[i]
			if c == '.' {
				hasPoint = true
				continue
			}
			if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break
			}
			if c != '0' {
				nonzero = true
			}
			if nonzero {
				digits--
			}
		}
		if !hasPoint {
			if len(num) == 2 && num[1] == '0' {
				digits-- // a lone 0 counts as a digit
			}
			num = append(num, '.')
		}
		for digits > 0 {
			num = append(num, '0')
			digits--
		}
		num = append(num, tail...)
	}
	if f.plus || num[0] != '+' {
		// With zero padding the sign goes before the zeros.
		if f.zero && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}
