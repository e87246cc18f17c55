package stmts

func stmts(xs []int, m map[string]int, c chan int) (n int, err error) {
	if len(xs) == 0 {
		return 0, nil
	} else if x := xs[0]; x > 0 {
		n = x
	} else {
		n--
	}
	for i := 0; i < len(xs); i++ {
		if i%2 == 0 {
			continue
		}
		n += xs[i]
	}
	for k, v := range m {
		_, _ = k, v
	}
	for range c {
		break
	}
	for n < 100 {
		n <<= 1
	}
outer:
	for {
		switch {
		case n > 10:
			break outer
		default:
			fallthrough
		case n < 0:
			goto done
		}
	}
done:
	switch v := interface{}(n).(type) {
	case int, int64:
		_ = v
	case nil:
	default:
	}
	select {
	case v := <-c:
		n = v
	case c <- 1:
	default:
	}
	go func() { c <- 2 }()
	defer func() {
		if r := recover(); r != nil {
			err = nil
		}
	}()
	n++
	x, y := 1, 2
	x, y = y, x
	n &^= x | y
	var arr [2]int
	arr[0], arr[1] = arr[1], arr[0]
	{
		label := 1
		_ = label
	}
	;
	return
}
