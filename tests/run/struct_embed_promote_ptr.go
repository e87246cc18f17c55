package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Base
	Port int
}

func main() {
	s := Service{Logger: &Logger{"[svc] "}, Base: Base{1, "alpha"}, Port: 80}
	fmt.Println(s.ID, s.Name, s.Port)
	fmt.Println(s.Describe())
	s.Rename("beta")
	fmt.Println(s.Base.Name, s.Describe())
	s.Log("started")
	p := &s
	p.Rename("gamma")
	p.Log(p.Describe())
	other := s
	other.prefix = "[other] "
	s.Log("shares the Logger pointer")
	other.Base.ID = 2
	fmt.Println(s.ID, other.ID)
	var d interface{ Describe() string } = s
	fmt.Println(d.Describe())
	var l interface{ Log(string) } = s
	l.Log("via interface")
}
