#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

namespace onevoice::ingest {
namespace {

// ---------------------------------------------------------------------------
// Labels

struct CharsetInfo {
  std::string canonical;  // reported name
  std::string icu;        // ICU converter name
};

std::string CleanLabel(std::string_view label) {
  std::string out;
  for (char c : label) {
    if (c == '"' || c == '\'' || c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    out += static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  // RFC 2231 language suffix ("utf-8*ja").
  if (size_t star = out.find('*'); star != std::string::npos) out.resize(star);
  return out;
}

const std::unordered_map<std::string, CharsetInfo>& AliasTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, CharsetInfo>();
    auto add = [t](std::initializer_list<const char*> aliases, const char* canonical,
                   const char* icu) {
      for (const char* a : aliases) (*t)[a] = CharsetInfo{canonical, icu};
    };
    add({"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode-2-0-utf-8"}, "UTF-8",
        "UTF-8");
    add({"us-ascii", "ascii", "ansi_x3.4-1968", "ansi_x3.4-1986", "iso646-us", "iso_646.irv:1991",
         "us", "cp367", "ibm367", "csascii", "iso-ir-6", "646"},
        "US-ASCII", "windows-1252");
    add({"iso-2022-jp", "csiso2022jp", "iso2022jp", "iso-2022-jp-1", "iso-2022-jp-2",
         "csiso2022jp2", "iso-2022-jp-3", "iso-2022-jp-2004", "cp50220", "cp50221", "cp50222",
         "x-cp50220", "x-cp50221", "x-cp50222", "jis", "jis7", "x-iso2022jp"},
        "ISO-2022-JP", "ISO_2022,locale=ja,version=4");
    add({"shift_jis", "shift-jis", "shiftjis", "sjis", "x-sjis", "ms_kanji", "csshiftjis",
         "shift_jis-2004", "shift_jisx0213", "x-shift_jis", "s-jis"},
        "Shift_JIS", "windows-31j");
    add({"cp932", "ms932", "windows-31j", "x-ms-cp932", "windows-932", "cswindows31j", "ibm-943",
         "ibm943", "cp943", "x-sjis-cp932"},
        "windows-31j", "windows-31j");
    add({"euc-jp", "eucjp", "x-euc-jp", "cseucpkdfmtjapanese", "eucjp-ms", "euc-jp-ms", "eucjpms",
         "x-eucjp", "euc-jis-2004", "euc-jisx0213", "ujis", "x-euc-jp-ms"},
        "EUC-JP", "EUC-JP");
    add({"iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "latin1", "latin-1", "l1",
         "cp819", "ibm819", "iso-ir-100", "csisolatin1", "8859-1",
         "iso-8859-1-windows-3.1-latin-1"},
        "ISO-8859-1", "windows-1252");
    add({"windows-1252", "cp1252", "x-cp1252", "cp-1252", "win-1252", "ms-ansi", "ansi"},
        "windows-1252", "windows-1252");
    add({"gb2312", "csgb2312", "euc-cn", "x-euc-cn", "chinese", "gb_2312-80", "iso-ir-58"},
        "GB2312", "GB18030");
    add({"gbk", "cp936", "x-gbk", "ms936", "windows-936"}, "GBK", "GB18030");
    add({"gb18030"}, "GB18030", "GB18030");
    add({"euc-kr", "cseuckr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601",
         "ks_c_5601", "korean", "iso-ir-149", "cp949", "windows-949", "x-windows-949", "uhc"},
        "EUC-KR", "windows-949");
    add({"big5", "csbig5", "x-x-big5", "cn-big5", "big-5", "big-five", "cp950", "windows-950"},
        "Big5", "windows-950");
    add({"big5-hkscs", "big5hkscs"}, "Big5-HKSCS", "ibm-1375_P100-2008");
    add({"iso-8859-8-i", "iso-8859-8-e", "csiso88598i", "csiso88598e", "logical"}, "ISO-8859-8",
        "ISO-8859-8");
    add({"tis-620", "windows-874", "cp874", "iso-8859-11", "x-cp874"}, "windows-874",
        "windows-874");
    add({"koi8-r", "cskoi8r", "koi8"}, "KOI8-R", "KOI8-R");
    add({"koi8-u", "koi8-ru"}, "KOI8-U", "KOI8-U");
    add({"utf-16", "utf16", "ucs-2", "iso-10646-ucs-2", "csunicode"}, "UTF-16", "UTF-16");
    add({"utf-16le", "utf16le", "x-utf-16le", "ucs-2le"}, "UTF-16LE", "UTF-16LE");
    add({"utf-16be", "utf16be", "x-utf-16be", "ucs-2be", "unicodefffe"}, "UTF-16BE", "UTF-16BE");
    add({"utf-32", "utf32", "ucs-4"}, "UTF-32", "UTF-32");
    add({"utf-32le"}, "UTF-32LE", "UTF-32LE");
    add({"utf-32be"}, "UTF-32BE", "UTF-32BE");
    add({"utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7"}, "UTF-7", "UTF-7");
    for (int i : {2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16}) {
      std::string n = "iso-8859-" + std::to_string(i);
      std::string canon = "ISO-8859-" + std::to_string(i);
      (*t)[n] = CharsetInfo{canon, canon};
      (*t)["iso8859-" + std::to_string(i)] = CharsetInfo{canon, canon};
      (*t)["iso_8859-" + std::to_string(i)] = CharsetInfo{canon, canon};
    }
    for (int i = 1250; i <= 1258; ++i) {
      std::string canon = "windows-" + std::to_string(i);
      (*t)[canon] = CharsetInfo{canon, canon};
      (*t)["cp" + std::to_string(i)] = CharsetInfo{canon, canon};
      (*t)["x-cp" + std::to_string(i)] = CharsetInfo{canon, canon};
    }
    (*t)["windows-1252"] = CharsetInfo{"windows-1252", "windows-1252"};
    (*t)["cp1252"] = CharsetInfo{"windows-1252", "windows-1252"};
    return t;
  }();
  return *table;
}

// ---------------------------------------------------------------------------
// ICU converters, cached per thread.

struct CallbackContext {
  size_t replaced = 0;
};

void U_CALLCONV CountingSubstitute(const void* context, UConverterToUnicodeArgs* args,
                                   const char* /*code_units*/, int32_t /*length*/,
                                   UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
  auto* ctx = static_cast<CallbackContext*>(const_cast<void*>(context));
  ++ctx->replaced;
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

class ConverterCache {
 public:
  ~ConverterCache() {
    for (auto& [name, cnv] : converters_)
      if (cnv) ucnv_close(cnv);
    if (detector_) ucsdet_close(detector_);
  }
  // nullptr when ICU has no such converter.
  UConverter* Get(const std::string& icu_name) {
    auto it = converters_.find(icu_name);
    if (it != converters_.end()) return it->second;
    UErrorCode err = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open(icu_name.c_str(), &err);
    if (U_FAILURE(err)) cnv = nullptr;
    if (converters_.size() < 256)
      converters_[icu_name] = cnv;
    else if (cnv) {  // do not grow without bound on junk labels
      extra_.reset(cnv);
    }
    return cnv;
  }
  UCharsetDetector* Detector() {
    if (!detector_) {
      UErrorCode err = U_ZERO_ERROR;
      detector_ = ucsdet_open(&err);
      if (U_FAILURE(err)) detector_ = nullptr;
    }
    return detector_;
  }

 private:
  struct Closer {
    void operator()(UConverter* c) const { ucnv_close(c); }
  };
  std::unordered_map<std::string, UConverter*> converters_;
  std::unique_ptr<UConverter, Closer> extra_;
  UCharsetDetector* detector_ = nullptr;
};

ConverterCache& Cache() {
  thread_local ConverterCache cache;
  return cache;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// UTF-16 -> UTF-8 across buffer boundaries; lone surrogates become U+FFFD.
class Utf16Sink {
 public:
  explicit Utf16Sink(std::string* out) : out_(out) {}
  void Append(const UChar* s, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      char32_t u = s[i];
      if (pending_high_) {
        if (u >= 0xDC00 && u <= 0xDFFF) {
          AppendUtf8(0x10000 + ((pending_high_ - 0xD800) << 10) + (u - 0xDC00), out_);
          pending_high_ = 0;
          continue;
        }
        AppendUtf8(0xFFFD, out_);
        pending_high_ = 0;
      }
      if (u >= 0xD800 && u <= 0xDBFF) {
        pending_high_ = u;
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        AppendUtf8(0xFFFD, out_);
      } else {
        AppendUtf8(u, out_);
      }
    }
  }
  void Finish() {
    if (pending_high_) AppendUtf8(0xFFFD, out_);
    pending_high_ = 0;
  }

 private:
  std::string* out_;
  char32_t pending_high_ = 0;
};

// Converts with the ICU converter `icu_name`; false when ICU lacks it.
bool Convert(const std::string& icu_name, std::string_view bytes, std::string* out,
             size_t* replaced) {
  UConverter* cnv = Cache().Get(icu_name);
  if (!cnv) return false;
  ucnv_reset(cnv);
  CallbackContext ctx;
  UErrorCode err = U_ZERO_ERROR;
  UConverterToUCallback old_cb;
  const void* old_ctx;
  ucnv_setToUCallBack(cnv, CountingSubstitute, &ctx, &old_cb, &old_ctx, &err);
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 2);
  Utf16Sink sink(out);
  const char* src = bytes.data();
  const char* limit = bytes.data() + bytes.size();
  constexpr size_t kBuf = 16384;
  UChar buf[kBuf];
  while (true) {
    UChar* target = buf;
    err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv, &target, buf + kBuf, &src, limit, nullptr, /*flush=*/true, &err);
    sink.Append(buf, static_cast<size_t>(target - buf));
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err)) {  // should not happen with our callback; keep what we have
      ++ctx.replaced;
      AppendUtf8(0xFFFD, out);
    }
    break;
  }
  sink.Finish();
  UErrorCode ignore = U_ZERO_ERROR;
  ucnv_setToUCallBack(cnv, old_cb, old_ctx, nullptr, nullptr, &ignore);
  *replaced = ctx.replaced;
  return true;
}

