package strings

import (
	"io"
	"sync"
	"unicode/utf8"
)

// Replacer replaces a list of strings with replacements. (gocc: one generic algorithm —
// at each position the first old string in argument order that matches wins.)
type Replacer struct {
	once   sync.Once // unused by gocc (no lazy build)
	r      replacer
	oldnew []string
}

// replacer is the interface that a replacement algorithm needs to implement.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. Replacements are
// performed in the order they appear in the target string, without overlapping matches; the
// old strings are compared in argument order. It panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0
	for i := 0; i <= len(s); {
		matched := -1
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if HasPrefix(s[i:], old) {
				matched = k
				break
			}
		}
		if matched < 0 {
			i++
			continue
		}
		if !changed {
			b = make([]byte, 0, len(s))
			changed = true
		}
		b = append(b, s[last:i]...)
		b = append(b, r.oldnew[matched+1]...)
		old := r.oldnew[matched]
		if old == "" {
			// An empty match: keep the next character and move past it.
			if i == len(s) {
				last = i
				break
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			b = append(b, s[i:i+w]...)
			i += w
			last = i
			continue
		}
		i += len(old)
		last = i
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
