package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Greeter string

func (g Greeter) Greet(who string) string { return string(g) + ", " + who }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n, inc())
	v := Counter{5}
	get := v.Get
	v.n = 100
	fmt.Println(get(), v.Get())
	vinc := v.Inc
	vinc()
	fmt.Println(v.n)
	g := Greeter("hello")
	f := g.Greet
	g = "bye"
	fmt.Println(f("bob"), g.Greet("bob"))
	fs := []func() int{c.Inc, c.Get}
	c.n = 10
	fmt.Println(fs[0](), fs[1]())
	var s fmt.Stringer = myStr("S")
	str := s.String
	fmt.Println(str())
}

type myStr string

func (m myStr) String() string { return "myStr(" + string(m) + ")" }