bool IsSingleByte(const std::string& icu_name) {
  UConverter* cnv = Cache().Get(icu_name);
  return cnv && ucnv_getMaxCharSize(cnv) == 1;
}

bool IsAsciiCompatible(const std::string& icu_name) {
  return icu_name.rfind("UTF-16", 0) != 0 && icu_name.rfind("UTF-32", 0) != 0 &&
         icu_name != "UTF-7" && icu_name.rfind("ISO_2022", 0) != 0;
}

// Resolves a label; nullopt when unknown.
std::optional<CharsetInfo> Resolve(std::string_view label) {
  std::string clean = CleanLabel(label);
  if (clean.empty()) return std::nullopt;
  const auto& table = AliasTable();
  if (auto it = table.find(clean); it != table.end()) return it->second;
  // Anything else ICU knows by its own aliases.
  if (clean.size() > 40) return std::nullopt;
  if (!Cache().Get(clean)) return std::nullopt;
  UErrorCode err = U_ZERO_ERROR;
  const char* mime = ucnv_getStandardName(clean.c_str(), "MIME", &err);
  if (U_FAILURE(err) || !mime) {
    err = U_ZERO_ERROR;
    mime = ucnv_getStandardName(clean.c_str(), "IANA", &err);
  }
  std::string canonical = (U_SUCCESS(err) && mime) ? mime : clean;
  return CharsetInfo{canonical, clean};
}

