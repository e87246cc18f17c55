package p

var a = "\q\x4\u12\U0011ffff\400\xZZ\ud800"
var b = '\8'
var c = "\