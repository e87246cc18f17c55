package main

import (
	"fmt"
	"os"
)

// Run with the variables of os_getenv_args.env.

func main() {
	fmt.Println(os.Getenv("GOCC_RUN_GREETING"))
	fmt.Printf("%q\n", os.Getenv("GOCC_RUN_UNSET_VARIABLE"))
	fmt.Println(len(os.Args))
	fmt.Fprintf(os.Stdout, "stdout via Fprintf %d\n", 1)
	fmt.Fprintf(os.Stderr, "stderr via Fprintf %d\n", 2)
	n, err := fmt.Fprint(os.Stdout, "counted\n")
	fmt.Println(n, err)
	os.Stdout.WriteString("WriteString\n")
	os.Stderr.Write([]byte("Write bytes\n"))
}
