// ingest-robustness: checks the ingest stage against real mail.
//
//   ingest-robustness match [--shared DIR] [--verbose]
//       Decodes every fixture under DIR/external that carries an expected
//       decoding (japanese_email/rfc2047_header_vectors.tsv,
//       japanese_email/imap_tools_expected/*.py with mikel_mail/*.eml, the
//       stalwart expected-parse JSON in mime_fixtures_stalwart/ and
//       japanese_email/stalwart/, the GMime charset triplet, the p5-encode
//       EUC-JP tables, cassandane's iso-2022-jp.eml) and prints the share
//       whose decoded subject and body text match, with every mismatch.
//       Exit 1 when the share is below --min (default 95).
//   ingest-robustness robustness [--shared DIR] [--jobs N] [--timeout S] [PATH...]
//       Reads every input under PATH (default: the mail corpora under
//       DIR/external) with InputReader and ParseInput; each must end readable
//       or unreadable with a reason, none may crash or take longer than
//       --timeout seconds (default 30). Prints counts, reasons and time.
//       Exit 3 on a hang; a crash is a crash.
//   ingest-robustness bench [--jobs N] [--repeat R] PATH...
//       Loads the inputs into memory, then times ParseInput alone (GMime
//       parse + transfer and charset decoding): MB/s and messages/s.
//   ingest-robustness dump PATH...
//       Prints what ingest makes of each input.
// DIR defaults to ONEVOICE_SHARED_DIR (the build's ../shared).
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "ingest/charset.h"
#include "ingest/document.h"
#include "ingest/rfc2047.h"
#include "ingest/source.h"

#ifndef ONEVOICE_SHARED_DIR
#define ONEVOICE_SHARED_DIR "../shared"
#endif

namespace fs = std::filesystem;
using onevoice::ingest::Document;
using onevoice::ingest::InputKind;
using onevoice::ingest::InputReader;
using onevoice::ingest::PartKind;
using onevoice::ingest::PartRole;
using onevoice::ingest::RawInput;
using onevoice::ingest::ReaderOptions;
using onevoice::ingest::TextPart;

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Escape(std::string_view s, size_t max = 160) {
  std::string out;
  for (char c : s.substr(0, max)) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else
      out += c;
  }
  if (s.size() > max) out += "…";
  return out;
}

Document ParseFile(const fs::path& p, InputKind kind = InputKind::kMessage) {
  RawInput in;
  in.path = p.string();
  in.kind = kind;
  in.bytes = ReadFile(p);
  return onevoice::ingest::ParseInput(in);
}

// Body text of a message for comparisons: judged, unquoted body parts (not a
// supplementary HTML alternative: the references read one alternative).
std::vector<std::string> BodyTexts(const Document& d, bool plain_only) {
  std::vector<std::string> out;
  for (const auto& p : d.parts) {
    if (p.role != PartRole::kBody || p.quoted || p.supplement) continue;
    if (plain_only && p.kind != PartKind::kPlain) continue;
    out.push_back(p.text);
  }
  return out;
}

std::string Normalized(std::string s) {
  onevoice::ingest::NormalizeNewlines(&s);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

// ---------------------------------------------------------------------------
// match

struct Item {
  std::string name;
  bool ok = false;
  // Matches only when each U+FFFD of the reference stands for any one
  // character: the reference could not decode what we decoded.
  bool ok_lossy_reference = false;
  // No match, but nothing the reference read is missing from ours: its
  // subject matches and each of its body texts (split at its U+FFFD) occurs
  // in our body text. We read more (a part the reference drops, text of a
  // broken multipart), never less.
  bool kept_all = false;
  std::string why;
};

std::u32string CodePoints(const std::string& s) {
  std::u32string v;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    v.push_back(cp);
    i += n;
  }
  return v;
}

// True when `got` equals `want` except where `want` has U+FFFD.
bool MatchesLossy(const std::string& got, const std::string& want) {
  std::u32string g = CodePoints(got), w = CodePoints(want);
  if (g.size() != w.size() || w.find(U'\uFFFD') == std::u32string::npos) return false;
  for (size_t i = 0; i < g.size(); ++i)
    if (g[i] != w[i] && w[i] != U'\uFFFD') return false;
  return true;
}

