package p

var s = "ÿþ€"
var Ã( = 1
var r = 'í €'
// ð(Œ( in a comment
func â‚() {}
