#include "text/zones.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <mutex>

#include "base/unicode.h"

namespace onevoice::text {
namespace {

// Counts of CJK characters and Latin letters in `t`, to tell which script
// a run of text is written in.
void CountScripts(std::string_view t, size_t* cjk, size_t* latin) {
  for (unsigned char c : t) {
    *cjk += c >= 0xE0 && c < 0xF0;  // lead bytes of 3-byte UTF-8 sequences (CJK)
    *latin += std::isalpha(c) != 0;
  }
}

// A line of prose: a sentence of eight words or more (a Japanese one of
// thirty characters or more) ending as sentences do. Signature lines —
// names, titles, addresses — are not.
bool IsProse(std::string_view t) {
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  if (!EndsLikeSentence(t)) return false;
  if (std::count(t.begin(), t.end(), ' ') >= 7) return true;
  size_t cjk = 0, latin = 0;
  CountScripts(t, &cjk, &latin);
  return cjk >= 30;
}

struct Attribution {
  std::unique_ptr<RE2> regex;
  size_t max_chars = 0;  // 0: any length
};

struct Markers {
  std::vector<Attribution> attribution;
  // Every attribution pattern in one RE2::Set (ids are indexes into
  // `attribution`): one pass over a line says which match, where trying
  // each costs a pass apiece. Null when the set did not build; then each
  // pattern is tried.
  std::unique_ptr<RE2::Set> attribution_set;
  std::vector<std::string> attribution_start;
  std::vector<std::string> block_marker;
  std::vector<std::pair<std::string, std::string>> header_field;  // word, role
  std::vector<std::string> signature_marker;
  std::vector<std::string> contact_marker;
  std::vector<std::string> valediction;  // lower-cased
  std::vector<std::string> postscript;
  std::vector<std::pair<std::string, std::string>> answer_mark;  // open, close

  explicit Markers(const claims::Lexicon& lex) {
    for (const std::string& lang : lex.Languages()) {
      for (const auto& e : lex.Entries(lang, "attribution")) {
        RE2::Options o;
        o.set_log_errors(false);
        auto re = std::make_unique<RE2>(e.word, o);
        const double max_chars = e.Number("max_chars", 0);
        if (re->ok()) attribution.push_back({std::move(re), static_cast<size_t>(max_chars > 0 ? max_chars : 0)});
      }
      for (const auto& e : lex.Entries(lang, "attribution_start")) attribution_start.push_back(e.word);
      for (const auto& e : lex.Entries(lang, "block_marker")) block_marker.push_back(e.word);
      for (const auto& e : lex.Entries(lang, "header_field")) header_field.push_back({e.word, e.Attr("role")});
      for (const auto& e : lex.Entries(lang, "signature_marker")) signature_marker.push_back(e.word);
      for (const auto& e : lex.Entries(lang, "contact_marker")) contact_marker.push_back(e.word);
      for (const auto& e : lex.Entries(lang, "valediction")) valediction.push_back(AsciiLower(e.word));
      for (const auto& e : lex.Entries(lang, "postscript")) postscript.push_back(e.word);
      for (const auto& e : lex.Entries(lang, "answer_mark")) answer_mark.push_back({e.word, e.Attr("close")});
    }
    RE2::Options o;  // as each pattern's own
    o.set_log_errors(false);
    attribution_set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    for (size_t k = 0; k < attribution.size(); ++k) {
      if (attribution_set->Add(attribution[k].regex->pattern(), nullptr) != static_cast<int>(k)) {
        attribution_set.reset();
        return;
      }
    }
    if (!attribution_set->Compile()) attribution_set.reset();
  }

  bool IsAttribution(std::string_view t) const {
    const size_t chars = CodePointCount(t);
    if (attribution_set) {
      std::vector<int> ids;
      RE2::Set::ErrorInfo error;
      if (attribution_set->Match(t, &ids, &error)) {
        for (int id : ids) {
          const size_t max_chars = attribution[id].max_chars;
          if (max_chars == 0 || chars <= max_chars) return true;
        }
        return false;
      }
      if (error.kind == RE2::Set::kNoError) return false;  // else try each below
    }
    for (const auto& a : attribution) {
      if (a.max_chars > 0 && chars > a.max_chars) continue;
      if (RE2::PartialMatch(t, *a.regex)) return true;
    }
    return false;
  }

  // The role of a header-field line ("from", "date"…) or "".
  std::string FieldRole(std::string_view t) const {
    for (const auto& [word, role] : header_field) {
      if (t.substr(0, word.size()) == word) return role;
    }
    return "";
  }

