// `--format=json`: the schema is analysis/layout/schema.json (version kSchemaVersion); fields are
// only ever added, and a change of meaning bumps the version.
#include <algorithm>
#include <ostream>

#include "analysis/layout/json_util.h"
#include "analysis/layout/report.h"

namespace gocc::layout {
namespace {

void Indent(std::ostream& out, int n) { out << std::string(static_cast<size_t>(n) * 2, ' '); }

void WriteField(const FieldLayout& f, bool atomic, int depth, std::ostream& out) {
  Indent(out, depth);
  out << "{\"name\": " << JsonString(f.name) << ", \"type\": " << JsonString(f.type())
      << ", \"index\": " << f.index << ", \"offset\": " << f.offset << ", \"size\": " << f.size
      << ", \"align\": " << f.align << ", \"ptrdata\": " << f.ptrdata
      << ", \"embedded\": " << (f.embedded ? "true" : "false")
      << ", \"atomic\": " << (atomic ? "true" : "false");
  if (!f.nested.empty()) {
    out << ", \"fields\": [\n";
    for (size_t i = 0; i < f.nested.size(); ++i) {
      WriteField(f.nested[i], false, depth + 1, out);
      out << (i + 1 < f.nested.size() ? ",\n" : "\n");
    }
    Indent(out, depth);
    out << "]";
  }
  out << "}";
}

void WriteLayoutSummary(const StructLayout& l, std::ostream& out) {
  out << "\"size\": " << l.size << ", \"align\": " << l.align << ", \"ptrdata\": " << l.ptrdata
      << ", \"size_class\": " << l.size_class << ", \"alloc_bytes\": " << l.alloc_bytes
      << ", \"cache_lines\": " << l.cache_lines << ", \"padding\": " << l.padding
      << ", \"tail_padding\": " << l.tail_padding;
}

void WriteArch(const StructReport& s, const ArchReport& a, std::ostream& out) {
  Indent(out, 3);
  out << "{\"arch\": " << JsonString(a.arch->name) << ", ";
  WriteLayoutSummary(a.layout, out);
  out << ",\n";
  Indent(out, 4);
  out << "\"holes\": [";
  for (size_t i = 0; i < a.layout.holes.size(); ++i) {
    out << (i ? ", " : "") << "{\"offset\": " << a.layout.holes[i].offset
        << ", \"size\": " << a.layout.holes[i].size << "}";
  }
  out << "],\n";
  Indent(out, 4);
  out << "\"fields\": [\n";
  for (size_t i = 0; i < a.layout.fields.size(); ++i) {
    const FieldLayout& f = a.layout.fields[i];
    bool atomic = std::find(s.atomic_fields.begin(), s.atomic_fields.end(), f.index) !=
                  s.atomic_fields.end();
    WriteField(f, atomic, 5, out);
    out << (i + 1 < a.layout.fields.size() ? ",\n" : "\n");
  }
  Indent(out, 4);
  out << "],\n";
  Indent(out, 4);
  out << "\"suggestion\": ";
  if (a.message.empty()) {
    out << "null";
  } else {
    out << "{\"order\": [";
    for (size_t i = 0; i < a.optimal.fields.size(); ++i) {
      out << (i ? ", " : "") << JsonString(a.optimal.fields[i].name);
    }
    out << "], ";
    WriteLayoutSummary(a.optimal, out);
    out << ", \"saving\": " << a.layout.size - a.optimal.size << "}";
  }
  out << ",\n";
  Indent(out, 4);
  out << "\"diagnostics\": [";
  bool first = true;
  if (!a.message.empty() && !s.found->ignored) {
    out << "{\"posn\": " << JsonString(PosString(s.pos))
        << ", \"category\": \"fieldalignment\", \"message\": " << JsonString(a.message) << "}";
    first = false;
  }
  for (const std::string& w : a.warnings) {
    out << (first ? "" : ", ") << "{\"posn\": " << JsonString(PosString(s.pos))
        << ", \"category\": \"atomic-alignment\", \"message\": " << JsonString(w) << "}";
    first = false;
  }
  out << "]}";
}

}  // namespace

void WriteJsonBegin(const Options& options, int skipped_files, std::ostream& out) {
  out << "{\n  \"schema_version\": " << kSchemaVersion << ",\n  \"tool\": \"gocc layout\",\n"
      << "  \"cache_line\": " << options.cache_line << ",\n  \"targets\": [";
  for (size_t i = 0; i < options.archs.size(); ++i) {
    const types::Arch* a = options.archs[i];
    out << (i ? ", " : "") << "{\"arch\": " << JsonString(a->name)
        << ", \"ptr_size\": " << a->ptr_size << ", \"reg_size\": " << a->reg_size << "}";
  }
  out << "],\n  \"skipped_generated_files\": " << skipped_files << ",\n  \"structs\": [";
}

void WriteJsonStruct(const StructReport& s, bool first, std::ostream& out) {
  out << (first ? "\n" : ",\n");
  Indent(out, 2);
  out << "{\"name\": " << JsonString(s.name) << ", \"file\": " << JsonString(s.pos.filename)
      << ", \"line\": " << s.pos.line << ", \"column\": " << s.pos.col
      << ", \"ignored\": " << (s.found->ignored ? "true" : "false") << ",\n";
  Indent(out, 2);
  out << " \"layouts\": [\n";
  for (size_t j = 0; j < s.archs.size(); ++j) {
    WriteArch(s, s.archs[j], out);
    out << (j + 1 < s.archs.size() ? ",\n" : "\n");
  }
  Indent(out, 2);
  out << " ]}";
}

void WriteJsonEnd(bool any, std::ostream& out) { out << (any ? "\n  ]\n}\n" : "]\n}\n"); }

void WriteJson(const Report& report, std::ostream& out) {
  WriteJsonBegin(report.options, report.skipped_files, out);
  for (size_t i = 0; i < report.structs.size(); ++i) {
    WriteJsonStruct(report.structs[i], i == 0, out);
  }
  WriteJsonEnd(!report.structs.empty(), out);
}

}  // namespace gocc::layout
