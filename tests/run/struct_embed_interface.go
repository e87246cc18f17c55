package main

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

type Loud struct {
	Speaker
	times int
}

func (l Loud) Speak() string {
	s := ""
	for i := 0; i < l.times; i++ {
		s += l.Speaker.Speak() + "!"
	}
	return s
}

type Quiet struct{ Speaker }

func main() {
	var s Speaker = Dog{}
	println(s.Speak())
	s = Loud{Dog{}, 3}
	println(s.Speak())
	q := Quiet{Loud{Dog{}, 2}}
	println(q.Speak())
	s = q
	println(s.Speak())
	empty := Quiet{}
	println(empty.Speaker == nil)
	defer func() {
		println("recovered:", recover() != nil)
	}()
	println(empty.Speak())
}