  bool IsBlockMarker(std::string_view t) const {
    if (t.size() > 80) return false;
    for (const auto& m : block_marker) {
      if (t.find(m) != std::string_view::npos) return true;
    }
    return false;
  }

  bool IsSignatureMarker(std::string_view t) const {
    for (const auto& m : signature_marker) {
      if (t == m) return true;
    }
    return false;
  }

  bool HasContact(std::string_view t) const {
    for (const auto& m : contact_marker) {
      if (t.find(m) != std::string_view::npos) return true;
    }
    return false;
  }

  // A closing line: a valediction, a trailing comma, full stop or
  // exclamation mark aside ("Kind regards,", 「よろしくお願いいたします。」).
  bool IsValediction(std::string_view t) const {
    if (t.size() > 60) return false;
    for (std::string_view mark : {",", ".", "!", "、", "。", "，", "！"}) {
      while (t.size() >= mark.size() && t.substr(t.size() - mark.size()) == mark) t.remove_suffix(mark.size());
    }
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    const std::string lower = AsciiLower(t);
    for (const auto& v : valediction) {
      if (lower == v) return true;
    }
    return false;
  }

  // The name in an answer mark opening `t` ("[Emma Clarke] …" → "Emma
  // Clarke"), or empty.
  std::string_view AnswerMarkName(std::string_view t) const {
    for (const auto& [open, close] : answer_mark) {
      if (close.empty() || t.substr(0, open.size()) != open) continue;
      const size_t end = t.find(close, open.size());
      if (end == std::string_view::npos || end - open.size() > 48) continue;
      std::string_view name = t.substr(open.size(), end - open.size());
      while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
      while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
      if (!name.empty()) return name;
    }
    return {};
  }

  bool IsPostscript(std::string_view t) const {
    for (const auto& p : postscript) {
      if (t.substr(0, p.size()) == p) return true;
    }
    return false;
  }

  // A line of a contact block: a contact marker, a mail address, or a
  // phone number with at most a short label before it ("M +44 7700 900 418").
  bool IsContactLine(std::string_view t) const { return HasContact(t) || !FindAddress(t).empty() || IsPhoneLine(t); }

  static bool IsPhoneLine(std::string_view t) {
    size_t i = 0;
    while (i < t.size() && i < 12 && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
    if (i < t.size() && (t[i] == ':' || t[i] == '.')) ++i;
    int digits = 0;
    for (; i < t.size(); ++i) {
      const unsigned char ch = static_cast<unsigned char>(t[i]);
      if (std::isdigit(ch)) {
        ++digits;
      } else if (!std::strchr(" +()-./", ch)) {
        return false;
      }
    }
    return digits >= 7;
  }
};

const Markers& MarkersFor(const claims::Lexicon& lex) {
  // One compiled set per lexicon (the process normally has exactly one).
  static const claims::Lexicon* cached_for = nullptr;
  static std::unique_ptr<Markers> cached;
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  if (cached_for != &lex) {
    cached = std::make_unique<Markers>(lex);
    cached_for = &lex;
  }
  return *cached;
}

std::string NameOf(std::string_view t) {
  // The display name: text before '<' or '[', after a field name or a date.
  size_t lt = t.find_first_of("<[");
  std::string_view name = lt == std::string_view::npos ? t : t.substr(0, lt);
  size_t colon = name.rfind(':');
  if (colon != std::string_view::npos && colon + 1 < name.size()) name = name.substr(colon + 1);
  size_t comma = name.rfind(',');
  if (comma != std::string_view::npos) name = name.substr(comma + 1);
  while (!name.empty() && (name.front() == ' ' || name.front() == '"')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '"')) name.remove_suffix(1);
  return std::string(name);
}

// Whether the name in an answer mark names the person whose display name is
// `display`: the whole name (spaces aside), one of its words, or, for two
// or more words, their initials ("Emma Clarke": "Emma Clarke", "Clarke",
// "EC"; 「山本 大輔」: 「山本」). ASCII letters compare without case.
bool NamesPerson(std::string_view mark, std::string_view display) {
  if (mark.empty() || display.empty()) return false;
  auto squeeze = [](std::string_view t) {
    std::string out;
    for (char c : t)
      if (c != ' ' && c != ',' && c != '"') out += c;
    return AsciiLower(out);
  };
  const std::string m = squeeze(mark);
  if (m.empty()) return false;
  if (m == squeeze(display)) return true;
  std::string initials;
  size_t words = 0;
  bool ascii_words = true;
  for (size_t i = 0; i < display.size();) {
    while (i < display.size() && (display[i] == ' ' || display[i] == ',' || display[i] == '"')) ++i;
    size_t j = i;
    while (j < display.size() && display[j] != ' ' && display[j] != ',' && display[j] != '"') ++j;
    if (j > i) {
      ++words;
      if (AsciiLower(display.substr(i, j - i)) == m && j - i >= 2) return true;
      const unsigned char first = static_cast<unsigned char>(display[i]);
      if (!std::isalpha(first)) ascii_words = false;
      initials += static_cast<char>(std::tolower(first));
    }
    i = j;
  }
  return ascii_words && words >= 2 && m == initials;
}

}  // namespace

std::string FindAddress(std::string_view text) {
  size_t at = text.find('@');
  if (at == std::string_view::npos) return "";
  auto is_addr = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' || c == '+' ||
           c == '\'' || c == '%';
  };
  size_t b = at, e = at + 1;
  while (b > 0 && is_addr(text[b - 1])) --b;
  while (e < text.size() && is_addr(text[e])) ++e;
  while (e > at + 1 && text[e - 1] == '.') --e;
  if (b == at || e == at + 1) return "";
  return AsciiLower(text.substr(b, e - b));
}

