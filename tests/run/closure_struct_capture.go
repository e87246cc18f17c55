package main

type Config struct {
	Name  string
	Count int
	Tags  [3]string
}

func main() {
	cfg := Config{Name: "base"}
	bump := func() { cfg.Count++ }
	rename := func(n string) { cfg.Name = n }
	bump()
	bump()
	rename("changed")
	println(cfg.Name, cfg.Count)
	snapshot := cfg
	tag := func(i int, t string) { cfg.Tags[i] = t }
	tag(0, "x")
	tag(2, "z")
	println(cfg.Tags[0], cfg.Tags[2], snapshot.Tags[0] == "")
	arr := [3]int{1, 2, 3}
	double := func() {
		for i := range arr {
			arr[i] *= 2
		}
	}
	double()
	println(arr[0], arr[1], arr[2])
	byValue := func(a [3]int) { a[0] = 100 }
	byValue(arr)
	println(arr[0])
	p := &cfg
	setVia := func() { p.Count = 50 }
	setVia()
	println(cfg.Count)
	makeGetters := func() (func() string, func() int) {
		return func() string { return cfg.Name }, func() int { return cfg.Count }
	}
	gn, gc := makeGetters()
	cfg = Config{Name: "replaced", Count: -1}
	println(gn(), gc())
}
