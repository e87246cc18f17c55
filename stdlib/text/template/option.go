// Options: missingkey.

package template

import "strings"

type missingKeyAction int

const (
	mapInvalid   missingKeyAction = iota // return an invalid value ("<no value>")
	mapZeroValue                         // return the zero value of the map's element type
	mapError                             // error out
)

type option struct {
	missingKey missingKeyAction
}

// Option sets options for the template. Options are described by strings, either a simple
// string or "key=value". There can be at most one equals sign in an option string. If the
// option string is unrecognized or otherwise invalid, Option panics.
//
// Known options: "missingkey=default" or "missingkey=invalid" (a missing map key is no value,
// printed "<no value>"), "missingkey=zero" (the element type's zero value) and
// "missingkey=error" (execution stops with an error).
func (t *Template) Option(opt ...string) *Template {
	t.init()
	for _, s := range opt {
		t.setOption(s)
	}
	return t
}

func (t *Template) setOption(opt string) {
	if opt == "" {
		panic("empty option string")
	}
	if key, value, ok := strings.Cut(opt, "="); ok && key == "missingkey" {
		switch value {
		case "invalid", "default":
			t.option.missingKey = mapInvalid
			return
		case "zero":
			t.option.missingKey = mapZeroValue
			return
		case "error":
			t.option.missingKey = mapError
			return
		}
	}
	panic("unrecognized option: " + opt)
}
