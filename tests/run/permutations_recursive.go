package main

func permute(a []byte, k int, out *[]string) {
	if k == len(a) {
		*out = append(*out, string(a))
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
}

func subsets(xs []int) [][]int {
	res := [][]int{{}}
	for _, x := range xs {
		n := len(res)
		for i := 0; i < n; i++ {
			s := append(append([]int{}, res[i]...), x)
			res = append(res, s)
		}
	}
	return res
}

func main() {
	var out []string
	permute([]byte("abcd"), 0, &out)
	println(len(out))
	for i, p := range out {
		print(p)
		if i%8 == 7 {
			println()
		} else {
			print(" ")
		}
	}
	for _, s := range subsets([]int{1, 2, 3}) {
		print("[")
		for i, x := range s {
			if i > 0 {
				print(" ")
			}
			print(x)
		}
		print("] ")
	}
	println()
}
