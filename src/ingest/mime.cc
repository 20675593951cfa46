#include "ingest/mime.h"

#include <gmime/gmime.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/unicode.h"
#include "ingest/charset.h"
#include "ingest/rfc2047.h"

namespace onevoice::ingest {
namespace {

void InitGMime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

struct GObjectUnref {
  void operator()(void* p) const {
    if (p) g_object_unref(p);
  }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct OptionsFree {
  void operator()(GMimeParserOptions* p) const {
    if (p) g_mime_parser_options_free(p);
  }
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c += 32;
  return out;
}

std::string Str(const char* s) { return s ? std::string(s) : std::string(); }

std::string Utf8(std::string s) {
  ScrubUtf8(&s);
  return s;
}

// ---------------------------------------------------------------------------
// Parser warnings

struct Warnings {
  bool truncated = false;            // GMIME_WARN_TRUNCATED_MESSAGE
  bool malformed_multipart = false;  // GMIME_WARN_MALFORMED_MULTIPART
  bool nesting_overflow = false;     // GMIME_CRIT_NESTING_OVERFLOW
  bool no_boundary = false;          // GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY
};

void OnWarning(gint64 /*offset*/, GMimeParserWarning code, const gchar* /*item*/,
               gpointer user_data) {
  auto* w = static_cast<Warnings*>(user_data);
  switch (code) {
    case GMIME_WARN_TRUNCATED_MESSAGE:
      w->truncated = true;
      break;
    case GMIME_WARN_MALFORMED_MULTIPART:
      w->malformed_multipart = true;
      break;
    case GMIME_CRIT_NESTING_OVERFLOW:
      w->nesting_overflow = true;
      break;
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
      w->no_boundary = true;
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------------------
// Headers

std::optional<std::string> RawHeader(GMimeObject* obj, const char* name) {
  GMimeHeaderList* list = g_mime_object_get_header_list(obj);
  if (!list) return std::nullopt;
  GMimeHeader* h = g_mime_header_list_get_header(list, name);
  if (!h) return std::nullopt;
  const char* raw = g_mime_header_get_raw_value(h);
  return Str(raw);
}

std::string DateOf(GMimeMessage* msg) {
  GDateTime* dt = g_mime_message_get_date(msg);  // in the header's own zone; owned by msg
  if (!dt) return "";
  int y = g_date_time_get_year(dt), m = g_date_time_get_month(dt),
      d = g_date_time_get_day_of_month(dt);
  if (y < 1000 || y > 9999) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

struct Sender {
  std::string address;  // lower-case
  std::string display;
};

InternetAddressMailbox* FirstMailbox(InternetAddressList* list) {
  if (!list) return nullptr;
  int n = internet_address_list_length(list);
  for (int i = 0; i < n; ++i) {
    InternetAddress* a = internet_address_list_get_address(list, i);
    if (INTERNET_ADDRESS_IS_MAILBOX(a)) return INTERNET_ADDRESS_MAILBOX(a);
    if (INTERNET_ADDRESS_IS_GROUP(a)) {
      if (auto* m = FirstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a))))
        return m;
    }
  }
  return nullptr;
}

Sender SenderOf(GMimeObject* msg, GMimeParserOptions* options, const std::string& hint) {
  Sender s;
  auto raw = RawHeader(msg, "From");
  if (!raw) return s;
  HeaderText decoded = DecodeAddressHeader(*raw, hint);
  GPtr<InternetAddressList> list(internet_address_list_parse(options, decoded.text.c_str()));
  InternetAddressMailbox* mb = FirstMailbox(list.get());
  if (mb) {
    s.address = Utf8(Lower(Str(internet_address_mailbox_get_addr(mb))));
    s.display = Utf8(Str(internet_address_get_name(INTERNET_ADDRESS(mb))));
  }
  if (s.address.empty()) s.display = DecodeHeaderText(*raw, hint).text;
  return s;
}

std::string MessageIdOf(GMimeMessage* msg) {
  std::string id = Str(g_mime_message_get_message_id(msg));
  if (id.empty()) {
    auto raw = RawHeader(GMIME_OBJECT(msg), "Message-ID");
    if (!raw) return "";
    std::string v = DecodeHeaderText(*raw).text;
    size_t lt = v.find('<');
    size_t gt = v.find('>', lt == std::string::npos ? 0 : lt);
    if (lt != std::string::npos && gt != std::string::npos) v = v.substr(lt + 1, gt - lt - 1);
    id = v;
  }
  if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
  return Utf8(id);
}

// ---------------------------------------------------------------------------
// Parts

std::string MediaType(GMimeObject* obj) {
  GMimeContentType* ct = g_mime_object_get_content_type(obj);
  if (!ct) return "text/plain";
  std::string type = Lower(Str(g_mime_content_type_get_media_type(ct)));
  std::string sub = Lower(Str(g_mime_content_type_get_media_subtype(ct)));
  if (type.empty()) type = "text";
  if (sub.empty()) sub = "plain";
  return Utf8(type + "/" + sub);
}

std::string CharsetParam(GMimeObject* obj) {
  GMimeContentType* ct = g_mime_object_get_content_type(obj);
  return ct ? Str(g_mime_content_type_get_parameter(ct, "charset")) : "";
}

bool IsAttachment(GMimeObject* obj) {
  return Lower(Str(g_mime_object_get_disposition(obj))) == "attachment";
}

// The value of parameter `name` in a raw Content-Disposition or Content-Type
// value, decoded: RFC 2231 (name*=charset'lang'%XX, sections name*0*,
// name*1…) or a plain/quoted value holding RFC 2047 words or raw 8-bit text.
// GMime has parsed the structure already; this only re-reads one parameter's
// value, because GMime decodes it through iconv (no CP50220: ① fails) and
// drops every word after the first of a multi-word RFC 2047 value.
std::optional<std::string> ParamValue(std::string_view raw, std::string_view name,
                                      const std::string& hint) {
  struct Section {
    int number;
    bool extended;
    std::string value;
  };
  std::vector<Section> sections;
  std::optional<std::string> plain;
  size_t i = 0;
  while (i < raw.size()) {
    // Next parameter: skip to after a ';' outside quotes.
    size_t semi = std::string_view::npos;
    bool quoted = false;
    for (size_t k = i; k < raw.size(); ++k) {
      if (raw[k] == '\\' && quoted) {
        ++k;
      } else if (raw[k] == '"') {
        quoted = !quoted;
      } else if (raw[k] == ';' && !quoted) {
        semi = k;
        break;
      }
    }
    if (semi == std::string_view::npos) break;
    i = semi + 1;
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\r' || raw[i] == '\n'))
      ++i;
    size_t eq = raw.find('=', i);
    if (eq == std::string_view::npos) break;
    std::string key = Lower(raw.substr(i, eq - i));
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.pop_back();
    size_t v = eq + 1;
    while (v < raw.size() && (raw[v] == ' ' || raw[v] == '\t')) ++v;
    std::string value;
    if (v < raw.size() && raw[v] == '"') {
      size_t k = v + 1;
      for (; k < raw.size() && raw[k] != '"'; ++k) {
        if (raw[k] == '\\' && k + 1 < raw.size()) ++k;
        if (raw[k] != '\r' && raw[k] != '\n') value += raw[k];
      }
      i = k + 1;
    } else {
      size_t k = v;
      while (k < raw.size() && raw[k] != ';' && raw[k] != '\r' && raw[k] != '\n') ++k;
      value = std::string(raw.substr(v, k - v));
      while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.pop_back();
      i = k;
    }
    if (key == name) {
      plain = value;
    } else if (key.size() > name.size() && key.compare(0, name.size(), name) == 0 &&
               key[name.size()] == '*') {
      std::string rest = key.substr(name.size() + 1);
      bool extended = !rest.empty() && rest.back() == '*';
      if (extended) rest.pop_back();
      if (rest.empty()) {
        sections.push_back({0, true, value});  // name*=charset'lang'value
      } else if (rest.size() < 4 && std::all_of(rest.begin(), rest.end(),
                                                [](char c) { return c >= '0' && c <= '9'; })) {
        sections.push_back({std::stoi(rest), extended, value});
      }
    }
  }
  if (!sections.empty()) {
    std::sort(sections.begin(), sections.end(),
              [](const Section& a, const Section& b) { return a.number < b.number; });
    std::string charset, bytes;
    for (size_t s = 0; s < sections.size(); ++s) {
      std::string v = sections[s].value;
      if (s == 0 && sections[s].extended) {
        size_t q1 = v.find('\''), q2 = q1 == std::string::npos ? q1 : v.find('\'', q1 + 1);
        if (q2 != std::string::npos) {
          charset = v.substr(0, q1);
          v = v.substr(q2 + 1);
        }
      }
      if (!sections[s].extended) {
        bytes += v;
        continue;
      }
      for (size_t k = 0; k < v.size(); ++k) {
        auto hex = [](char c) {
          return c >= '0' && c <= '9'   ? c - '0'
                 : c >= 'a' && c <= 'f' ? c - 'a' + 10
                 : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                        : -1;
        };
        if (v[k] == '%' && k + 2 < v.size() && hex(v[k + 1]) >= 0 && hex(v[k + 2]) >= 0) {
          bytes += static_cast<char>(hex(v[k + 1]) * 16 + hex(v[k + 2]));
          k += 2;
        } else {
          bytes += v[k];
        }
      }
    }
    return DecodeBytes(bytes, charset.empty() ? hint : charset).text;
  }
  if (plain) return DecodeHeaderText(*plain, hint).text;
  return std::nullopt;
}

std::string FilenameOf(GMimeObject* obj, const std::string& hint) {
  if (auto raw = RawHeader(obj, "Content-Disposition")) {
    if (auto v = ParamValue(*raw, "filename", hint); v && !v->empty()) return *v;
  }
  if (auto raw = RawHeader(obj, "Content-Type")) {
    if (auto v = ParamValue(*raw, "name", hint); v && !v->empty()) return *v;
  }
  if (GMIME_IS_PART(obj)) return Utf8(Str(g_mime_part_get_filename(GMIME_PART(obj))));
  return "";
}

// How a part of media type `type` named `filename` is read, or none when
// it is not text. A spreadsheet export is often labelled by its file name
// alone ("prices.csv" as application/octet-stream or vnd.ms-excel).
std::optional<PartKind> JudgedKind(const std::string& type, const std::string& filename) {
  if (type == "text/csv" || type == "application/csv") return PartKind::kCsv;
  if (type == "text/tab-separated-values") return PartKind::kTsv;
  if (type == "text/calendar" || type == "application/ics") return PartKind::kCalendar;
  if (type == "text/html") return PartKind::kHtml;
  if (type == "text/markdown" || type == "text/x-markdown") return PartKind::kMarkdown;
  const bool generic = type == "text/plain" || type == "application/octet-stream" ||
                       type == "application/vnd.ms-excel";
  if (generic) {
    if (auto format = FileFormatOfName(filename)) return format->kind;
  }
  if (type == "text/plain") return PartKind::kPlain;
  return std::nullopt;
}

// The part's content with its transfer encoding undone, held in a GMime
// memory stream; view() is valid while the Content lives.
class Content {
 public:
  explicit Content(GMimePart* part) {
    GMimeDataWrapper* w = g_mime_part_get_content(part);
    if (!w) return;
    // Size the buffer from the encoded length: decoding never grows it.
    GMimeStream* raw = g_mime_data_wrapper_get_stream(w);
    gint64 len = raw ? g_mime_stream_length(raw) : -1;
    GByteArray* array = g_byte_array_sized_new(len > 0 ? static_cast<guint>(len) : 0);
    stream_.reset(g_mime_stream_mem_new_with_byte_array(array));  // owns the array
    g_mime_data_wrapper_write_to_stream(w, stream_.get());
    array_ = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream_.get()));
  }
  std::string_view view() const {
    if (!array_ || !array_->data) return {};
    return std::string_view(reinterpret_cast<const char*>(array_->data), array_->len);
  }

