package flag

import (
	"fmt"
	"internal/gort"
	"unsafe"
)

// zeroString returns what the String method of a zero value of v's dynamic type returns:
// for a pointer type *T, a pointer to a new zero T (as gc's flag builds with reflect.New);
// otherwise the zero value of the type itself. A panic in String becomes an error naming the
// type (without its '*') and the flag.
func zeroString(v Value, flagName string) (s string, err error) {
	switch v.(type) {
	case *boolValue:
		return "false", nil
	case *intValue, *int64Value, *uintValue, *uint64Value, *float64Value:
		return "0", nil
	case *stringValue, funcValue:
		return "", nil
	case *durationValue:
		return "0s", nil
	}
	t := gort.TypeOf(v)
	shown := t
	var z any
	if gort.Kind(t) == gort.Pointer {
		shown = gort.Elem(t)
		p := zeroMemory(gort.Size(shown))
		z = gort.Pack(t, unsafe.Pointer(&p))
	} else {
		z = gort.Pack(t, zeroMemory(gort.Size(t)))
	}
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("panic calling String method on zero %s for flag %s: %v",
				gort.TypeString(shown), flagName, e)
		}
	}()
	return z.(Value).String(), nil
}

// zeroMemory returns the address of size zeroed bytes, pointer-aligned, that the collector
// scans as pointers (the type living there may hold some).
func zeroMemory(size uintptr) unsafe.Pointer {
	words := make([]unsafe.Pointer, size/unsafe.Sizeof(uintptr(0))+1)
	return unsafe.Pointer(&words[0])
}