QuoteAuthor PartSender(const ingest::Document& doc, const ingest::TextPart& part) {
  if (part.quoted) return QuoteAuthor{part.quoted_from, ""};
  return QuoteAuthor{doc.from, doc.from_display};
}

Zones FindZones(const Layout& layout, const claims::Lexicon& lexicon, const QuoteAuthor& sender) {
  const Markers& mk = MarkersFor(lexicon);
  const auto& lines = layout.lines;
  const int n = static_cast<int>(lines.size());
  Zones z;
  z.zone.assign(n, Zone::kBody);
  z.author.assign(n, -1);
  auto content = [&](int i) { return layout.Text(lines[i].content); };
  std::vector<int> author_line;  // per author: the line that named it
  auto add_author = [&](std::string_view t, int line) {
    z.authors.push_back(QuoteAuthor{FindAddress(t), NameOf(t)});
    author_line.push_back(line);
    return static_cast<int>(z.authors.size()) - 1;
  };

  std::vector<int> depth_author(64, -1);  // author of quote depth d
  int block_author = -1;
  bool in_block = false;      // after a header block or forward marker
  bool in_signature = false;  // the sender's signature, at depth 0
  bool seen_own_text = false;  // a depth-0 line of the author's before this one
  int signature_depth = -1;   // a signature inside a quote, at that depth
  bool quoted_text_seen = false;  // text of the current quote before this line
  size_t own_cjk = 0, own_latin = 0;  // scripts of the author's own text so far
  // After a signature, a ruler and then prose in the other script: the
  // same letter again, translated (an English letter and its Japanese
  // version below the English signature) — the signature ended.
  auto translation_follows = [&](int i) {
    if (own_cjk + own_latin == 0) return false;
    const bool own_is_cjk = own_cjk * 2 > own_latin;
    for (int k = i + 1; k < n && k <= i + 6; ++k) {
      if (lines[k].quote_depth != 0) return false;
      if (lines[k].kind == LineKind::kBlank) continue;
      const std::string_view t = content(k);
      if (mk.IsContactLine(t)) return false;
      if (!IsProse(t)) continue;
      size_t cjk = 0, latin = 0;
      CountScripts(t, &cjk, &latin);
      return (cjk * 2 > latin) != own_is_cjk;
    }
    return false;
  };
  bool past_first_paragraph = false;  // a blank line after some text before this line
  bool block_signature = false;   // the quoted author's signature, after a header block
  // A ruler followed by contact lines at its own depth starts a signature —
  // not when prose comes first: a ruler closing a box drawn round a
  // newsletter's fact sheet is followed by the letter's next paragraph.
  auto ruler_opens_signature = [&](int i) {
    for (int k = i + 1; k < n && k <= i + 7; ++k) {
      if (lines[k].quote_depth != lines[i].quote_depth) break;
      if (mk.HasContact(content(k))) return true;
      if (IsProse(content(k))) return false;
    }
    return false;
  };

  for (int i = 0; i < n; ++i) {
    const Line& ln = lines[i];
    // In Markdown a "> " block is a callout of the author's own, not a quote.
    const int depth = layout.kind == ingest::PartKind::kMarkdown ? 0 : std::min(ln.quote_depth, 63);
    std::string_view t = content(i);
    if (ln.kind == LineKind::kBlank) {
      z.zone[i] = depth > 0 || in_block ? Zone::kQuoted : in_signature ? Zone::kSignature : Zone::kBody;
      if (i > 0 && lines[i - 1].kind != LineKind::kBlank) past_first_paragraph = true;
      continue;
    }
    // Header blocks: a from-field followed by other fields — or preceded by
    // a few, as Thunderbird writes the subject and date first (「件名:」
    // 「日付:」「差出人:」, "Subject:" "Date:" "From:").
    std::string role = mk.FieldRole(t);
    int from_line = role == "from" ? i : -1;
    if (!role.empty() && role != "from") {
      for (int k = i + 1; k < n && k <= i + 4; ++k) {
        if (lines[k].quote_depth != ln.quote_depth) break;
        const std::string r = mk.FieldRole(content(k));
        if (r.empty()) break;
        if (r == "from") {
          from_line = k;
          break;
        }
      }
    }
    if (from_line >= 0) {
      int fields = 1, last = from_line;
      for (int k = i + 1; k < n && k <= from_line + 8; ++k) {
        if (lines[k].kind == LineKind::kBlank && fields >= 2) break;
        if (lines[k].quote_depth != ln.quote_depth) break;
        std::string r = mk.FieldRole(content(k));
        if (!r.empty() && k != from_line) {
          ++fields;
          last = std::max(last, k);
        }
      }
      // A document's memo header in its opening lines ("For: … From: …
      // Date: …" under a proposal's title) is its own, not a quoted mail.
      if (fields >= 2 && layout.document && depth == 0 && !past_first_paragraph) {
        for (int k = i; k <= last; ++k) z.zone[k] = Zone::kHeader;
        i = last;
        continue;
      }
      if (fields >= 2) {
        int a = add_author(content(from_line), from_line);
        for (int k = i; k <= last; ++k) z.zone[k] = Zone::kHeader;
        quoted_text_seen = false;
        if (depth == 0) {
          block_author = a;
          in_block = true;
          in_signature = false;
          block_signature = false;
        } else {
          // A forwarded block inside a quote: its text follows at its own
          // depth, or one deeper ("> ----- Original Message -----" … ">> …").
          depth_author[depth] = a;
          if (depth + 1 < 64) depth_author[depth + 1] = a;
          signature_depth = -1;
        }
        i = last;
        continue;
      }
    }
    if (mk.IsBlockMarker(t)) {
      z.zone[i] = Zone::kHeader;
      quoted_text_seen = false;
      if (depth == 0) {
        in_block = true;
        in_signature = false;
        block_signature = false;
      }
      continue;
    }
    // Attributions, possibly wrapped onto a second line.
    bool attribution = mk.IsAttribution(t);
    int joined = 0;
    if (!attribution && i + 1 < n && lines[i + 1].quote_depth == ln.quote_depth) {
      for (const auto& s : mk.attribution_start) {
        if (t.substr(0, s.size()) == s) {
          std::string both = std::string(t) + " " + std::string(content(i + 1));
          if (mk.IsAttribution(both)) {
            attribution = true;
            joined = 1;
          }
          break;
        }
      }
    }
    if (attribution) {
      std::string both = std::string(t);
      if (joined) both += " " + std::string(content(i + 1));
      int a = add_author(both, i);
      if (depth + 1 < 64) depth_author[depth + 1] = a;
      // Apple Mail and Gmail on phones put the attribution inside the quote
      // it opens ("> On 5 Oct 2026, at 18:22, Oliver <…> wrote:" over "> Hi
      // Fiona,"; 「> 2026/09/25 13:42、森 徹 <…>のメール:」): opening its depth
      // with its text at the same depth, it names that depth's author.
      if (depth > 0) {
        int prev = i - 1, next = i + joined + 1;
        while (prev >= 0 && lines[prev].kind == LineKind::kBlank) --prev;
        while (next < n && lines[next].kind == LineKind::kBlank) ++next;
        if ((prev < 0 || lines[prev].quote_depth < ln.quote_depth) && next < n &&
            lines[next].quote_depth == ln.quote_depth)
          depth_author[depth] = a;
      }
      for (int k = i; k <= i + joined; ++k) z.zone[k] = Zone::kHeader;
      if (depth == 0) in_signature = false;
      quoted_text_seen = false;
      i += joined;
      continue;
    }
    // Quoted text keeps its author's signature out too: a "-- " line, or a
    // ruler followed by contact lines after some of the quote's text.
    const bool quoted_ruler_signature =
        (depth > 0 || in_block) && ln.kind == LineKind::kRuler && quoted_text_seen && ruler_opens_signature(i);
    if ((depth > 0 || in_block) && ln.kind != LineKind::kRuler) quoted_text_seen = true;
    if (depth > 0) {
      if (mk.IsSignatureMarker(t) || quoted_ruler_signature) signature_depth = depth;
      if (signature_depth >= 0 && depth < signature_depth) signature_depth = -1;
      z.zone[i] = signature_depth == depth ? Zone::kSignature : Zone::kQuoted;
      int a = depth_author[depth];
      if (a < 0 && in_block) a = block_author;
      z.author[i] = a;
      continue;
    }
    signature_depth = -1;
    if (in_block) {
      if (mk.IsSignatureMarker(t) || quoted_ruler_signature) block_signature = true;
      z.zone[i] = block_signature ? Zone::kSignature : Zone::kQuoted;
      z.author[i] = block_author;
      continue;
    }
    if (in_signature && mk.IsPostscript(t)) in_signature = false;
    if (in_signature && ln.kind == LineKind::kRuler && translation_follows(i)) {
      in_signature = false;
      z.zone[i] = Zone::kSignature;
      continue;
    }
    if (in_signature) {
      z.zone[i] = Zone::kSignature;
      continue;
    }
    if (mk.IsSignatureMarker(t)) {
      in_signature = true;
      z.zone[i] = Zone::kSignature;
      continue;
    }
    // A closing line followed by a contact block: the signature starts
    // after it (the name, then phone numbers and addresses).
    if (mk.IsValediction(t)) {
      int looked = 0;
      for (int k = i + 1; k < n && looked < 8; ++k) {
        if (lines[k].quote_depth != 0) break;
        if (lines[k].kind == LineKind::kBlank) continue;
        const std::string_view next = content(k);
        if (mk.IsBlockMarker(next) || mk.IsAttribution(next) || mk.IsPostscript(next)) break;
        ++looked;
        if (mk.IsContactLine(next)) {
          in_signature = true;
          break;
        }
      }
      seen_own_text = true;
      continue;
    }
    const bool own_text = seen_own_text;
    if (ln.kind != LineKind::kRuler && ln.kind != LineKind::kBlank) {
      seen_own_text = true;
      CountScripts(t, &own_cjk, &own_latin);
    }
    // A ruler followed by contact lines starts a signature — after some of
    // the author's own text: a letterhead between rulers at the top of a
    // document (宛先, 日付, 〒, TEL) is no signature.
    if (ln.kind == LineKind::kRuler && own_text && ruler_opens_signature(i)) {
      in_signature = true;
      z.zone[i] = Zone::kSignature;
      continue;
    }
  }

  // Inline answers (zones.h): a quoted line opening with an answer mark
  // that names someone other than its author is that person's text — the
  // nearest earlier author of the thread so named, else the sender.
  for (int i = 0; i < n && !mk.answer_mark.empty(); ++i) {
    if (z.zone[i] != Zone::kQuoted) continue;
    const std::string_view name = mk.AnswerMarkName(content(i));
    if (name.empty()) continue;
    const int own = z.author[i];
    if (own >= 0 && NamesPerson(name, z.authors[own].name)) continue;
    int who = -1;
    for (int a = static_cast<int>(z.authors.size()) - 1; a >= 0 && who < 0; --a) {
      if (a != own && author_line[a] < i && NamesPerson(name, z.authors[a].name)) who = a;
    }
    if (who < 0 && !NamesPerson(name, sender.name)) continue;
    // The answer runs on over the lines its first line wraps onto.
    for (int k = i; k < n; ++k) {
      if (k > i && (lines[k].kind == LineKind::kBlank || lines[k].kind == LineKind::kBullet ||
                    z.zone[k] != Zone::kQuoted || z.author[k] != own ||
                    lines[k].quote_depth != lines[i].quote_depth || !mk.AnswerMarkName(content(k)).empty()))
        break;
      z.zone[k] = who >= 0 ? Zone::kQuoted : Zone::kBody;
      z.author[k] = who;
      i = k;
      if (EndsLikeSentence(content(k))) break;
    }
  }
  return z;
}

}  // namespace onevoice::text
