// Package bytes implements functions for the manipulation of byte slices (Go 1.19 API;
// gocc's implementation). Results that are parts of the input alias it as in gc.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b are the same length and contain the same bytes. A nil
// argument is equivalent to an empty slice.
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	switch {
	case sa == sb:
		return 0
	case sa < sb:
		return -1
	}
	return 1
}

// Count counts the number of non-overlapping instances of sep in s (1 + rune count for an
// empty sep).
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of sep in s, or -1.
//
//go:noinline
func Index(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return 0
	}
	if n > len(s) {
		return -1
	}
	t := string(sep)
	for i := 0; i+n <= len(s); i++ {
		if s[i] == sep[0] && string(s[i:i+n]) == t {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1.
//
//go:noinline
func LastIndex(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if string(s[i:i+n]) == string(sep) {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first occurrence in s of the given rune, or -1.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			r1, n := utf8.DecodeRune(s[i:])
			if r1 == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return Index(s, b[:n])
}

func containsRune(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the byte index of the first occurrence in s of any of the code points in
// chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if containsRune(chars, r) {
			return i
		}
		i += w
	}
	return -1
}

// LastIndexAny returns the byte index of the last occurrence in s of any of the code
// points in chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if containsRune(chars, r) {
			return i
		}
	}
	return -1
}

func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into subslices separated by sep, at most n of them.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep, at most n of them.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around each run of white space.
//
//go:noinline
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var a [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		a = append(a, s[start:len(s):len(s)])
	}
	return a
}

// Join concatenates the elements of s to create a new byte slice, with sep between them.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	b = append(b, s[0]...)
	for _, v := range s[1:] {
		b = append(b, sep...)
		b = append(b, v...)
	}
	return b
}

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[0:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Map returns a copy of s with all its characters modified according to mapping (negative
// results dropped).
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += w
	}
	return b
}

// Repeat returns a new byte slice consisting of count copies of b.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	} else if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	nb := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		nb = append(nb, b...)
	}
	return nb
}

// ToUpper returns a copy of s with all Unicode letters mapped to their upper case.
//
//go:noinline
func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }

// ToLower returns a copy of s with all Unicode letters mapped to their lower case.
//
//go:noinline
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps to upper case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial maps to lower case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial maps to title case using the case mapping specified by c.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 byte sequences replaced by
// the replacement slice.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+w]...)
		i += w
	}
	return b
}

func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title treats s as UTF-8-encoded bytes and returns a copy with all Unicode letters that
// begin words mapped to their title case.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if f(r) == truth {
			return i
		}
		i += w
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// TrimLeftFunc returns a subslice of s without the leading code points satisfying f.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s without the trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRune(s[i:])
		i += w
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a subslice of s without the leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// IndexFunc returns the byte index in s of the first code point satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the byte index in s of the last code point satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool { return containsRune(cutset, r) }
}

// Trim returns a subslice of s with all leading and trailing code points in cutset removed.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimFunc(s, inCutset(cutset))
}

// TrimLeft returns a subslice of s with all leading code points in cutset removed.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimRight returns a subslice of s with all trailing code points in cutset removed.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimSpace returns a subslice of s with all leading and trailing white space removed.
//
//go:noinline
func TrimSpace(s []byte) []byte { return TrimFunc(s, unicode.IsSpace) }

// Runes interprets s as a sequence of UTF-8-encoded code points and returns a slice of runes.
func Runes(s []byte) []rune {
	t := make([]rune, 0, utf8.RuneCount(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		t = append(t, r)
		i += w
	}
	return t
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced by
// new (n < 0: all).
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRune(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		t = append(t, s[start:j]...)
		t = append(t, new...)
		start = j + len(old)
	}
	return append(t, s[start:]...)
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		sr, sn := utf8.DecodeRune(s)
		tr, tn := utf8.DecodeRune(t)
		s, t = s[sn:], t[tn:]
		if tr == sr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return len(s) == len(t)
}

// Cut slices s around the first instance of sep, returning the text before and after sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}