 private:
  GPtr<GMimeStream> stream_;
  GByteArray* array_ = nullptr;
};

size_t CountCodePoints(std::string_view utf8) {
  size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

bool AllSpace(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0';
  });
}

// What a part is for choosing among alternatives (higher wins).
int AlternativeRank(GMimeObject* obj, int depth) {
  if (depth > 8) return 0;
  if (GMIME_IS_MULTIPART(obj)) {
    int best = 0;
    GMimeMultipart* mp = GMIME_MULTIPART(obj);
    int n = g_mime_multipart_get_count(mp);
    for (int i = 0; i < n; ++i)
      best =
          std::max(best, std::min(3, AlternativeRank(g_mime_multipart_get_part(mp, i), depth + 1)));
    return best;
  }
  if (!GMIME_IS_PART(obj) || IsAttachment(obj)) return 0;
  std::string type = MediaType(obj);
  if (type == "text/plain") return AllSpace(Content(GMIME_PART(obj)).view()) ? 1 : 4;
  if (type == "text/html") return 2;
  if (type == "text/markdown" || type == "text/x-markdown") return 2;
  return 0;
}

// Text of a part reduced for the "repeats" comparison.
std::string Fingerprint(const TextPart& p) {
  std::string s;
  const std::string& t = p.text;
  if (p.kind == PartKind::kHtml) {
    const std::string lower = Lower(t);
    size_t i = 0;
    while (i < t.size()) {
      if (t[i] == '<') {
        std::string tag = lower.substr(i + 1, 6);
        size_t end = t.find('>', i);
        if (end == std::string::npos) break;
        for (const char* skip : {"script", "style"}) {
          if (tag.rfind(skip, 0) == 0) {
            size_t close = lower.find(std::string("</") + skip, end);
            end = close == std::string::npos ? t.size() - 1 : t.find('>', close);
            if (end == std::string::npos) end = t.size() - 1;
          }
        }
        s += ' ';
        i = end + 1;
      } else if (t[i] == '&') {
        size_t semi = std::string_view(t).substr(i, 10).find(';');  // entities are short
        if (semi != std::string_view::npos) semi += i;
        std::string ent = semi != std::string::npos ? t.substr(i + 1, semi - i - 1) : "";
        static const std::unordered_map<std::string, std::string> kEntities = {
            {"nbsp", " "},  {"amp", "&"},  {"lt", "<"},  {"gt", ">"},
            {"quot", "\""}, {"apos", "'"}, {"#39", "'"}, {"#160", " "}};
        auto it = kEntities.find(Lower(ent));
        if (it != kEntities.end()) {
          s += it->second;
          i = semi + 1;
        } else {
          s += t[i++];
        }
      } else {
        s += t[i++];
      }
    }
  }
  const std::string& src = p.kind == PartKind::kHtml ? s : t;
  // Collapse white space (including U+00A0).
  std::string out;
  out.reserve(src.size());
  bool space = true;
  for (size_t i = 0; i < src.size(); ++i) {
    bool ws = src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r';
    if (!ws && static_cast<unsigned char>(src[i]) == 0xC2 && i + 1 < src.size() &&
        static_cast<unsigned char>(src[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += src[i];
      space = false;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Quote {
  std::string from;
  std::string date;
};

class Walker {
 public:
  Walker(const Limits& limits, Document* doc, GMimeParserOptions* options, std::string hint)
      : limits_(limits), doc_(doc), options_(options), hint_(std::move(hint)) {}

  void Walk(GMimeObject* obj, int depth, const Quote* quote, bool count_only) {
    if (stopped_) return;
    if (++nodes_ > limits_.max_parts) {
      stopped_ = true;
      Lost("more than max_parts (" + std::to_string(limits_.max_parts) +
           ") MIME parts: the rest is not read");
      return;
    }
    if (depth > limits_.max_mime_depth) {
      int index = ++next_index_;
      if (!count_only) {
        std::string what = "part " + std::to_string(index) + " " + MediaType(obj) +
                           ": nested deeper than max_mime_depth (" +
                           std::to_string(limits_.max_mime_depth) + ")";
        doc_->skipped.push_back(what + ", skipped");
        Lost(what + ", not read");
      }
      return;
    }
    if (GMIME_IS_MULTIPART_ENCRYPTED(obj)) {  // PGP/MIME: nothing inside is text we can read
      int index = ++next_index_;
      if (!count_only) {
        std::string what = "part " + std::to_string(index) + " " + MediaType(obj) + ": encrypted (PGP/MIME)";
        doc_->skipped.push_back(what + ", skipped");
        Lost(what + ", not read");
      }
      return;
    }
    if (GMIME_IS_MULTIPART(obj)) {
      GMimeMultipart* mp = GMIME_MULTIPART(obj);
      int n = g_mime_multipart_get_count(mp);
      if (n == 0) {  // the boundary never occurs: all of it is in the prologue
        int index = ++next_index_;
        if (!count_only) Prologue(mp, index, quote);
        return;
      }
      // Among alternatives the best-ranked kind is judged; when several parts
      // share that rank (two plain-text versions that differ), each is judged,
      // so no version's text goes unread; a part that merely repeats another
      // is dropped later, as everywhere.
      // Other ranks keep only the last of their kind (HTML and markdown
      // versions of one text).
      constexpr int kPlainText = 4;
      std::vector<int> ranks;
      int best = 0, last_best = -1;
      if (!count_only && MediaType(obj) == "multipart/alternative") {
        ranks.resize(n);
        for (int i = 0; i < n; ++i) {
          ranks[i] = AlternativeRank(g_mime_multipart_get_part(mp, i), 0);
          if (ranks[i] > 0 && ranks[i] >= best) {
            best = ranks[i];
            last_best = i;
          }
        }
      }
      // Beside a judged plain-text version, the last HTML version is read as
      // a supplement: what it says that the plain text does not is judged
      // too (LABELS: a claim is listed once, not once per part).
      constexpr int kHtml = 2;
      int supplement = -1;
      if (best == kPlainText) {
        for (int i = 0; i < n; ++i)
          if (ranks[i] == kHtml && MediaType(g_mime_multipart_get_part(mp, i)) == "text/html") supplement = i;
      }
      for (int i = 0; i < n; ++i) {
        bool judged = best == 0 || i == last_best || (best == kPlainText && ranks[i] == best) || i == supplement;
        bool skip = count_only || !judged;
        const size_t before = doc_->parts.size();
        Walk(g_mime_multipart_get_part(mp, i), depth + 1, quote, skip);
        if (i == supplement && !skip)
          for (size_t k = before; k < doc_->parts.size(); ++k) doc_->parts[k].supplement = true;
      }
      return;
    }
    if (GMIME_IS_MESSAGE_PART(obj)) {
      GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
      GMimeObject* root = inner ? g_mime_message_get_mime_part(inner) : nullptr;
      if (!root) {
        int index = ++next_index_;
        if (!count_only)
          doc_->skipped.push_back("part " + std::to_string(index) + " " + MediaType(obj) +
                                  ": empty attached message, skipped");
        return;
      }
      Quote q;
      if (!count_only) {
        q.from = SenderOf(GMIME_OBJECT(inner), options_, hint_).address;
        q.date = DateOf(inner);
      }
      Walk(root, depth + 1, &q, count_only);
      return;
    }
    int index = ++next_index_;
    if (count_only) return;
    Leaf(obj, index, quote);
  }

  // Why text was lost, when it was: the first such problem.
  const std::string& lost() const { return lost_; }

  // Records a problem that lost text (a limit hit, a part that could not be
  // read): if no text is left at all, it is why the message is unreadable.
  void Lost(const std::string& problem) {
    doc_->problems.push_back(problem);
    if (lost_.empty()) lost_ = problem;
  }

 private:
  // A multipart whose boundary never occurs (a mangled or mistyped
  // boundary): GMime keeps its whole body as the prologue. Read it as the
  // plain text it is, in an unknown charset.
  void Prologue(GMimeMultipart* mp, int index, const Quote* quote) {
    std::string type = MediaType(GMIME_OBJECT(mp));
    std::string label = "part " + std::to_string(index) + " " + type;
    const char* prologue = g_mime_multipart_get_prologue(mp);
    if (!prologue || AllSpace(prologue)) {
      doc_->skipped.push_back(label + ": no parts, skipped");
      return;
    }
    Decoded d = DecodeBytes(prologue, "");
    NormalizeNewlines(&d.text);
    TruncateUtf8(&d.text, limits_.max_text_bytes);
    doc_->problems.push_back(label + ": its boundary never occurs; the body is read as plain text");
    TextPart p;
    p.index = index;
    p.kind = PartKind::kPlain;
    p.role = PartRole::kBody;
    p.text = std::move(d.text);
    p.charset = d.charset;
    p.charset_detected = d.detected;
    p.content_type = "text/plain";
    if (quote) {
      p.quoted = true;
      p.quoted_from = quote->from;
      p.quoted_date = quote->date;
    }
    ++text_parts_;
    doc_->parts.push_back(std::move(p));
  }

  void Leaf(GMimeObject* obj, int index, const Quote* quote) {
    std::string type = MediaType(obj);
    std::string filename = FilenameOf(obj, hint_);
    std::string label = "part " + std::to_string(index) + " " + type +
                        (filename.empty() ? "" : " '" + filename + "'");
    // An S/MIME body in a container (encrypted, or signed with the text
    // inside the signature): its text cannot be read here.
    if (type == "application/pkcs7-mime" || type == "application/x-pkcs7-mime") {
      const char* smime = g_mime_object_get_content_type_parameter(obj, "smime-type");
      const std::string smime_type = smime ? AsciiLower(smime) : "";
      if (smime_type != "certs-only") {
        const std::string what =
            label + (smime_type == "signed-data" ? ": S/MIME signed-data (the text is inside the signature)"
                                                 : ": encrypted (S/MIME" + (smime_type.empty() ? "" : " " + smime_type) + ")");
        doc_->skipped.push_back(what + ", skipped");
        Lost(what + ", not read");
        return;
      }
    }
    auto kind = JudgedKind(type, filename);
    if (!kind || !GMIME_IS_PART(obj)) {
      bool text = type.rfind("text/", 0) == 0;
      doc_->skipped.push_back(label +
                              (text ? ": text type not judged, skipped" : ": not text, skipped"));
      return;
    }
    Content content(GMIME_PART(obj));
    std::string_view bytes = content.view();
    std::string charset_label = CharsetParam(obj);
    if (charset_label.empty() && *kind == PartKind::kHtml) charset_label = SniffHtmlCharset(bytes);
    Decoded d = DecodeBytes(bytes, charset_label);
    // The raw bytes tell what binary it is (magic numbers); UTF-16 and
    // UTF-32 text has NUL bytes, so judge those decoded.
    bool wide = d.charset.rfind("UTF-16", 0) == 0 || d.charset.rfind("UTF-32", 0) == 0;
    if (auto binary = SniffBinary(wide ? std::string_view(d.text) : bytes)) {
      doc_->skipped.push_back(label + ": not text (" + *binary + "), skipped");
      Lost(label + ": labelled text but holds " + *binary);
      return;
    }
    NormalizeNewlines(&d.text);
    if (AllSpace(d.text)) {
      doc_->skipped.push_back(label + ": empty, skipped");
      return;
    }
    if (d.replaced > 0 && d.replaced * 2 > CountCodePoints(d.text)) {
      doc_->skipped.push_back(label + ": undecodable in " + d.charset + ", skipped");
      Lost(label + ": " + std::to_string(d.replaced) + " undecodable byte sequences (" + d.charset +
           "), more than half of the text: not read");
      return;
    }
    std::string where = "part " + std::to_string(index);
    if (d.replaced > 0)
      doc_->problems.push_back(where + ": " + std::to_string(d.replaced) +
                               " undecodable byte sequences (" + d.charset +
                               ") replaced by U+FFFD");
    if (d.detected && !charset_label.empty())
      doc_->problems.push_back(
          where + ": charset label '" + Utf8(charset_label) + "' " +
          (CanonicalCharset(charset_label).empty() ? "unknown" : "does not fit the bytes") +
          ", decoded as " + d.charset);
    if (d.text.size() > limits_.max_text_bytes) {
      TruncateUtf8(&d.text, limits_.max_text_bytes);
      doc_->problems.push_back(where + ": text longer than max_text_bytes (" +
                               std::to_string(limits_.max_text_bytes) + "), cut");
    }
    TextPart p;
    p.index = index;
    p.kind = *kind;
    // An attached file: Content-Disposition attachment, or a named text part
    // after the first (an inline "notes.txt" is a file, not the letter).
    bool attachment = IsAttachment(obj) || (!filename.empty() && text_parts_ > 0);
    ++text_parts_;
    p.role = attachment ? PartRole::kAttachment : PartRole::kBody;
    p.text = std::move(d.text);
    p.charset = d.charset;
    p.charset_detected = d.detected;
    p.content_type = type;
    p.filename = filename;
    if (*kind == PartKind::kPlain) {
      const char* format = g_mime_object_get_content_type_parameter(obj, "format");
      const char* delsp = g_mime_object_get_content_type_parameter(obj, "delsp");
      p.flowed = format && AsciiLower(format) == "flowed";
      p.delsp = p.flowed && delsp && AsciiLower(delsp) == "yes";
    }
    if (quote) {
      p.quoted = true;
      p.quoted_from = quote->from;
      p.quoted_date = quote->date;
    }
    doc_->parts.push_back(std::move(p));
  }

  const Limits& limits_;
  Document* doc_;
  GMimeParserOptions* options_;
  std::string hint_;
  int next_index_ = 0;
  int text_parts_ = 0;  // text parts emitted so far
  int nodes_ = 0;
  bool stopped_ = false;
  std::string lost_;
};

// The charset of the first text part: how raw 8-bit header text was most
// likely written.
std::string CharsetHint(GMimeObject* obj, int depth = 0) {
  if (!obj || depth > 8) return "";
  if (GMIME_IS_MULTIPART(obj)) {
    GMimeMultipart* mp = GMIME_MULTIPART(obj);
    int n = g_mime_multipart_get_count(mp);
    for (int i = 0; i < n && i < 16; ++i) {
      std::string c = CharsetHint(g_mime_multipart_get_part(mp, i), depth + 1);
      if (!c.empty()) return c;
    }
    return "";
  }
  if (GMIME_IS_PART(obj) && MediaType(obj).rfind("text/", 0) == 0) {
    std::string c = CanonicalCharset(CharsetParam(obj));
    if (c != "US-ASCII") return c;
  }
  return "";
}

// An HTML text with a table of two rows or more.
bool HasTable(const std::string& html) {
  const std::string lower = Lower(html);
  const size_t table = lower.find("<table");
  if (table == std::string::npos) return false;
  const size_t first = lower.find("<tr", table);
  return first != std::string::npos && lower.find("<tr", first + 3) != std::string::npos;
}

void DropRepeats(Document* doc) {
  int judged = 0;
  for (const auto& p : doc->parts) judged += p.role != PartRole::kSubject;
  if (judged < 2) return;
  std::vector<std::pair<std::string, size_t>> seen;  // fingerprint, part position
  std::vector<TextPart> kept;
  for (auto& p : doc->parts) {
    if (p.role == PartRole::kSubject) {
      kept.push_back(std::move(p));
      continue;
    }
    std::string fp = Fingerprint(p);
    const TextPart* repeat = nullptr;
    // A supplementary HTML version with a table is kept even when its words
    // repeat the plain text's: the plain rendering may have lost the table
    // (one cell per line), which the check then reads from the HTML.
    if (!fp.empty() && !(p.supplement && HasTable(p.text))) {
      for (const auto& [f, pos] : seen)
        if (f == fp && kept[pos].quoted == p.quoted) repeat = &kept[pos];
    }
    if (repeat) {
      doc->skipped.push_back("part " + std::to_string(p.index) + " " + p.content_type +
                             ": repeats part " + std::to_string(repeat->index) + ", skipped");
      continue;
    }
    seen.emplace_back(std::move(fp), kept.size());
    kept.push_back(std::move(p));
  }
  doc->parts = std::move(kept);
}

size_t LineBreakAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '\n') return 1;
  if (s[i] == '\r') return (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
  return 0;
}

}  // namespace

bool IsHeaderLine(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && i < 200) {
    unsigned char c = line[i];
    if (c <= 32 || c >= 127 || c == ':') break;
    ++i;
  }
  if (i == 0) return false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == ':';
}

void ParseMessage(std::string_view bytes, const Limits& limits, Document* doc) {
  InitGMime();
  doc->is_message = true;
  std::string_view view = bytes;
  // An mbox envelope line left on a single message ("From sender date").
  if (view.substr(0, 5) == "From ") {
    size_t eol = view.find_first_of("\r\n");
    if (eol == std::string_view::npos) eol = view.size();
    eol += LineBreakAt(view, eol);
    view.remove_prefix(eol);
  }
  bool blank_skipped = false;
  while (size_t b = LineBreakAt(view, 0)) {
    view.remove_prefix(b);
    blank_skipped = true;
  }
  size_t eol = view.find_first_of("\r\n");
  std::string_view first_line = view.substr(0, eol == std::string_view::npos ? view.size() : eol);
  if (!IsHeaderLine(first_line)) {
    auto binary = SniffBinary(bytes);
    doc->unreadable = binary ? "not a message: " + *binary + ", no header lines"
                             : std::string("not a message: no header lines");
    return;
  }
  if (blank_skipped) doc->problems.push_back("blank lines before the header skipped");
  // Old Mac line endings (lone CR): GMime splits lines at LF only.
  std::string cr_fixed;
  if (eol != std::string_view::npos && view[eol] == '\r' &&
      (eol + 1 >= view.size() || view[eol + 1] != '\n')) {
    cr_fixed.assign(view);
    NormalizeNewlines(&cr_fixed);
    view = cr_fixed;
  }
  // A header block past limits.max_header_bytes is cut there (GMime grows its header
  // buffer in fixed steps: copying a 50 MB header line is quadratic).
  std::string header_cut;
  size_t header_end = std::min(view.find("\n\n"), view.find("\n\r\n"));
  if ((header_end == std::string_view::npos ? view.size() : header_end) > limits.max_header_bytes) {
    size_t cut = view.rfind('\n', limits.max_header_bytes);
    cut = (cut == std::string_view::npos || cut == 0) ? limits.max_header_bytes : cut + 1;
    header_cut.reserve(limits.max_header_bytes + 1 +
                       (header_end == std::string_view::npos ? 0 : view.size() - header_end));
    header_cut.append(view.substr(0, cut));
    if (header_cut.back() != '\n') header_cut += '\n';
    // The blank line and the body (the header's last '\n' is already there).
    if (header_end != std::string_view::npos) header_cut.append(view.substr(header_end + 1));
    view = header_cut;
    doc->problems.push_back("header longer than max_header_bytes (" +
                            std::to_string(limits.max_header_bytes) + "): cut");
  }

  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(view.data(), view.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
  std::unique_ptr<GMimeParserOptions, OptionsFree> options(g_mime_parser_options_new());
  Warnings warnings;
  g_mime_parser_options_set_warning_callback(options.get(), OnWarning, &warnings);
  GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
  if (!message) {  // the first line was a header line, but GMime found none
    doc->unreadable = "not a message: no header lines";
    return;
  }

  GMimeObject* root = g_mime_message_get_mime_part(message.get());
  std::string hint = CharsetHint(root);
  GMimeObject* msg_obj = GMIME_OBJECT(message.get());
  doc->message_id = MessageIdOf(message.get());
  Sender sender = SenderOf(msg_obj, options.get(), hint);
  doc->from = sender.address;
  doc->from_display = sender.display;
  doc->date = DateOf(message.get());
  if (auto raw = RawHeader(msg_obj, "Subject")) {
    HeaderText subject = DecodeHeaderText(*raw, hint);
    if (subject.text.size() > limits.max_text_bytes) {
      TruncateUtf8(&subject.text, limits.max_text_bytes);
      doc->problems.push_back("subject: longer than max_text_bytes (" +
                              std::to_string(limits.max_text_bytes) + "), cut");
    }
    doc->subject = subject.text;
    if (subject.replaced)
      doc->problems.push_back("subject: " + std::to_string(subject.replaced) +
                              " undecodable byte sequences replaced by U+FFFD");
    if (!doc->subject.empty()) {
      TextPart p;
      p.index = 0;
      p.kind = PartKind::kPlain;
      p.role = PartRole::kSubject;
      p.text = doc->subject;
      p.charset = "UTF-8";
      p.content_type = "text/plain";
      doc->parts.push_back(std::move(p));
    }
  }

  Walker walker(limits, doc, options.get(), hint);
  if (root) walker.Walk(root, 0, nullptr, false);
  DropRepeats(doc);

  bool multipart = root && GMIME_IS_MULTIPART(root);
  // Text lost to the structure, first reason first.
  std::vector<std::string> lost;
  if (warnings.truncated) {
    if (multipart) {
      doc->problems.push_back("truncated multipart: closing boundary missing");
      lost.push_back("truncated multipart: closing boundary missing");
    } else {
      doc->problems.push_back("truncated message: the input ends inside the header");
    }
  }
  if (warnings.malformed_multipart)
    doc->problems.push_back("malformed multipart: a nested closing boundary is missing");
  if (warnings.no_boundary)
    doc->problems.push_back("malformed multipart: no boundary parameter, read as one part");
  if (warnings.nesting_overflow) {
    doc->problems.push_back("MIME nesting too deep for the parser: inner parts not read");
    lost.push_back("MIME nesting too deep for the parser");
  }
  if (!walker.lost().empty()) lost.push_back(walker.lost());
  bool any_text = std::any_of(doc->parts.begin(), doc->parts.end(),
                              [](const TextPart& p) { return p.role != PartRole::kSubject; });
  if (!any_text && !lost.empty()) doc->unreadable = lost[0] + ", no text could be read";
  // Cut off inside its header block before anything that makes it a message
  // of someone's: nothing to check and nothing to file it under.
  if (!doc->unreadable && !any_text && warnings.truncated && !multipart && doc->from.empty() &&
      doc->date.empty() && doc->message_id.empty() && doc->subject.empty())
    doc->unreadable = "truncated inside the header block: no From, Date, Message-ID, Subject or body";
}

}  // namespace onevoice::ingest
