// errorcheck

// Type errors: import conflicts.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

import (
	"fmt" // ERROR "imported and not used: .fmt."
	"fmt" // ERROR "fmt redeclared in this block\n\tLINE-1(:[0-9]+)?: other declaration of fmt" "imported and not used: .fmt."
	"os"
	os2 "os"
	"strings" // ERROR "imported and not used: .strings."
)

var fmt = 1 // ERROR "fmt already declared through import of package fmt \(.fmt.\)\n\tLINE-7(:[0-9]+)?: other declaration of fmt"

func strings() {} // ERROR "strings already declared through import of package strings \(.strings.\)\n\tLINE-5(:[0-9]+)?: other declaration of strings"

var _ = os.Args
var _ = os2.Args
