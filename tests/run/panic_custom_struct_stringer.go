package main

import "fmt"

// An unrecovered panic whose value is a struct with a String method: gc prints String().
// (A struct without methods would print its address, which is not reproducible.)

type State struct {
	Step int
	Name string
}

func (s State) String() string { return fmt.Sprintf("State{%d %s}", s.Step, s.Name) }

func advance(s State) State {
	if s.Step == 3 {
		panic(s)
	}
	return State{s.Step + 1, s.Name}
}

func main() {
	fmt.Println("start")
	s := State{0, "parse"}
	for {
		s = advance(s)
		fmt.Println("now", s)
	}
}
