package bom

func main() {}
