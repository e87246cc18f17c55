package p

var s = "unterminated
var t = 1