bool HasIso2022JpEscape(std::string_view bytes) {
  static constexpr std::string_view kEscapes[] = {"\x1b$B",  "\x1b$@",  "\x1b(I", "\x1b(J",
                                                  "\x1b$(D", "\x1b$(Q", "\x1b$(O"};
  if (bytes.find('\x1b') == std::string_view::npos) return false;
  for (auto e : kEscapes)
    if (bytes.find(e) != std::string_view::npos) return true;
  return false;
}

bool HasMultiByteUtf8(std::string_view bytes) {
  for (unsigned char c : bytes)
    if (c >= 0xC2) return true;
  return false;
}

void StripBom(std::string* text) {
  if (text->size() >= 3 && text->compare(0, 3, "\xEF\xBB\xBF") == 0) text->erase(0, 3);
}

Decoded Make(std::string text, std::string charset, bool detected, size_t replaced) {
  Decoded d;
  d.text = std::move(text);
  StripBom(&d.text);
  d.charset = std::move(charset);
  d.detected = detected;
  d.replaced = replaced;
  return d;
}

bool IsCjkMultiByte(const std::string& canonical) {
  static const char* kCjk[] = {"Shift_JIS", "windows-31j", "EUC-JP", "ISO-2022-JP", "GB2312",
                               "GBK",       "GB18030",     "EUC-KR", "Big5",        "Big5-HKSCS"};
  for (const char* c : kCjk)
    if (canonical == c) return true;
  return false;
}

