package crlf

func main() {
	x := `raw
text`
	_ = x
}
