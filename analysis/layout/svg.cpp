// Pictures of layouts: one row per cache line, one cell per byte. Each field is a coloured run
// of cells with its name; padding is hatched; bytes that may hold pointers carry a dark bar
// along their top edge. When fieldalignment's order is better, the suggested layout is drawn
// under the current one. `--format=html` wraps one picture per architecture in a page with an
// architecture switch and a tooltip per field.
#include <algorithm>
#include <ostream>
#include <sstream>

#include "analysis/layout/json_util.h"
#include "analysis/layout/report.h"

namespace gocc::layout {
namespace {

constexpr int kCell = 12;        // px per byte
constexpr int kRow = 28;         // px per cache line
constexpr int kLeft = 64;        // offset labels
constexpr int kTitle = 22;
constexpr const char* kPalette[] = {"#8ecae6", "#ffb703", "#90be6d", "#f28482", "#b8b8ff",
                                    "#f9c74f", "#43aa8b", "#e5989b", "#a2d2ff", "#cdb4db",
                                    "#ffd6a5", "#98c1d9"};

auto FieldInfo(const FieldLayout& f) -> std::string {
  std::ostringstream s;
  s << (f.embedded ? f.type() : std::string(f.name) + " " + f.type()) << ": offset " << f.offset << ", size "
    << f.size << ", align " << f.align;
  if (f.ptrdata > 0) s << ", " << f.ptrdata << " pointer bytes";
  return s.str();
}

// Draws `layout` with its top-left at (0, y); returns the height used.
// `hatch` names the padding pattern: ids must be unique in an HTML page with several pictures.
auto DrawLayout(const StructLayout& layout, std::string_view caption, int64_t cache_line, int y,
                const std::string& hatch, std::ostream& out) -> int {
  int64_t line = cache_line > 0 ? cache_line : 64;
  int64_t rows = std::max<int64_t>(1, (layout.size + line - 1) / line);
  out << "<text x=\"0\" y=\"" << y + 14 << "\" class=\"caption\">" << XmlEscape(caption)
      << "</text>\n";
  y += kTitle - 4;
  // The frame: every byte of every row, hatched where nothing lives (padding, beyond the end).
  for (int64_t r = 0; r < rows; ++r) {
    int ry = y + static_cast<int>(r) * kRow;
    out << "<text x=\"" << kLeft - 6 << "\" y=\"" << ry + 18 << "\" class=\"off\">" << r * line
        << "</text>\n";
    int64_t bytes = std::min<int64_t>(line, std::max<int64_t>(0, layout.size - r * line));
    if (bytes > 0) {
      out << "<rect x=\"" << kLeft << "\" y=\"" << ry << "\" width=\"" << bytes * kCell
          << "\" height=\"" << kRow - 4 << "\" class=\"pad\" fill=\"url(#" << hatch << ")\"/>\n";
    }
    if (bytes < line) {
      out << "<rect x=\"" << kLeft + bytes * kCell << "\" y=\"" << ry << "\" width=\""
          << (line - bytes) * kCell << "\" height=\"" << kRow - 4 << "\" class=\"beyond\"/>\n";
    }
  }
  for (const FieldLayout& f : layout.fields) {
    if (f.size == 0) continue;
    const char* color = kPalette[static_cast<size_t>(f.index) % std::size(kPalette)];
    std::string info = FieldInfo(f);
    out << "<g class=\"field\" data-info=\"" << XmlEscape(info) << "\"><title>"
        << XmlEscape(info) << "</title>\n";
    for (int64_t start = f.offset; start < f.offset + f.size;) {
      int64_t r = start / line;
      int64_t end = std::min(f.offset + f.size, (r + 1) * line);
      int x = kLeft + static_cast<int>((start - r * line) * kCell);
      int ry = y + static_cast<int>(r) * kRow;
      int w = static_cast<int>((end - start) * kCell);
      out << "<rect x=\"" << x << "\" y=\"" << ry << "\" width=\"" << w << "\" height=\""
          << kRow - 4 << "\" fill=\"" << color << "\" class=\"cell\"/>\n";
      // Byte ticks.
      for (int64_t b = start + 1; b < end; ++b) {
        int bx = kLeft + static_cast<int>((b - r * line) * kCell);
        out << "<line x1=\"" << bx << "\" y1=\"" << ry + kRow - 8 << "\" x2=\"" << bx
            << "\" y2=\"" << ry + kRow - 4 << "\" class=\"tick\"/>\n";
      }
      int64_t ptr_end = std::min(end, f.offset + f.ptrdata);
      if (ptr_end > start) {
        out << "<rect x=\"" << x << "\" y=\"" << ry << "\" width=\"" << (ptr_end - start) * kCell
            << "\" height=\"4\" class=\"ptr\"/>\n";
      }
      std::string label = f.embedded ? f.type() : std::string(f.name);
      size_t fit = static_cast<size_t>(std::max(0, (w - 4) / 7));
      if (label.size() > fit) label = fit >= 2 ? label.substr(0, fit - 1) + "…" : "";
      if (!label.empty()) {
        out << "<text x=\"" << x + w / 2 << "\" y=\"" << ry + 17 << "\" class=\"name\">"
            << XmlEscape(label) << "</text>\n";
      }
      start = end;
    }
    out << "</g>\n";
  }
  return kTitle - 4 + static_cast<int>(rows) * kRow + 8;
}

auto Caption(const std::string& label, const StructLayout& l) -> std::string {
  return label + ": size " + std::to_string(l.size) + ", align " + std::to_string(l.align) +
         ", ptrdata " + std::to_string(l.ptrdata) + ", padding " + std::to_string(l.padding);
}

// One struct on one architecture; returns the height used.
auto DrawStruct(const StructReport& s, const ArchReport& a, int64_t cache_line, int y,
                const std::string& hatch, std::ostream& out) -> int {
  int y0 = y;
  out << "<text x=\"0\" y=\"" << y + 16 << "\" class=\"title\">" << XmlEscape(s.name) << " ("
      << a.arch->name << ")  " << XmlEscape(PosString(s.pos)) << "</text>\n";
  y += 24;
  y += DrawLayout(a.layout, Caption("current", a.layout), cache_line, y, hatch, out);
  if (!a.message.empty()) {
    y += DrawLayout(a.optimal, Caption("suggested", a.optimal) + " (" + a.message + ")",
                    cache_line, y, hatch, out);
  }
  return y - y0 + 12;
}

constexpr const char* kStyle =
    "<style>\n"
    ".title{font:bold 14px sans-serif;fill:#222}\n"
    ".caption{font:12px sans-serif;fill:#444}\n"
    ".off{font:11px monospace;fill:#666;text-anchor:end}\n"
    ".name{font:11px monospace;fill:#111;text-anchor:middle;pointer-events:none}\n"
    ".pad{stroke:#999;stroke-width:0.5}\n"
    ".beyond{fill:#f4f4f4;stroke:#ddd;stroke-width:0.5}\n"
    ".cell{stroke:#333;stroke-width:1}\n"
    ".tick{stroke:#333;stroke-width:0.5;opacity:0.5}\n"
    ".ptr{fill:#222}\n"
    ".field:hover .cell{stroke-width:2.5}\n"
    "</style>\n";

auto Defs(const std::string& hatch) -> std::string {
  return "<defs><pattern id=\"" + hatch + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
    "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c33\" stroke-width=\"2\"/>"
    "</pattern></defs>\n";
}

auto Legend(int y, const std::string& hatch, std::ostream& out) -> int {
  out << "<rect x=\"0\" y=\"" << y << "\" width=\"24\" height=\"14\" class=\"pad\" fill=\"url(#"
      << hatch << ")\"/>"
      << "<text x=\"30\" y=\"" << y + 11 << "\" class=\"caption\">padding</text>"
      << "<rect x=\"100\" y=\"" << y << "\" width=\"24\" height=\"14\" fill=\"#8ecae6\" "
      << "class=\"cell\"/><rect x=\"100\" y=\"" << y << "\" width=\"24\" height=\"4\" "
      << "class=\"ptr\"/><text x=\"130\" y=\"" << y + 11
      << "\" class=\"caption\">pointer bytes (dark bar)</text>"
      << "<text x=\"320\" y=\"" << y + 11
      << "\" class=\"caption\">one row per cache line, one cell per byte</text>\n";
  return 24;
}

// A whole SVG document for one architecture.
void WriteSvgFor(const Report& report, size_t arch, std::ostream& out) {
  std::ostringstream body;
  std::string hatch = "hatch" + std::to_string(arch);
  int y = Legend(4, hatch, body) + 4;
  for (const StructReport& s : report.structs) {
    if (s.archs[arch].layout.fields.empty()) continue;
    y += DrawStruct(s, s.archs[arch], report.options.cache_line, y, hatch, body);
  }
  int64_t line = report.options.cache_line > 0 ? report.options.cache_line : 64;
  int width = kLeft + static_cast<int>(line) * kCell + 8;
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << y
      << "\" viewBox=\"0 0 " << width << " " << y << "\">\n"
      << kStyle << Defs(hatch) << "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
      << body.str() << "</svg>\n";
}

}  // namespace

void WriteSvg(const Report& report, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  WriteSvgFor(report, 0, out);
}

void WriteHtml(const Report& report, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<title>gocc layout</title>\n<style>\n"
      << "body{font-family:sans-serif;margin:16px;color:#222}\n"
      << ".arch{display:none}\n.arch.shown{display:block}\n"
      << "#tip{position:fixed;display:none;background:#222;color:#fff;padding:4px 8px;"
      << "border-radius:4px;font:12px monospace;pointer-events:none}\n"
      << "</style>\n</head>\n<body>\n<h1>Struct layouts</h1>\n"
      << "<label>Architecture: <select id=\"arch\">\n";
  for (size_t i = 0; i < report.options.archs.size(); ++i) {
    out << "<option value=\"" << i << "\">" << report.options.archs[i]->name << "</option>\n";
  }
  out << "</select></label>\n<div id=\"tip\"></div>\n";
  for (size_t i = 0; i < report.options.archs.size(); ++i) {
    out << "<div class=\"arch" << (i == 0 ? " shown" : "") << "\" id=\"arch-" << i << "\">\n";
    WriteSvgFor(report, i, out);
    out << "</div>\n";
  }
  out << "<script>\n"
      << "const sel=document.getElementById('arch');\n"
      << "sel.addEventListener('change',()=>{document.querySelectorAll('.arch').forEach("
      << "(d,i)=>d.classList.toggle('shown',String(i)===sel.value));});\n"
      << "const tip=document.getElementById('tip');\n"
      << "document.querySelectorAll('.field').forEach(g=>{\n"
      << "  g.addEventListener('mousemove',e=>{tip.textContent=g.dataset.info;"
      << "tip.style.display='block';tip.style.left=(e.clientX+12)+'px';"
      << "tip.style.top=(e.clientY+12)+'px';});\n"
      << "  g.addEventListener('mouseleave',()=>{tip.style.display='none';});\n"
      << "});\n"
      << "if(location.hash.startsWith('#arch=')){sel.value=location.hash.slice(6);"
      << "sel.dispatchEvent(new Event('change'));}\n"
      << "</script>\n</body>\n</html>\n";
}

}  // namespace gocc::layout
