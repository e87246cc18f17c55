#!/usr/bin/env python3
"""`gocc layout --format=json` against analysis/layout/schema.json (issue 6, acceptance 4).

  validate_json.py SCHEMA GOCC FILE.go...

Validates the output for all five architectures with a small JSON Schema checker written here
(the subset the schema uses: type, enum, required, properties, additionalProperties: false,
items, minItems, minimum, maximum, oneOf, $ref to #/$defs), and with the `jsonschema` package
too when it is installed. To show that the checker can fail, it must also reject documents with
a wrong type, a missing and an extra property. Also checks `--format=vet-json`'s shape.
"""
import json
import subprocess
import sys

TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def errors(schema, value, root, path="$"):
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/$defs/"), ref
        return errors(root["$defs"][ref[len("#/$defs/"):]], value, root, path)
    out = []
    if "oneOf" in schema:
        matches = [s for s in schema["oneOf"] if not errors(s, value, root, path)]
        if len(matches) != 1:
            out.append("%s: matches %d of oneOf" % (path, len(matches)))
        return out
    t = schema.get("type")
    if t == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            return ["%s: want integer, got %r" % (path, value)]
    elif t is not None:
        if isinstance(value, bool) != (t == "boolean") or not isinstance(value, TYPES[t]):
            return ["%s: want %s, got %r" % (path, t, value)]
    if "enum" in schema and value not in schema["enum"]:
        out.append("%s: %r not in %r" % (path, value, schema["enum"]))
    if "minimum" in schema and value < schema["minimum"]:
        out.append("%s: %r < %r" % (path, value, schema["minimum"]))
    if "maximum" in schema and value > schema["maximum"]:
        out.append("%s: %r > %r" % (path, value, schema["maximum"]))
    if isinstance(value, dict):
        for k in schema.get("required", []):
            if k not in value:
                out.append("%s: missing %s" % (path, k))
        props = schema.get("properties", {})
        for k, v in value.items():
            if k in props:
                out += errors(props[k], v, root, path + "." + k)
            elif schema.get("additionalProperties") is False:
                out.append("%s: unexpected property %s" % (path, k))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            out.append("%s: fewer than %d items" % (path, schema["minItems"]))
        if "items" in schema:
            for i, v in enumerate(value):
                out += errors(schema["items"], v, root, "%s[%d]" % (path, i))
    return out


def validate(schema, doc):
    errs = errors(schema, doc, schema)
    try:
        import jsonschema
        validator = jsonschema.validators.validator_for(schema)(schema)
        errs += ["jsonschema: %s" % e.message for e in validator.iter_errors(doc)]
    except ImportError:
        pass
    return errs


schema_path, gocc, files = sys.argv[1], sys.argv[2], sys.argv[3:]
schema = json.load(open(schema_path))
out = subprocess.run([gocc, "layout", "--generated", "--format=json",
                      "--arch=amd64,386,arm64,arm,wasm"] + files, capture_output=True, text=True)
if out.returncode not in (0,):
    sys.exit("gocc layout failed (%d): %s" % (out.returncode, out.stderr))
doc = json.loads(out.stdout)
errs = validate(schema, doc)
for e in errs[:20]:
    print(e)
n = len(doc["structs"])
print("%d structs x %d architectures: %d schema errors" % (n, len(doc["targets"]), len(errs)))
ok = not errs and n > 0

# The checker must reject broken documents.
import copy
broken = []
b = copy.deepcopy(doc); b["structs"][0]["line"] = "7"; broken.append(("wrong type", b))
b = copy.deepcopy(doc); del b["structs"][0]["layouts"][0]["ptrdata"]; broken.append(("missing", b))
b = copy.deepcopy(doc); b["structs"][0]["layouts"][0]["fields"][0]["extra"] = 1; broken.append(("extra", b))
for what, b in broken:
    if not errors(schema, b, schema):
        print("the checker accepts a document with a %s property" % what)
        ok = False

vet = subprocess.run([gocc, "layout", "--generated", "--format=vet-json"] + files,
                     capture_output=True, text=True)
v = json.loads(vet.stdout)
diags = v["command-line-arguments"]["fieldalignment"]
if not diags or not all(set(d) == {"posn", "message"} for d in diags):
    print("vet-json: unexpected shape")
    ok = False
print("vet-json: %d fieldalignment diagnostics" % len(diags))
sys.exit(0 if ok else 1)
