package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	arr := [3]Counter{}
	arr[1].Inc()
	sl := []Counter{{}, {}}
	sl[0].Inc()
	sl[0].Inc()
	ptrs := []*Counter{{}, {}}
	ptrs[1].Inc()
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	mv := map[string]Counter{"b": {}}
	c := mv["b"]
	c.Inc()
	mv["b"] = c
	println(arr[1].n, sl[0].n, ptrs[1].n, m["a"].n, mv["b"].n)
	type box struct{ c Counter }
	b := box{}
	b.c.Inc()
	pb := &b
	pb.c.Inc()
	println(b.c.n)
	for i := range sl {
		sl[i].Inc()
	}
	for _, v := range sl {
		v.Inc()
	}
	println(sl[0].n, sl[1].n)
	s := struct{ arr [2]Counter }{}
	s.arr[1].Inc()
	println(s.arr[1].n)
	f := func() *Counter { return &arr[2] }
	f().Inc()
	f().Inc()
	println(arr[2].n)
}
