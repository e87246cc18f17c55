// Helpers: Must and ParseFiles. (ParseGlob and ParseFS need path/filepath's and io/fs's
// globbing, which gocc's bundled library does not have.)

package template

import (
	"fmt"
	"os"
	"strings"
)

// Must is a helper that wraps a call to a function returning (*Template, error) and panics
// if the error is non-nil. It is intended for use in variable initializations such as
//
//	var t = template.Must(template.New("name").Parse("text"))
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// ParseFiles creates a new Template and parses the template definitions from the named
// files. The returned template's name will have the base name and parsed contents of the
// first file.
func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, filenames...)
}

// ParseFiles parses the named files and associates the resulting templates with t.
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	t.init()
	return parseFiles(t, filenames...)
}

func parseFiles(t *Template, filenames ...string) (*Template, error) {
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: no files named in call to ParseFiles")
	}
	for _, filename := range filenames {
		b, err := os.ReadFile(filename)
		if err != nil {
			return nil, err
		}
		name := baseName(filename)
		// The first file names the result unless t has a name; a file named like t defines t.
		if t == nil {
			t = New(name)
		}
		tmpl := t
		if name != t.Name() {
			tmpl = t.New(name)
		}
		if _, err := tmpl.Parse(string(b)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// baseName is path/filepath.Base on Unix.
func baseName(path string) string {
	if path == "" {
		return "."
	}
	path = strings.TrimRight(path, "/")
	if path == "" {
		return "/"
	}
	if i := strings.LastIndex(path, "/"); i >= 0 {
		path = path[i+1:]
	}
	return path
}
