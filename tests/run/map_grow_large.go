package main

func main() {
	m := make(map[int]int)
	const n = 20000
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	println("len", len(m))
	sum := 0
	for k, v := range m {
		if k != v*7 {
			println("bad", k, v)
		}
		sum += v
	}
	println("sum", sum)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	println("after delete", len(m))
	missing := 0
	for i := 0; i < n; i++ {
		if _, ok := m[i*7]; !ok {
			missing++
		}
	}
	println("missing", missing)
	for i := 0; i < n; i++ {
		m[i*7] += 1
	}
	println("refill", len(m), m[0], m[7], m[14])
	sm := map[string][]byte{}
	for i := 0; i < 3000; i++ {
		k := string(rune('a'+i%26)) + string(rune('A'+i/26%26)) + string(rune('0'+i%10))
		sm[k] = append(sm[k], byte(i))
	}
	println("string keys", len(sm), len(sm["aA0"]))
}
