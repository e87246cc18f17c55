// Package strings implements simple functions to manipulate UTF-8 encoded strings (Go 1.19
// API and semantics; gocc's implementation).
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns an integer comparing two strings lexicographically: 0 if a == b, -1 if
// a < b, and +1 if a > b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// Count counts the number of non-overlapping instances of substr in s. If substr is empty,
// Count returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// Index returns the index of the first instance of substr in s, or -1 if substr is not
// present in s.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	c0 := substr[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == c0 && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1 if substr is not
// present in s.
//
//go:noinline
func LastIndex(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the Unicode code point r, or -1 if
// rune is not present in s. If r is utf8.RuneError, it returns the first instance of any
// invalid UTF-8 byte sequence.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first instance of any Unicode code point from chars in
// s, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last instance of any Unicode code point from chars
// in s, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// explode splits s into a slice of UTF-8 strings, one per code point (invalid bytes one
// each), up to n (n < 0: no limit).
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s around sep, keeping sepSave bytes of sep in each piece, into at most n
// pieces.
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into substrings separated by sep: at most n of them (n < 0: all; n == 0:
// nil).
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into substrings after each instance of sep, at most n of them.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around each run of white space (unicode.IsSpace).
func Fields(s string) []string {
	// ASCII text in two passes: count the fields, then cut them into a slice of exactly that
	// length (one allocation, as gc's). Text with other bytes goes to FieldsFunc.
	n := 0
	wasSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		isSpace := asciiSpace[c] != 0
		if wasSpace && !isSpace {
			n++
		}
		wasSpace = isSpace
	}
	a := make([]string, n)
	k := 0
	i := 0
	for k < n {
		for asciiSpace[s[i]] != 0 {
			i++
		}
		start := i
		for i < len(s) && asciiSpace[s[i]] == 0 {
			i++
		}
		a[k] = s[start:i]
		k++
	}
	return a
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	var spans [][2]int
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, end})
				start = -1
			}
		} else if start < 0 {
			start = end
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp[0]:sp[1]]
	}
	return a
}

// Join concatenates the elements of its first argument to create a single string, with sep
// between elements.
//
//go:noinline
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return string(b)
}

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Map returns a copy of s with all its characters modified according to mapping; a
// negative result drops the character.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i, c := range s {
		r := mapping(c)
		if !changed {
			if r == c && c != utf8.RuneError {
				continue
			}
			// RuneError may stand for an invalid byte: compare the encodings.
			if c == utf8.RuneError && r == c {
				_, w := utf8.DecodeRuneInString(s[i:])
				if w != 1 {
					continue
				}
			}
			changed = true
			b = make([]byte, 0, len(s)+utf8.UTFMax)
			b = append(b, s[:i]...)
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// Repeat returns a new string consisting of count copies of s. It panics if count is
// negative or if len(s)*count overflows.
//
//go:noinline
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	} else if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	b := make([]byte, 0, len(s)*count)
	for i := 0; i < count; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
//
//go:noinline
func ToUpper(s string) string { return Map(unicode.ToUpper, s) }

// ToLower returns s with all Unicode letters mapped to their lower case.
//
//go:noinline
func ToLower(s string) string { return Map(unicode.ToLower, s) }

// ToTitle returns a copy of the string s with all Unicode letters mapped to their Unicode
// title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps to upper case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps to lower case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps to title case using the case mapping specified by c.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 byte sequences replaced by
// the replacement string.
func ToValidUTF8(s, replacement string) string {
	var b []byte
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
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
	return string(b)
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

// Title returns a copy of s with all Unicode letters that begin words mapped to their title
// case. Deprecated in Go: it does not handle Unicode punctuation properly.
func Title(s string) string {
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

// TrimLeftFunc returns s without the leading code points c satisfying f(c).
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s without the trailing code points c satisfying f(c).
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	} else {
		i++
	}
	return s[:i]
}

// TrimFunc returns s without the leading and trailing code points c satisfying f(c).
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// IndexFunc returns the index into s of the first code point satisfying f(c), or -1.
func IndexFunc(s string, f func(rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the index into s of the last code point satisfying f(c), or -1.
func LastIndexFunc(s string, f func(rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool { return IndexRune(cutset, r) >= 0 }
}

// Trim returns s with all leading and trailing code points contained in cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimFunc(s, inCutset(cutset))
}

// TrimLeft returns s with all leading code points contained in cutset removed.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimRight returns s with all trailing code points contained in cutset removed.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimSpace returns s with all leading and trailing white space removed.
//
//go:noinline
func TrimSpace(s string) string { return TrimFunc(s, unicode.IsSpace) }

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced by
// new (n < 0: all). An empty old matches at the beginning and after each UTF-8 sequence.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, w := utf8.DecodeRuneInString(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return string(b)
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
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
	return s == t
}

// Cut slices s around the first instance of sep, returning the text before and after sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}
