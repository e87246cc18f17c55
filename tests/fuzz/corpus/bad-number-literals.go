package p

var x = 0x + 0b102 + 0o8 + 09 + 1__0 + 0x1p + 1e+ + 0_x1 + 1.e + 0b_ + 0x.p1 + 1i_ + 08.5
