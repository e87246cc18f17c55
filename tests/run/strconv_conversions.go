package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12345")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-987), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2))
	i64, err := strconv.ParseInt("-9223372036854775808", 10, 64)
	fmt.Println(i64, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	u, err := strconv.ParseUint("ff", 16, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err, strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 42, 10)
	fmt.Println(string(buf))
}
