package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func open(path string) error {
	switch path {
	case "/missing":
		return &PathError{"open", path, ErrNotFound}
	case "/root":
		return fmt.Errorf("open failed: %w", &PathError{"open", path, ErrPerm})
	case "/code":
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", codeErr(7)))
	}
	return nil
}

func main() {
	for _, p := range []string{"/ok", "/missing", "/root", "/code"} {
		err := open(p)
		fmt.Println(p, "->", err)
		var pe *PathError
		var ce codeErr
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), "is Perm:", errors.Is(err, ErrPerm))
		if errors.As(err, &pe) {
			fmt.Println("  PathError op", pe.Op, "path", pe.Path)
		}
		if errors.As(err, &ce) {
			fmt.Println("  codeErr", int(ce))
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
	fmt.Println(fmt.Errorf("no wrap: %v", ErrPerm) == nil, errors.Unwrap(fmt.Errorf("no wrap: %v", ErrPerm)))
}
