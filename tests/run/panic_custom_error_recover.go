package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string { return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code) }

var ErrSentinel = errors.New("sentinel")

func check(n int) {
	switch {
	case n < 0:
		panic(&ValidationError{"n", n})
	case n == 0:
		panic(ErrSentinel)
	case n > 100:
		panic(fmt.Errorf("too big: %w", ErrSentinel))
	}
}

func run(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("non-error panic: %v", r)
		}
	}()
	check(n)
	return nil
}

func main() {
	for _, n := range []int{5, -3, 0, 500} {
		err := run(n)
		var ve *ValidationError
		fmt.Println(n, err, errors.Is(err, ErrSentinel), errors.As(err, &ve))
		if ve != nil {
			fmt.Println("  field", ve.Field, "code", ve.Code)
		}
	}
}
