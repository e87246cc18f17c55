package main

// Arbitrary-precision factorial with base-10^4 limbs in a []int.

func mulSmall(digits []int, m int) []int {
	carry := 0
	for i := range digits {
		v := digits[i]*m + carry
		digits[i] = v % 10000
		carry = v / 10000
	}
	for carry > 0 {
		digits = append(digits, carry%10000)
		carry /= 10000
	}
	return digits
}

func toString(digits []int) string {
	s := ""
	for i := len(digits) - 1; i >= 0; i-- {
		d := digits[i]
		chunk := []byte{byte('0' + d/1000), byte('0' + d/100%10), byte('0' + d/10%10), byte('0' + d%10)}
		if i == len(digits)-1 {
			for len(chunk) > 1 && chunk[0] == '0' {
				chunk = chunk[1:]
			}
		}
		s += string(chunk)
	}
	return s
}

func main() {
	f := []int{1}
	for i := 1; i <= 60; i++ {
		f = mulSmall(f, i)
		if i%10 == 0 || i == 25 {
			println(i, "! =", toString(f))
		}
	}
	s := toString(f)
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i] - '0')
	}
	println("digits", len(s), "digit sum", sum)
}
