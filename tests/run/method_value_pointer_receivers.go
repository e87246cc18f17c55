package main

type Acc struct{ total int }

func (a Acc) ValueAdd(n int) Acc { a.total += n; return a }
func (a *Acc) PtrAdd(n int)      { a.total += n }

type Accs []Acc

func (s Accs) Sum() int {
	t := 0
	for _, a := range s {
		t += a.total
	}
	return t
}

type IntList []int

func (l *IntList) Push(v int) { *l = append(*l, v) }
func (l IntList) Len() int    { return len(l) }

func main() {
	a := Acc{}
	b := a.ValueAdd(5)
	println(a.total, b.total)
	a.PtrAdd(3)
	println(a.total)
	p := &a
	c := p.ValueAdd(10)
	println(a.total, c.total)
	p.PtrAdd(1)
	println(a.total)
	list := Accs{{1}, {2}, {3}}
	list[0].PtrAdd(10)
	println(list.Sum())
	var l IntList
	l.Push(1)
	l.Push(2)
	(&l).Push(3)
	println(l.Len(), l[2])
	arr := [2]Acc{}
	arr[1].PtrAdd(7)
	println(arr[1].total)
	m := map[string]Acc{"k": {1}}
	v := m["k"].ValueAdd(1)
	println(v.total, m["k"].total)
}
