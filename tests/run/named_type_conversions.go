package main

type Meters float64
type Feet float64
type Score int
type Scores []Score
type Lookup map[string]Score
type Point struct{ X, Y int }
type Vec Point
type Callback func(int) int

func (s Scores) Total() Score {
	var t Score
	for _, v := range s {
		t += v
	}
	return t
}

func (v Vec) Len2() int { return v.X*v.X + v.Y*v.Y }

func main() {
	m := Meters(10)
	f := Feet(m * 3.28084)
	println("feet:", f)
	var raw float64 = float64(f)
	println("raw:", raw)
	s := Scores{1, 2, 3}
	println("total:", s.Total())
	plain := []Score(s)
	plain[0] = 100
	println("shared backing:", s[0])
	var ints []Score = s
	println(len(ints))
	l := Lookup{"a": 1}
	var mm map[string]Score = l
	mm["b"] = 2
	println(len(l))
	p := Point{3, 4}
	v := Vec(p)
	println("len2:", v.Len2())
	back := Point(v)
	println(back.X == p.X)
	var cb Callback = func(x int) int { return x * 2 }
	fn := (func(int) int)(cb)
	println(cb(4), fn(5))
	type Temp Meters
	t := Temp(m)
	println(t+1 == Temp(11))
	var sc Score = 7
	println(int(sc)/2, float64(sc)/2)
	type Str string
	var st Str = "abc"
	bs := []byte(st)
	println(len(bs), string(st+"d"))
}