std::string Unescape(std::string_view s) {  // \r \n \t \\ as in the TSV
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += c == 'r' ? '\r' : c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80)
    *out += static_cast<char>(cp);
  else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The Python str literal after `key=` in an imap_tools expectation file.
std::optional<std::string> PyString(const std::string& src, const std::string& key) {
  size_t pos = src.find("\n    " + key + "=");
  if (pos == std::string::npos) return std::nullopt;
  pos = src.find_first_of("'\"", pos + key.size() + 5);
  if (pos == std::string::npos) return std::nullopt;
  char quote = src[pos];
  std::string out;
  for (size_t i = pos + 1; i < src.size(); ++i) {
    char c = src[i];
    if (c == quote) return out;
    if (c != '\\') {
      out += c;
      continue;
    }
    char e = src[++i];
    auto hex = [&](int n) {
      uint32_t v = std::stoul(src.substr(i + 1, n), nullptr, 16);
      i += n;
      return v;
    };
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'x':
        AppendUtf8(hex(2), &out);
        break;
      case 'u':
        AppendUtf8(hex(4), &out);
        break;
      case 'U':
        AppendUtf8(hex(8), &out);
        break;
      default:
        out += e;
        break;
    }
  }
  return std::nullopt;
}

void MatchHeaderVectors(const fs::path& ext, std::vector<Item>* items) {
  std::ifstream in(ext / "japanese_email/rfc2047_header_vectors.tsv");
  std::string line;
  std::getline(in, line);  // header row
  int row = 1;
  while (std::getline(in, line)) {
    ++row;
    size_t t1 = line.find('\t');
    size_t t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos) continue;
    std::string raw = Unescape(line.substr(0, t1));
    std::string expected = Unescape(line.substr(t1 + 1, t2 - t1 - 1));
    std::string got = onevoice::ingest::DecodeHeaderText(raw).text;
    Item it;
    it.name = "rfc2047_header_vectors.tsv row " + std::to_string(row) + " [" +
              line.substr(t2 + 1, 30) + "]";
    it.ok = got == expected;
    if (!it.ok) it.why = "got '" + Escape(got) + "' want '" + Escape(expected) + "'";
    items->push_back(it);
  }
}

void MatchImapTools(const fs::path& ext, std::vector<Item>* items) {
  fs::path dir = ext / "japanese_email/imap_tools_expected";
  std::vector<fs::path> files;
  for (auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".py") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& py : files) {
    std::string src = ReadFile(py);
    fs::path eml = ext / "japanese_email/mikel_mail" / (py.stem().string() + ".eml");
    Item it;
    it.name = "imap_tools " + py.stem().string();
    if (!fs::exists(eml)) {
      it.why = "no message " + eml.string();
      items->push_back(it);
      continue;
    }
    Document d = ParseFile(eml);
    std::string want_subject = PyString(src, "subject").value_or("");
    std::string want_text = PyString(src, "text").value_or("");
    std::string got_text;
    for (const auto& t : BodyTexts(d, true)) got_text += t;
    std::vector<std::string> why;
    if (d.unreadable) why.push_back("unreadable: " + *d.unreadable);
    if (d.subject != want_subject)
      why.push_back("subject '" + Escape(d.subject) + "' want '" + Escape(want_subject) + "'");
    if (Normalized(got_text) != Normalized(want_text))
      why.push_back("text '" + Escape(got_text) + "' want '" + Escape(want_text) + "'");
    it.ok = why.empty();
    for (auto& w : why) it.why += (it.why.empty() ? "" : "; ") + w;
    items->push_back(it);
  }
}

