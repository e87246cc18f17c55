package p

func f() {
	if x {
		for {
			switch {
			case 1:
				{
					{