// ICU's detector confidence (0-100) a candidate needs: any hint beats
// windows-1252 guessing when there is no label, but overriding a label the
// sender wrote takes a confident detection (short junk "decodes cleanly" in
// Shift_JIS with low confidence).
constexpr int kMinConfidenceUnlabelled = 10;
constexpr int kMinConfidenceOverLabel = 50;

// The UTF-8 text holds a C1 control code point (U+0080-U+009F: C2 80-C2 9F).
// Latin labels decode through windows-1252, which leaves only 0x81, 0x8D,
// 0x8F, 0x90 and 0x9D as C1: 0x81 is a common Shift_JIS lead byte (記号,
// 、。「」), so Japanese text mislabelled Latin-1 shows them.
bool HasC1Controls(std::string_view utf8) {
  for (size_t i = 0; i + 1 < utf8.size(); ++i) {
    if (static_cast<unsigned char>(utf8[i]) == 0xC2 && static_cast<unsigned char>(utf8[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(utf8[i + 1]) <= 0x9F)
      return true;
  }
  return false;
}

// ICU's detector: the most confident candidate that decodes with no error.
std::optional<Decoded> Detect(std::string_view bytes, bool cjk_only, int min_confidence) {
  UCharsetDetector* det = Cache().Detector();
  if (!det) return std::nullopt;
  UErrorCode err = U_ZERO_ERROR;
  size_t n = std::min<size_t>(bytes.size(), 1u << 16);  // plenty for a confident guess
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(n), &err);
  if (U_FAILURE(err)) return std::nullopt;
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &err);
  if (U_FAILURE(err) || !matches) return std::nullopt;
  // Copy out the candidates: the detector's results die with its next use.
  std::vector<std::pair<std::string, int>> candidates;
  for (int32_t i = 0; i < count; ++i) {
    UErrorCode e = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &e);
    int conf = ucsdet_getConfidence(matches[i], &e);
    if (U_SUCCESS(e) && name) candidates.emplace_back(name, conf);
  }
  for (const auto& [name, confidence] : candidates) {
    if (confidence < min_confidence) break;
    if (name.rfind("IBM42", 0) == 0) continue;  // EBCDIC Arabic/Hebrew: never mail
    if (name == "UTF-8") continue;              // already known not to be valid
    if ((name.rfind("UTF-16", 0) == 0 || name.rfind("UTF-32", 0) == 0) && confidence < 80) continue;
    auto info = Resolve(name);
    if (!info) continue;
    if (cjk_only && (!IsCjkMultiByte(info->canonical) || confidence < kMinConfidenceOverLabel))
      continue;
    std::string text;
    size_t replaced = 0;
    if (!Convert(info->icu, bytes, &text, &replaced) || replaced > 0) continue;
    return Make(std::move(text), info->canonical, true, 0);
  }
  return std::nullopt;
}

// No usable label: escapes, UTF-8, detector, windows-1252.
Decoded DecodeUnlabelled(std::string_view bytes, bool ascii_label, const DecodeOptions& options) {
  if (HasIso2022JpEscape(bytes) && IsAscii(bytes)) {
    std::string text;
    size_t replaced = 0;
    Convert("ISO_2022,locale=ja,version=4", bytes, &text, &replaced);
    return Make(std::move(text), "ISO-2022-JP", true, replaced);
  }
  if (IsAscii(bytes)) return Make(std::string(bytes), "US-ASCII", false, 0);
  if (IsValidUtf8(bytes)) return Make(std::string(bytes), "UTF-8", !options.utf8_is_default, 0);
  if (auto d = Detect(bytes, /*cjk_only=*/ascii_label, kMinConfidenceUnlabelled))
    return std::move(*d);
  std::string text;
  size_t replaced = 0;
  Convert("windows-1252", bytes, &text, &replaced);
  return Make(std::move(text), "windows-1252", true, replaced);
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  auto info = Resolve(label);
  return info ? info->canonical : std::string();
}