void MatchStalwartFile(const fs::path& eml, const fs::path& json, const std::string& name,
                       bool crlf, std::vector<Item>* items) {
  Item it;
  it.name = name;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(ReadFile(json));
  } catch (const std::exception& e) {
    it.why = std::string("bad expectation JSON: ") + e.what();
    items->push_back(it);
    return;
  }
  const auto& parts = j["parts"];
  std::string want_subject;
  if (!parts.empty()) {
    for (const auto& h : parts[0]["headers"]) {
      if (h["name"] == "subject" && h["value"].is_object() && h["value"].contains("Text")) {
        want_subject = h["value"]["Text"].get<std::string>();
        break;
      }
    }
  }
  std::vector<std::string> want_bodies;
  for (const auto& idx : j["text_body"]) {
    const auto& body = parts[idx.get<size_t>()]["body"];
    if (!body.is_object()) continue;
    if (body.contains("Text"))
      want_bodies.push_back(body["Text"].get<std::string>());
    else if (body.contains("Html"))
      want_bodies.push_back(body["Html"].get<std::string>());
  }
  Document d;
  if (crlf) {  // the same message with CRLF line endings (stalwart's NNN.crlf.json)
    RawInput in;
    in.path = eml.string();
    in.kind = InputKind::kMessage;
    for (char c : ReadFile(eml)) {
      if (c == '\n' && (in.bytes.empty() || in.bytes.back() != '\r')) in.bytes += '\r';
      in.bytes += c;
    }
    d = onevoice::ingest::ParseInput(in);
  } else {
    d = ParseFile(eml);
  }
  std::vector<std::string> got_bodies = BodyTexts(d, false);
  // Ingest drops a part that repeats an earlier one (mime.h); stalwart lists
  // every copy. Compare with the repeats collapsed on both sides.
  auto collapse = [](std::vector<std::string>* v) {
    std::vector<std::string> out;
    for (auto& s : *v) {
      bool seen = false;
      for (auto& o : out) seen |= Normalized(o) == Normalized(s);
      if (!seen && !Normalized(s).empty()) out.push_back(s);
    }
    *v = std::move(out);
  };
  collapse(&want_bodies);
  std::vector<std::string> why;
  // Unreadable is right when the reference found no text either.
  if (d.unreadable && !(want_bodies.empty() && want_subject.empty()))
    why.push_back("unreadable: " + *d.unreadable);
  bool lossy = false;
  if (d.subject != want_subject) {
    if (MatchesLossy(d.subject, want_subject))
      lossy = true;
    else
      why.push_back("subject '" + Escape(d.subject) + "' want '" + Escape(want_subject) + "'");
  }
  bool same = got_bodies.size() == want_bodies.size();
  for (size_t i = 0; same && i < got_bodies.size(); ++i) {
    std::string g = Normalized(got_bodies[i]), w = Normalized(want_bodies[i]);
    if (g == w) continue;
    if (MatchesLossy(g, w))
      lossy = true;
    else
      same = false;
  }
  if (!same) {
    std::string g, w;
    for (auto& s : got_bodies) g += "[" + Escape(s, 60) + "]";
    for (auto& s : want_bodies) w += "[" + Escape(s, 60) + "]";
    why.push_back("body " + std::to_string(got_bodies.size()) + " parts " + g + " want " +
                  std::to_string(want_bodies.size()) + " " + w);
  }
  it.ok = why.empty() && !lossy;
  it.ok_lossy_reference = why.empty() && lossy;
  if (!it.ok && !it.ok_lossy_reference && (d.subject == want_subject || MatchesLossy(d.subject, want_subject))) {
    std::string all;
    for (auto& g : got_bodies) all += Normalized(g) + "\n";
    it.kept_all = true;
    for (auto& w : want_bodies) {
      std::string piece, norm = Normalized(w);
      for (size_t i = 0; i <= norm.size(); ++i) {
        if (i == norm.size() || norm.compare(i, 3, "\xEF\xBF\xBD") == 0) {
          if (!piece.empty() && all.find(piece) == std::string::npos) it.kept_all = false;
          piece.clear();
          if (i < norm.size()) i += 2;
        } else {
          piece += norm[i];
        }
      }
    }
  }
  if (it.ok_lossy_reference)
    it.why =
        "the reference has U+FFFD where we decode a character (raw 8-bit ISO-8859-1 "
        "text; the body's charset or detection decodes it)";
  for (auto& w : why) it.why += (it.why.empty() ? "" : "; ") + w;
  items->push_back(it);
}

