package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToBack(e1)
	dump(l)
	l.Remove(e4)
	dump(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	dump(l)
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(string); ok {
			l.Remove(e)
		}
		e = next
	}
	dump(l)
	var zero list.List
	zero.PushBack("lazy init")
	dump(&zero)
}
