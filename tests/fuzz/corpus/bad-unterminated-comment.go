package p

func f() {}
/* comment never closed
func g() {}