void MatchStalwart(const fs::path& ext, std::vector<Item>* items) {
  std::vector<fs::path> emls;
  for (auto& e : fs::recursive_directory_iterator(ext / "mime_fixtures_stalwart/resources/eml"))
    if (e.path().extension() == ".eml") emls.push_back(e.path());
  for (auto& e : fs::directory_iterator(ext / "japanese_email/stalwart"))
    if (e.path().extension() == ".eml") emls.push_back(e.path());
  std::sort(emls.begin(), emls.end());
  for (const auto& eml : emls) {
    fs::path json = eml;
    json.replace_extension(".json");
    if (!fs::exists(json)) continue;
    std::string name = "stalwart " + fs::relative(eml, ext).string();
    MatchStalwartFile(eml, json, name, false, items);
    fs::path crlf_json = eml;
    crlf_json.replace_extension(".crlf.json");
    if (fs::exists(crlf_json)) MatchStalwartFile(eml, crlf_json, name + " (CRLF)", true, items);
  }
}

void MatchCharsetFiles(const fs::path& ext, std::vector<Item>* items) {
  fs::path tri = ext / "japanese_email/gmime_charset_triplet";
  std::string want = Normalized(ReadFile(tri / "japanese.utf-8.txt"));
  struct Case {
    const char* file;
    const char* label;  // "" = as a document, no label
    const char* kind;
  };
  for (const Case& c : {Case{"japanese.iso-2022-jp.txt", "ISO-2022-JP", "labelled"},
                        Case{"japanese.shift-jis.txt", "Shift_JIS", "labelled"},
                        Case{"japanese.iso-2022-jp.txt", "", "document, detected"},
                        Case{"japanese.shift-jis.txt", "", "document, detected"}}) {
    Item it;
    it.name = std::string("gmime triplet ") + c.file + " (" + c.kind + ")";
    std::string got;
    if (*c.label) {
      got = onevoice::ingest::DecodeBytes(ReadFile(tri / c.file), c.label).text;
    } else {
      Document d = ParseFile(tri / c.file, InputKind::kPlain);
      if (!d.parts.empty()) got = d.parts[0].text;
      it.name += " as " + (d.parts.empty() ? std::string("?") : d.parts[0].charset);
    }
    it.ok = Normalized(got) == want;
    if (!it.ok) it.why = "decoded text differs from japanese.utf-8.txt";
    items->push_back(it);
  }
  fs::path p5 = ext / "japanese_email/p5-encode_charset_tables";
  for (const char* table : {"jisx0201", "jisx0208", "jisx0212"}) {
    Item it;
    it.name = std::string("p5-encode ") + table + ".enc as EUC-JP";
    std::string got =
        onevoice::ingest::DecodeBytes(ReadFile(p5 / (std::string(table) + ".enc")), "EUC-JP").text;
    std::string want_t = ReadFile(p5 / (std::string(table) + ".utf"));
    it.ok = got == want_t;
    if (!it.ok) {
      // List the differing characters (decode both to code points).
      auto cps = [](const std::string& s) {
        std::vector<uint32_t> v;
        for (size_t i = 0; i < s.size();) {
          unsigned char c = s[i];
          int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
          for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
          v.push_back(cp);
          i += n;
        }
        return v;
      };
      auto g = cps(got), w = cps(want_t);
      int diffs = 0;
      std::string list;
      for (size_t i = 0; i < std::min(g.size(), w.size()); ++i) {
        if (g[i] != w[i]) {
          ++diffs;
          char buf[40];
          std::snprintf(buf, sizeof buf, " U+%04X(want U+%04X)", g[i], w[i]);
          list += buf;
        }
      }
      it.why = std::to_string(diffs) + " of " + std::to_string(w.size()) +
               " characters differ:" + list + (g.size() != w.size() ? " (lengths differ)" : "") +
               " -- the CP932/eucJP-ms mapping of the JIS symbols that Windows maps to "
               "fullwidth forms; p5-encode uses the JIS X 0208 reference mapping";
    }
    items->push_back(it);
  }
  {
    Item it;
    it.name = "cassandane iso-2022-jp.eml";
    Document d = ParseFile(ext / "japanese_email/cassandane/iso-2022-jp.eml");
    std::string got;
    for (const auto& t : BodyTexts(d, false)) got += t;
    it.ok = Normalized(got) == "シニアソフトウェアエンジニア";
    if (!it.ok) it.why = "body '" + Escape(got) + "'";
    items->push_back(it);
  }
}

