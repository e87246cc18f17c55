#!/usr/bin/env python3
"""Writes a generated `package main` of about LINES lines, mostly struct declarations (the
layout benchmark's input): gen.py DIR [LINES]. Files of ~2,000 lines; each file has structs of
1..12 fields of every kind of type (nested structs, arrays, embedded fields, tags, comments),
methods, composite literals and functions using them, so `gocc check` has real work too.
Deterministic (fixed seed)."""
import os
import random
import sys

out_dir = sys.argv[1]
lines_wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
rng = random.Random(1919)
BASIC = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "int",
         "uint", "uintptr", "float32", "float64", "complex64", "complex128", "string", "byte",
         "rune", "*int", "[]byte", "map[string]int", "chan int", "func()", "interface{}", "error"]
os.makedirs(out_dir, exist_ok=True)
total = 0
nfile = 0
nstruct = 0
while total < lines_wanted:
    lines = ["package main", ""]
    if nfile == 0:
        lines += ["func main() {}", ""]
    while len(lines) < 2000:
        name = "S%05d" % nstruct
        nstruct += 1
        lines.append("// %s is generated." % name)
        lines.append("type %s struct {" % name)
        for i in range(rng.randrange(1, 13)):
            r = rng.random()
            if r < 0.7:
                t = rng.choice(BASIC)
            elif r < 0.8:
                t = "[%d]%s" % (rng.randrange(1, 5), rng.choice(BASIC))
            elif r < 0.9 and nstruct > 1:
                t = "S%05d" % rng.randrange(0, nstruct - 1)
            else:
                t = "struct {\n\t\tx %s\n\t\ty %s\n\t}" % (rng.choice(BASIC), rng.choice(BASIC))
            tag = ' `json:"f%d"`' % i if rng.random() < 0.3 else ""
            lines.append("\tf%d %s%s // field %d" % (i, t, tag, i))
        lines.append("}")
        lines.append("")
        lines.append("func (s *%s) Get() *%s { return s }" % (name, name))
        lines.append("")
        lines.append("func make%s() int {" % name)
        lines.append("\tv := &%s{}" % name)
        lines.append("\tn := 0")
        lines.append("\tfor i := 0; i < 3; i++ {")
        lines.append("\t\tn += i")
        lines.append("\t}")
        lines.append("\t_ = v.Get()")
        lines.append("\treturn n")
        lines.append("}")
        lines.append("")
    text = "\n".join(l for chunk in lines for l in chunk.split("\n")) + "\n"
    with open(os.path.join(out_dir, "gen%03d.go" % nfile), "w") as f:
        f.write(text)
    total += text.count("\n")
    nfile += 1
print("%d files, %d lines, %d structs" % (nfile, total, nstruct))