std::optional<Decoded> DecodeStrict(std::string_view bytes, std::string_view label) {
  auto info = Resolve(label);
  if (!info) return std::nullopt;
  std::string text;
  size_t replaced = 0;
  if (!Convert(info->icu, bytes, &text, &replaced)) return std::nullopt;
  return Make(std::move(text), info->canonical, false, replaced);
}

Decoded DecodeBytes(std::string_view bytes, std::string_view label, const DecodeOptions& options) {
  auto info = Resolve(label);
  if (!info) return DecodeUnlabelled(bytes, /*ascii_label=*/false, options);
  const bool ascii_label = info->canonical == "US-ASCII";
  if (ascii_label) {
    if (IsAscii(bytes) && !HasIso2022JpEscape(bytes))
      return Make(std::string(bytes), "US-ASCII", false, 0);
    return DecodeUnlabelled(bytes, /*ascii_label=*/true, options);
  }
  // Fast paths that need no converter.
  if (IsAsciiCompatible(info->icu) && IsAscii(bytes) && !HasIso2022JpEscape(bytes))
    return Make(std::string(bytes), info->canonical, false, 0);
  if (info->icu == "UTF-8" && IsValidUtf8(bytes))
    return Make(std::string(bytes), info->canonical, false, 0);
  // A single-byte label on what is plainly UTF-8.
  if (IsSingleByte(info->icu) && HasMultiByteUtf8(bytes) && IsValidUtf8(bytes))
    return Make(std::string(bytes), "UTF-8", true, 0);
  std::string text;
  size_t replaced = 0;
  if (!Convert(info->icu, bytes, &text, &replaced)) return DecodeUnlabelled(bytes, false, options);
  // A single-byte label whose decoding holds C1 controls (no Western text
  // has them; see HasC1Controls) is wrong when a CJK multi-byte charset
  // decodes the bytes cleanly.
  if (replaced == 0 && IsSingleByte(info->icu) && HasC1Controls(text)) {
    if (auto d = Detect(bytes, /*cjk_only=*/true, kMinConfidenceOverLabel)) return std::move(*d);
  }
  if (replaced == 0) return Make(std::move(text), info->canonical, false, 0);
  // The label is wrong: detect, else keep the labelled decoding with U+FFFD.
  if (HasIso2022JpEscape(bytes) && IsAscii(bytes) && info->canonical != "ISO-2022-JP") {
    std::string jis;
    size_t jis_replaced = 0;
    Convert("ISO_2022,locale=ja,version=4", bytes, &jis, &jis_replaced);
    if (jis_replaced == 0) return Make(std::move(jis), "ISO-2022-JP", true, 0);
  }
  if (!IsAscii(bytes) && IsValidUtf8(bytes)) return Make(std::string(bytes), "UTF-8", true, 0);
  if (auto d = Detect(bytes, /*cjk_only=*/false, kMinConfidenceOverLabel)) return std::move(*d);
  return Make(std::move(text), info->canonical, false, replaced);
}

bool IsAscii(std::string_view bytes) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i)
    if (p[i] & 0x80) return false;
  return true;
}

bool IsValidUtf8(std::string_view bytes) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        i += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (i + 2 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) return false;
      if (c == 0xE0 && p[i + 1] < 0xA0) return false;   // overlong
      if (c == 0xED && p[i + 1] >= 0xA0) return false;  // surrogate
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (i + 3 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 ||
          (p[i + 3] & 0xC0) != 0x80)
        return false;
      if (c == 0xF0 && p[i + 1] < 0x90) return false;   // overlong
      if (c == 0xF4 && p[i + 1] >= 0x90) return false;  // > U+10FFFF
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