int Match(const fs::path& shared, double min_share, bool verbose) {
  fs::path ext = shared / "external";
  std::vector<Item> items;
  struct Counts {
    int ok = 0, lossy = 0, kept = 0, all = 0;
  };
  std::map<std::string, Counts> per_source;
  auto run = [&](const char* source, auto fn) {
    size_t before = items.size();
    fn(ext, &items);
    for (size_t i = before; i < items.size(); ++i) {
      std::string key = source;
      if (items[i].name.find("/malformed/") != std::string::npos) key += " (malformed/)";
      Counts& c = per_source[key];
      c.all++;
      c.ok += items[i].ok;
      c.lossy += items[i].ok_lossy_reference;
      c.kept += items[i].kept_all;
    }
  };
  run("rfc2047 header vectors", MatchHeaderVectors);
  run("imap_tools expected", MatchImapTools);
  run("stalwart expected JSON", MatchStalwart);
  run("charset references", MatchCharsetFiles);
  Counts total, wellformed;
  for (const auto& [source, c] : per_source) {
    std::printf("%-40s %4d / %4d match", source.c_str(), c.ok, c.all);
    if (c.lossy) std::printf(" (+%d where the reference has U+FFFD)", c.lossy);
    std::printf("\n");
    for (Counts* t : {&total, &wellformed}) {
      if (t == &wellformed && source.find("malformed") != std::string::npos) continue;
      t->ok += c.ok;
      t->lossy += c.lossy;
      t->kept += c.kept;
      t->all += c.all;
    }
  }
  auto pct = [](int n, int d) { return d ? 100.0 * n / d : 0.0; };
  std::printf(
      "decode match, all fixtures:        %d / %d = %.1f%% strict, %.1f%% counting "
      "reference U+FFFD as any character\n",
      total.ok, total.all, pct(total.ok, total.all), pct(total.ok + total.lossy, total.all));
  std::printf(
      "decode match, without malformed/:  %d / %d = %.1f%% strict, %.1f%% counting "
      "reference U+FFFD as any character\n",
      wellformed.ok, wellformed.all, pct(wellformed.ok, wellformed.all),
      pct(wellformed.ok + wellformed.lossy, wellformed.all));
  std::printf(
      "nothing the reference read is lost: %d / %d = %.1f%% (all fixtures), %d / %d = %.1f%% "
      "(without malformed/)\n",
      total.ok + total.lossy + total.kept, total.all, pct(total.ok + total.lossy + total.kept, total.all),
      wellformed.ok + wellformed.lossy + wellformed.kept, wellformed.all,
      pct(wellformed.ok + wellformed.lossy + wellformed.kept, wellformed.all));
  std::printf("not matching (\"kept\": we read all the reference read, and more):\n");
  for (const auto& it : items)
    if (!it.ok)
      std::printf("  %s%s: %s\n", it.ok_lossy_reference ? "(U+FFFD in reference) " : it.kept_all ? "(kept) " : "",
                  it.name.c_str(), it.why.c_str());
  if (verbose)
    for (const auto& it : items)
      if (it.ok) std::printf("  ok %s\n", it.name.c_str());
  double share = pct(total.ok, total.all);
  if (share + 1e-9 < min_share) {
    std::printf("FAIL: strict share %.1f%% below --min %.1f%%\n", share, min_share);
    return 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// robustness

std::vector<std::string> DefaultCorpora(const fs::path& shared) {
  fs::path ext = shared / "external";
  return {(ext / "spamassassin/eml").string(), (ext / "japanese_email").string(),
          (ext / "sisimai_set-of-emails").string(), (ext / "mime_fixtures_stalwart").string()};
}

bool IsCorpusFile(const std::string& path, bool is_dir) {
  if (is_dir) return true;
  std::string name = fs::path(path).filename().string();
  std::string ext = fs::path(path).extension().string();
  static const char* kSkipExt[] = {".json", ".tsv", ".py", ".js", ".t", ".pm", ".enc", ".utf"};
  for (const char* e : kSkipExt)
    if (ext == e) return false;
  static const char* kSkipName[] = {
      "LICENSE", "LICENSE.txt",    "COPYING",     "SOURCE.txt",  "README.md", "JAPANESE_FILES.txt",
      "MIT.txt", "Apache-2.0.txt", "MIT-LICENSE", "MANIFEST.tsv"};
  for (const char* n : kSkipName)
    if (name == n) return false;
  return true;
}

struct Slot {
  std::atomic<int64_t> started_ms{-1};  // -1: idle
  std::mutex mu;
  std::string what;
};

std::vector<Slot>* g_slots = nullptr;

void OnCrash(int sig) {
  const char msg[] = "\ningest-robustness: crashed while parsing:\n";
  (void)!write(2, msg, sizeof msg - 1);
  if (g_slots) {
    for (auto& s : *g_slots) {
      if (s.started_ms.load() >= 0) {
        (void)!write(2, "  ", 2);
        (void)!write(2, s.what.data(), s.what.size());
        (void)!write(2, "\n", 1);
      }
    }
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch())
      .count();
}

std::string ReasonKey(const std::string& s) {
  // Group "part 3: 2 undecodable…" as "part N: … undecodable…".
  std::string out;
  for (size_t i = 0; i < s.size() && out.size() < 70; ++i) {
    if (isdigit(static_cast<unsigned char>(s[i]))) {
      out += 'N';
      while (i + 1 < s.size() && isdigit(static_cast<unsigned char>(s[i + 1]))) ++i;
    } else if (s[i] == '\'') {
      size_t end = s.find('\'', i + 1);
      out += "'…'";
      if (end == std::string::npos) break;
      i = end;
    } else if (s[i] == '(' && s.compare(i, 16, "(binary content)") != 0 &&
               s.find("binary", i) != i + 1) {
      size_t end = s.find(')', i);
      out += "(…)";
      if (end == std::string::npos) break;
      i = end;
    } else {
      out += s[i];
    }
  }
  return out;
}

int Robustness(std::vector<std::string> paths, int jobs, double timeout_s, bool list_unreadable) {
  ReaderOptions options;
  options.accept = IsCorpusFile;
  InputReader reader(paths, options);
  std::vector<Slot> slots(jobs);
  g_slots = &slots;
  signal(SIGSEGV, OnCrash);
  signal(SIGABRT, OnCrash);
  signal(SIGBUS, OnCrash);
  signal(SIGFPE, OnCrash);

  std::mutex mu;
  std::condition_variable cv_work, cv_space;
  std::deque<RawInput> queue;
  bool done = false;
  struct Stats {
    int inputs = 0, messages = 0, documents = 0, readable = 0, unreadable = 0, no_text = 0;
    uint64_t bytes = 0;
    std::map<std::string, int> reasons, problems;
    std::vector<std::string> unreadable_list;
  } stats;
  std::mutex stats_mu;

  auto worker = [&](int w) {
    while (true) {
      RawInput in;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv_work.wait(lock, [&] { return done || !queue.empty(); });
        if (queue.empty()) return;
        in = std::move(queue.front());
        queue.pop_front();
        cv_space.notify_one();
      }
      {
        std::lock_guard<std::mutex> lock(slots[w].mu);
        slots[w].what = in.path + (in.offset ? "@" + std::to_string(in.offset) : "");
      }
      slots[w].started_ms = NowMs();
      Document d = onevoice::ingest::ParseInput(in);
      slots[w].started_ms = -1;
      std::lock_guard<std::mutex> lock(stats_mu);
      stats.inputs++;
      stats.bytes += in.bytes.size();
      (d.is_message ? stats.messages : stats.documents)++;
      if (d.unreadable) {
        stats.unreadable++;
        stats.reasons[ReasonKey(*d.unreadable)]++;
        stats.unreadable_list.push_back(slots[w].what + ": " + *d.unreadable);
      } else {
        stats.readable++;
        bool text = std::any_of(d.parts.begin(), d.parts.end(),
                                [](const TextPart& p) { return p.role != PartRole::kSubject; });
        if (!text) stats.no_text++;
        for (const auto& p : d.problems) stats.problems[ReasonKey(p)]++;
      }
    }
  };
  auto t0 = Clock::now();
  std::vector<std::thread> threads;
  for (int w = 0; w < jobs; ++w) threads.emplace_back(worker, w);
  std::atomic<bool> finished{false};
  std::thread monitor([&] {
    while (!finished) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      int64_t now = NowMs();
      for (auto& s : slots) {
        int64_t started = s.started_ms.load();
        if (started >= 0 && now - started > timeout_s * 1000) {
          std::lock_guard<std::mutex> lock(s.mu);
          std::fprintf(stderr, "HANG: %s has been parsing for more than %.0f s\n", s.what.c_str(),
                       timeout_s);
          std::fflush(stderr);
          _exit(3);
        }
      }
    }
  });
  RawInput in;
  while (reader.Next(&in)) {
    std::unique_lock<std::mutex> lock(mu);
    cv_space.wait(lock, [&] { return queue.size() < static_cast<size_t>(jobs) * 4; });
    queue.push_back(std::move(in));
    cv_work.notify_one();
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    done = true;
  }
  cv_work.notify_all();
  for (auto& t : threads) t.join();
  finished = true;
  monitor.join();
  double secs = Seconds(t0, Clock::now());

  std::printf("inputs: %d (messages %d, documents %d), %.1f MB in %.2f s (%d jobs)\n", stats.inputs,
              stats.messages, stats.documents, stats.bytes / 1e6, secs, jobs);
  std::printf("readable: %d (of which with no text part: %d)\nunreadable: %d\n", stats.readable,
              stats.no_text, stats.unreadable);
  std::printf("unreadable reasons:\n");
  for (const auto& [r, n] : stats.reasons) std::printf("  %6d  %s\n", n, r.c_str());
  std::vector<std::pair<int, std::string>> problems;
  for (const auto& [p, n] : stats.problems) problems.emplace_back(n, p);
  std::sort(problems.rbegin(), problems.rend());
  std::printf("problems in readable inputs (top 15):\n");
  for (size_t i = 0; i < problems.size() && i < 15; ++i)
    std::printf("  %6d  %s\n", problems[i].first, problems[i].second.c_str());
  if (list_unreadable) {
    std::sort(stats.unreadable_list.begin(), stats.unreadable_list.end());
    for (const auto& u : stats.unreadable_list) std::printf("  unreadable %s\n", u.c_str());
  }
  std::printf("no crash, no hang\n");
  return 0;
}

