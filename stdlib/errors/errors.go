// Package errors implements functions to manipulate errors (Go 1.19 API: New, Unwrap, Is,
// As; no Join). As uses internal/gort instead of reflect.
package errors

import (
	"internal/gort"
	"unsafe"
)

// New returns an error that formats as the given text. Each call to New returns a distinct
// error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains an
// Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target: it equals target (when
// target's type is comparable) or has an Is(error) bool method that returns true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := gort.Comparable(gort.TypeOf(target))
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one is found, sets
// target to that error value and returns true. Otherwise, it returns false. An error
// matches target if its concrete value is assignable to the value pointed to by target, or
// if it has a method As(any) bool that returns true. As panics if target is not a non-nil
// pointer to either a type that implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	tt, tp := gort.Unpack(target)
	if gort.Kind(tt) != gort.Pointer || *(*unsafe.Pointer)(tp) == nil {
		panic("errors: target must be a non-nil pointer")
	}
	dst := *(*unsafe.Pointer)(tp)
	et := gort.Elem(tt)
	isIface := gort.Kind(et) == gort.Interface
	if !isIface && !gort.Implements(et, gort.ErrorType()) {
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if isIface {
			if gort.AssignIface(et, dst, err) {
				return true
			}
		} else if vt, vp := gort.Unpack(err); vt == et {
			gort.Copy(et, dst, vp)
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