size_t ScrubUtf8(std::string* text) {
  if (IsValidUtf8(*text)) return 0;
  std::string out;
  out.reserve(text->size() + 16);
  size_t bad = 0;
  const std::string& s = *text;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 0;
    unsigned char c = s[i];
    if (c < 0x80)
      len = 1;
    else if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF)
      len = 3;
    else if (c >= 0xF0 && c <= 0xF4)
      len = 4;
    if (len > 0 && i + len <= s.size() && IsValidUtf8(std::string_view(s).substr(i, len))) {
      out.append(s, i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++bad;
      ++i;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
  }
  *text = std::move(out);
  return bad;
}

void NormalizeNewlines(std::string* text) {
  if (text->find('\r') == std::string::npos) return;
  std::string& s = *text;
  size_t w = 0;
  for (size_t r = 0; r < s.size(); ++r) {
    if (s[r] == '\r') {
      s[w++] = '\n';
      if (r + 1 < s.size() && s[r + 1] == '\n') ++r;
    } else {
      s[w++] = s[r];
    }
  }
  s.resize(w);
}

void TruncateUtf8(std::string* text, size_t max_bytes) {
  if (text->size() <= max_bytes) return;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>((*text)[n]) & 0xC0) == 0x80) --n;
  text->resize(n);
}

Bom SniffBom(std::string_view b) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") return {"UTF-8", 3};
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4))
    return {"UTF-32LE", 4};
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
    return {"UTF-32BE", 4};
  if (b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", 2};
  if (b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", 2};
  return {"", 0};
}

std::optional<std::string> SniffBinary(std::string_view b) {
  struct Magic {
    std::string_view bytes;
    const char* what;
  };
  static const Magic kMagic[] = {
      {"\x1f\x8b", "gzip data"},
      {std::string_view("PK\x03\x04", 4), "ZIP archive, e.g. Office Open XML"},
      {std::string_view("PK\x05\x06", 4), "ZIP archive"},
      {"%PDF-", "PDF document"},
      {"\x89PNG\r\n\x1a\n", "PNG image"},
      {"\xff\xd8\xff", "JPEG image"},
      {"GIF87a", "GIF image"},
      {"GIF89a", "GIF image"},
      {std::string_view("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8), "OLE2 file, e.g. legacy Office"},
      {"BZh", "bzip2 data"},
      {std::string_view("\xfd"
                        "7zXZ\0",
                        6),
       "xz data"},
      {"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
      {"\x7f"
       "ELF",
       "ELF executable"},
      {std::string_view("\x28\xb5\x2f\xfd", 4), "zstd data"},
  };
  for (const auto& m : kMagic) {
    if (b.substr(0, m.bytes.size()) == m.bytes) {
      // "BZh" is also how a text may begin; require the block-size digit.
      if (m.bytes == "BZh" && (b.size() < 4 || b[3] < '1' || b[3] > '9')) continue;
      return "binary content (" + std::string(m.what) + ")";
    }
  }
  if (!SniffBom(b).charset.empty()) return std::nullopt;
  std::string_view head = b.substr(0, 1u << 16);
  size_t control = 0, nul = 0;
  for (unsigned char c : head) {
    if (c == 0) ++nul;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) ||
        c == 0x7f)
      ++control;
  }
  // A stray NUL in a text is damage, not binary; binary data has one byte
  // in 256 NUL and one in eight a control byte (a short blob: NULs).
  if (!head.empty() &&
      (control * 10 > head.size() || (nul > 1 && nul * 200 > head.size())))
    return std::string("binary content");
  return std::nullopt;
}

std::string SniffHtmlCharset(std::string_view bytes) {
  std::string head(bytes.substr(0, 4096));
  std::string lower = head;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c += 32;
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) end = lower.size();
    std::string_view tag(lower.data() + pos, end - pos);
    size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      size_t i = cs + 7;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
      if (i < tag.size() && tag[i] == '=') {
        ++i;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\'')) ++i;
        size_t start = i;
        while (i < tag.size() && (isalnum(static_cast<unsigned char>(tag[i])) || tag[i] == '-' ||
                                  tag[i] == '_' || tag[i] == ':' || tag[i] == '.'))
          ++i;
        if (i > start) return std::string(head.substr(pos + start, i - start));
      }
    }
    pos = end;
  }
  return "";
}

}  // namespace onevoice::ingest