// ---------------------------------------------------------------------------
// bench

int Bench(const std::vector<std::string>& paths, int jobs, int repeat) {
  std::vector<RawInput> inputs;
  InputReader reader(paths, ReaderOptions());
  RawInput in;
  uint64_t bytes = 0;
  auto t_read = Clock::now();
  while (reader.Next(&in)) {
    bytes += in.bytes.size();
    inputs.push_back(std::move(in));
  }
  double read_s = Seconds(t_read, Clock::now());
  std::printf("loaded %zu inputs, %.1f MB (InputReader, incl. mbox split: %.2f s, %.0f MB/s)\n",
              inputs.size(), bytes / 1e6, read_s, bytes / 1e6 / read_s);
  for (int r = 0; r < repeat; ++r) {
    std::atomic<size_t> next{0};
    std::atomic<size_t> parts{0};
    auto t0 = Clock::now();
    std::vector<std::thread> threads;
    for (int w = 0; w < jobs; ++w) {
      threads.emplace_back([&] {
        size_t i;
        while ((i = next++) < inputs.size()) {
          Document d = onevoice::ingest::ParseInput(inputs[i]);
          parts += d.parts.size();
        }
      });
    }
    for (auto& t : threads) t.join();
    double s = Seconds(t0, Clock::now());
    std::printf(
        "run %d: parse+decode %zu messages in %.2f s with %d thread(s): %.1f MB/s, "
        "%.0f messages/s (%zu text parts)\n",
        r + 1, inputs.size(), s, jobs, bytes / 1e6 / s, inputs.size() / s, parts.load());
  }
  return 0;
}

