package main

// A struct type declared in a body: bodies are checked, and the error in one is reported.
func local() {
	type inner struct {
		a bool
		b int64
	}
	var n int = "not an int"
	_ = n
	_ = inner{}
}

func main() {}
