package main

import "fmt"

type State struct {
	Step int
	Name string
}

func (s State) String() string { return fmt.Sprintf("State{%d %s}", s.Step, s.Name) }

func main() {
	fmt.Println("start")
	panic(State{3, "parse"})
}