// ---------------------------------------------------------------------------
// dump

const char* KindName(PartKind k) {
  return k == PartKind::kHtml ? "html" : k == PartKind::kMarkdown ? "markdown" : "plain";
}
const char* RoleName(PartRole r) {
  return r == PartRole::kSubject ? "subject" : r == PartRole::kBody ? "body" : "attachment";
}

int Dump(const std::vector<std::string>& paths, size_t max_text) {
  InputReader reader(paths, ReaderOptions());
  RawInput in;
  while (reader.Next(&in)) {
    Document d = onevoice::ingest::ParseInput(in);
    std::printf("== %s%s %s size=%llu\n", d.path.c_str(),
                d.offset ? ("@" + std::to_string(d.offset)).c_str() : "",
                d.is_message ? "message" : "document", static_cast<unsigned long long>(d.size));
    if (d.unreadable) std::printf("   UNREADABLE: %s\n", d.unreadable->c_str());
    if (d.is_message)
      std::printf("   id=%s from=%s <%s> date=%s\n   subject=%s\n", d.message_id.c_str(),
                  d.from_display.c_str(), d.from.c_str(), d.date.c_str(), d.subject.c_str());
    for (const auto& p : d.parts) {
      std::printf(
          "   part %d %s %s %s charset=%s%s%s%s%s\n", p.index, RoleName(p.role), KindName(p.kind),
          p.content_type.c_str(), p.charset.c_str(), p.charset_detected ? " (detected)" : "",
          p.filename.empty() ? "" : (" file='" + p.filename + "'").c_str(),
          p.quoted ? (" quoted from " + p.quoted_from + " " + p.quoted_date).c_str() : "", "");
      if (p.role != PartRole::kSubject) std::printf("     |%s\n", Escape(p.text, max_text).c_str());
    }
    for (const auto& s : d.skipped) std::printf("   skipped: %s\n", s.c_str());
    for (const auto& s : d.problems) std::printf("   problem: %s\n", s.c_str());
  }
  return 0;
}

