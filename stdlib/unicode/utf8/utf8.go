// Package utf8 implements functions and constants to support text encoded in UTF-8
// (Go 1.19 semantics, gocc's implementation).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decode decodes the first rune of the bytes given by at(i), i < n. It returns
// (RuneError, 1) for an invalid encoding and (RuneError, 0) for n == 0.
// Second bytes are restricted as in Unicode's table 3-7 (no overlongs, surrogates or
// runes above MaxRune).
func decode(n int, at func(int) byte) (rune, int) {
	if n < 1 {
		return RuneError, 0
	}
	b0 := at(0)
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	var size int
	var lo, hi byte = 0x80, 0xBF
	var r rune
	switch {
	case b0 < 0xC2:
		return RuneError, 1
	case b0 < 0xE0:
		size, r = 2, rune(b0&0x1F)
	case b0 < 0xF0:
		size, r = 3, rune(b0&0x0F)
		if b0 == 0xE0 {
			lo = 0xA0
		} else if b0 == 0xED {
			hi = 0x9F
		}
	case b0 < 0xF5:
		size, r = 4, rune(b0&0x07)
		if b0 == 0xF0 {
			lo = 0x90
		} else if b0 == 0xF4 {
			hi = 0x8F
		}
	default:
		return RuneError, 1
	}
	if n < size {
		// A truncated sequence is still one error byte.
		return RuneError, 1
	}
	b1 := at(1)
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	r = r<<6 | rune(b1&0x3F)
	for i := 2; i < size; i++ {
		b := at(i)
		if b < 0x80 || 0xBF < b {
			return RuneError, 1
		}
		r = r<<6 | rune(b&0x3F)
	}
	return r, size
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width in
// bytes. (RuneError, 0) for an empty p, (RuneError, 1) for an invalid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) > 0 && p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	return decode(len(p), func(i int) byte { return p[i] })
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decode(len(s), func(i int) byte { return s[i] })
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune. An
// invalid encoding is considered a full Rune since it will convert as a width-1 error rune.
func FullRune(p []byte) bool {
	return fullRune(len(p), func(i int) byte { return p[i] })
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	return fullRune(len(s), func(i int) byte { return s[i] })
}

func fullRune(n int, at func(int) byte) bool {
	if n == 0 {
		return false
	}
	b0 := at(0)
	var size int
	switch {
	case b0 < 0xC2:
		return true
	case b0 < 0xE0:
		size = 2
	case b0 < 0xF0:
		size = 3
	case b0 < 0xF5:
		size = 4
	default:
		return true
	}
	if n >= size {
		return true
	}
	// Shorter than needed: full only if what is there is already invalid.
	_, w := decode(n, at)
	if w == 1 {
		// decode reports truncation as an error too; look at the bytes present.
		var lo, hi byte = 0x80, 0xBF
		switch b0 {
		case 0xE0:
			lo = 0xA0
		case 0xED:
			hi = 0x9F
		case 0xF0:
			lo = 0x90
		case 0xF4:
			hi = 0x8F
		}
		if n > 1 {
			if b := at(1); b < lo || hi < b {
				return true
			}
		}
		if n > 2 {
			if b := at(2); b < 0x80 || 0xBF < b {
				return true
			}
		}
	}
	return false
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its width
// in bytes.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes required to encode the rune, or -1 if the rune is not
// a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune. If
// the rune is out of range, it writes the encoding of RuneError. It returns the number of
// bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var b [UTFMax]byte
	n := EncodeRune(b[:], r)
	return append(p, b[:n]...)
}

// RuneCount returns the number of runes in p (erroneous and short encodings count as one
// rune of width 1).
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly
// invalid rune. Second and subsequent bytes always have the top two bits set to 10.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points that are out of
// range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
