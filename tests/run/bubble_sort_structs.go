package main

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func sortBy(es []Employee, less func(a, b *Employee) bool) {
	for i := 0; i < len(es); i++ {
		swapped := false
		for j := 0; j < len(es)-1-i; j++ {
			if less(&es[j+1], &es[j]) {
				es[j], es[j+1] = es[j+1], es[j]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
}

func dump(es []Employee) {
	for _, e := range es {
		println(" ", e.Name, e.Dept, e.Salary)
	}
}

func main() {
	staff := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 100},
		{"dee", "ops", 95}, {"eve", "eng", 120}, {"fay", "hr", 80},
	}
	sortBy(staff, func(a, b *Employee) bool { return a.Salary > b.Salary })
	println("by salary desc (stable):")
	dump(staff)
	sortBy(staff, func(a, b *Employee) bool { return a.Dept < b.Dept })
	println("by dept (stable):")
	dump(staff)
	totals := map[string]int{}
	for _, e := range staff {
		totals[e.Dept] += e.Salary
	}
	println("eng", totals["eng"], "ops", totals["ops"], "hr", totals["hr"])
}