int Usage() {
  std::fprintf(stderr,
               "usage: ingest-robustness match [--shared DIR] [--min PCT] [--verbose]\n"
               "       ingest-robustness robustness [--shared DIR] [--jobs N] [--timeout S] "
               "[--list-unreadable] [PATH...]\n"
               "       ingest-robustness bench [--jobs N] [--repeat R] PATH...\n"
               "       ingest-robustness dump [--max-text N] PATH...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  std::string mode = argv[1];
  fs::path shared = ONEVOICE_SHARED_DIR;
  int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int repeat = 3;
  double timeout_s = 30, min_share = 95;
  bool verbose = false, list_unreadable = false;
  size_t max_text = 300;
  std::vector<std::string> paths;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--shared")
      shared = value();
    else if (a == "--jobs")
      jobs = std::max(1, std::stoi(value()));
    else if (a == "--repeat")
      repeat = std::max(1, std::stoi(value()));
    else if (a == "--timeout")
      timeout_s = std::stod(value());
    else if (a == "--min")
      min_share = std::stod(value());
    else if (a == "--max-text")
      max_text = std::stoul(value());
    else if (a == "--verbose")
      verbose = true;
    else if (a == "--list-unreadable")
      list_unreadable = true;
    else if (a.rfind("--", 0) == 0)
      return Usage();
    else
      paths.push_back(a);
  }
  if (mode == "match") return Match(shared, min_share, verbose);
  if (mode == "robustness") {
    if (paths.empty()) paths = DefaultCorpora(shared);
    for (const auto& p : paths) {
      if (!fs::exists(p)) {
        std::fprintf(stderr, "no such corpus: %s\n", p.c_str());
        return 2;
      }
    }
    return Robustness(paths, jobs, timeout_s, list_unreadable);
  }
  if (mode == "bench") return paths.empty() ? Usage() : Bench(paths, jobs, repeat);
  if (mode == "dump") return paths.empty() ? Usage() : Dump(paths, max_text);
  return Usage();
}
