#include "claims/cache.h"

#include <elf.h>
#include <link.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

namespace onevoice::claims {
namespace {

namespace fs = std::filesystem;

// Bump when the encoding changes shape (the build id already changes with
// every rebuild; this guards a cache dir shared by identical builds).
constexpr char kMagic[8] = {'O', 'V', 'B', 'A', 'S', 'E', '0', '1'};

// A field added to one of these structs must be encoded below: these fail
// the build until it is (then update the size here).
static_assert(sizeof(Value) == 240,
              "Value changed: update EncodeBase/DecodeBase");
static_assert(sizeof(Position) == 40,
              "Position changed: update EncodeBase/DecodeBase");

// 64-bit FNV-1a: detects a torn or damaged file, cheaply.
uint64_t Checksum(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

class Writer {
 public:
  explicit Writer(std::string prefix) : prefix_(std::move(prefix)) {}

  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void I32(int v) { Raw(&v, sizeof v); }
  void F64(double v) { Raw(&v, sizeof v); }
  void Bool(bool v) { out_.push_back(v ? 1 : 0); }
  template <typename E>
  void Enum(E v) {
    static_assert(std::is_enum_v<E>);
    I32(static_cast<int>(v));
  }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Strs(const std::vector<std::string>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) Str(s);
  }
  void Words(const claims::Words& w) {
    U32(static_cast<uint32_t>(w.size()));
    for (const auto& [lang, words] : w) {
      Str(lang);
      Strs(words);
    }
  }
  // A file under the base's folder is stored relative to it.
  void Where(const Position& p) {
    const bool under = !prefix_.empty() && p.file.compare(0, prefix_.size(), prefix_) == 0;
    Bool(under);
    Str(under ? std::string_view(p.file).substr(prefix_.size()) : std::string_view(p.file));
    I32(p.line);
    I32(p.column);
  }
  void Val(const Value& v) {
    Enum(v.kind);
    Enum(v.bound);
    Bool(v.inclusive);
    Bool(v.approximate);
    F64(v.amount);
    F64(v.amount_max);
    Str(v.unit);
    Str(v.currency);
    Str(v.per);
    Enum(v.tax);
    Str(v.date);
    Str(v.date_max);
    Str(v.member);
    Bool(v.truth);
  }
  void Attr(const Attribute& a) {
    Str(a.id);
    Enum(a.kind);
    Str(a.unit);
    Words(a.cues);
    U32(static_cast<uint32_t>(a.members.size()));
    for (const auto& m : a.members) {
      Str(m.canonical);
      Strs(m.aliases);
    }
    Where(a.where);
  }
  void Attrs(const std::map<std::string, Attribute>& m) {
    U32(static_cast<uint32_t>(m.size()));
    for (const auto& [id, a] : m) {
      Str(id);
      Attr(a);
    }
  }
  void Patterns(const std::vector<PhrasePattern>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const auto& p : v) {
      Str(p.source);
      Str(p.regex ? p.regex->pattern() : std::string());
      Where(p.where);
    }
  }

  std::string Take() { return std::move(out_); }

 private:
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string prefix_;
  std::string out_;
};

// Every read is bounds-checked; the first failure makes ok() false and
// every later read a no-op returning an empty value.
class Reader {
 public:
  Reader(std::string_view in, std::string prefix) : in_(in), prefix_(std::move(prefix)) {}

  bool ok() const { return ok_; }
  bool done() const { return ok_ && in_.empty(); }

  uint32_t U32() { return Pod<uint32_t>(); }
  int I32() { return Pod<int>(); }
  double F64() { return Pod<double>(); }
  bool Bool() {
    if (!Need(1)) return false;
    const char c = in_[0];
    in_.remove_prefix(1);
    if (c != 0 && c != 1) ok_ = false;
    return c == 1;
  }
  template <typename E>
  E Enum(int last) {
    const int v = I32();
    if (v < 0 || v > last) ok_ = false;
    return ok_ ? static_cast<E>(v) : E{};
  }
  std::string Str() {
    const uint32_t n = U32();
    if (!Need(n)) return {};
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  // A count of items each at least `min_bytes` long: more than the bytes
  // left can hold is corruption (and must not size an allocation).
  uint32_t Count(size_t min_bytes = 1) {
    const uint32_t n = U32();
    if (ok_ && static_cast<uint64_t>(n) * min_bytes > in_.size()) ok_ = false;
    return ok_ ? n : 0;
  }
  std::vector<std::string> Strs() {
    std::vector<std::string> v(Count(4));
    for (auto& s : v) s = Str();
    return v;
  }
  claims::Words Words() {
    claims::Words w;
    for (uint32_t i = 0, n = Count(8); i < n && ok_; ++i) {
      std::string lang = Str();
      w[lang] = Strs();
    }
    return w;
  }
  Position Where() {
    Position p;
    const bool under = Bool();
    p.file = Str();
    if (under) p.file = prefix_ + p.file;
    p.line = I32();
    p.column = I32();
    return p;
  }
  Value Val() {
    Value v;
    v.kind = Enum<Kind>(static_cast<int>(Kind::kBoolean));
    v.bound = Enum<Bound>(static_cast<int>(Bound::kRange));
    v.inclusive = Bool();
    v.approximate = Bool();
    v.amount = F64();
    v.amount_max = F64();
    v.unit = Str();
    v.currency = Str();
    v.per = Str();
    v.tax = Enum<Tax>(static_cast<int>(Tax::kExcluded));
    v.date = Str();
    v.date_max = Str();
    v.member = Str();
    v.truth = Bool();
    return v;
  }
  Attribute Attr() {
    Attribute a;
    a.id = Str();
    a.kind = Enum<Kind>(static_cast<int>(Kind::kBoolean));
    a.unit = Str();
    a.cues = Words();
    a.members.resize(Count(8));
    for (auto& m : a.members) {
      m.canonical = Str();
      m.aliases = Strs();
    }
    a.where = Where();
    return a;
  }
  std::map<std::string, Attribute> Attrs() {
    std::map<std::string, Attribute> m;
    for (uint32_t i = 0, n = Count(8); i < n && ok_; ++i) {
      std::string id = Str();
      m[id] = Attr();
    }
    return m;
  }
  std::vector<PhrasePattern> Patterns() {
    std::vector<PhrasePattern> v(Count(8));
    for (auto& p : v) {
      p.source = Str();
      p.regex = std::make_shared<const LazyRegex>(Str());
      p.where = Where();
    }
    return v;
  }

 private:
  bool Need(size_t n) {
    if (ok_ && in_.size() < n) ok_ = false;
    return ok_;
  }
  template <typename T>
  T Pod() {
    T v{};
    if (!Need(sizeof v)) return v;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  std::string_view in_;
  std::string prefix_;
  bool ok_ = true;
};

// "<dir>/": how LoadBase names the files of a base in folder `dir`.
std::string Prefix(const std::string& dir) { return (fs::path(dir) / "").string(); }

// The GNU build id of the running executable, as hex; "" when it has none.
std::string BuildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* out) -> int {
        // The first object is the executable itself.
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          const char* end = p + ph.p_memsz;
          while (p + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) nh;
            std::memcpy(&nh, p, sizeof nh);
            const char* name = p + sizeof nh;
            const char* desc = name + ((nh.n_namesz + 3) & ~3u);
            const char* next = desc + ((nh.n_descsz + 3) & ~3u);
            if (next > end) break;
            if (nh.n_type == NT_GNU_BUILD_ID && nh.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              static const char kHex[] = "0123456789abcdef";
              auto* s = static_cast<std::string*>(out);
              for (uint32_t k = 0; k < nh.n_descsz; ++k) {
                const unsigned char b = static_cast<unsigned char>(desc[k]);
                s->push_back(kHex[b >> 4]);
                s->push_back(kHex[b & 15]);
              }
              return 1;
            }
            p = next;
          }
        }
        return 1;  // only the executable
      },
      &id);
  return id;
}

std::string CacheDir() {
  if (const char* d = std::getenv("ONEVOICE_CACHE_DIR")) {
    const std::string dir(d);
    return dir == "off" ? std::string() : dir;
  }
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return (fs::path(x) / "onevoice").string();
  if (const char* h = std::getenv("HOME"); h && *h) return (fs::path(h) / ".cache" / "onevoice").string();
  return "";
}

void Prune(const fs::path& folder) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("base-", 0) != 0 || it->path().extension() != ".bin") continue;
    files.emplace_back(it->last_write_time(ec), it->path());
  }
  if (files.size() <= static_cast<size_t>(kMaxCacheFiles)) return;
  std::sort(files.begin(), files.end());
  for (size_t i = 0; i + kMaxCacheFiles < files.size(); ++i) fs::remove(files[i].second, ec);
}

}  // namespace

std::string EncodeBase(const Base& base) {
  Writer w(Prefix(base.dir));
  w.Str(base.version_hash);
  w.U32(static_cast<uint32_t>(base.offices.size()));
  for (const auto& o : base.offices) {
    w.Str(o.id);
    w.Str(o.name);
    w.Str(o.locale);
    w.Bool(o.day_first);
    w.Str(o.currency);
    w.Strs(o.senders);
    w.F64(o.tax_rate);
    w.Enum(o.tax_quoted);
    w.Where(o.where);
  }
  w.Attrs(base.attributes);
  w.U32(static_cast<uint32_t>(base.products.size()));
  for (const auto& p : base.products) {
    w.Str(p.id);
    w.Str(p.names.canonical);
    w.Words(p.names.names);
    w.Strs(p.names.deprecated);
    w.Attrs(p.attributes);
    w.U32(static_cast<uint32_t>(p.claims.size()));
    for (const auto& c : p.claims) {
      w.Str(c.id);
      w.Str(c.product);
      w.Str(c.attribute);
      w.Val(c.value);
      w.Strs(c.members);
      w.Str(c.valid_from);
      w.Str(c.valid_until);
      w.Strs(c.offices);
      w.Str(c.source);
      w.Strs(c.examples.ok);
      w.Strs(c.examples.conflict);
      w.Strs(c.examples.stale);
      w.Strs(c.examples.office_variant);
      w.Where(c.examples.where);
      w.Where(c.where);
    }
    w.Where(p.where);
  }
  w.U32(static_cast<uint32_t>(base.phrases.size()));
  for (const auto& r : base.phrases) {
    w.Str(r.id);
    w.Str(r.lang);
    w.Enum(r.severity);
    w.Str(r.message);
    w.Patterns(r.patterns);
    w.Patterns(r.unless);
    w.Strs(r.flag_examples);
    w.Strs(r.pass_examples);
    w.Where(r.where);
  }
  const std::string body = w.Take();
  std::string out(kMagic, sizeof kMagic);
  const uint64_t sum = Checksum(body);
  out.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  out += body;
  return out;
}

std::shared_ptr<Base> DecodeBase(std::string_view bytes, const std::string& dir) {
  if (bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return nullptr;
  }
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + sizeof kMagic, sizeof sum);
  const std::string_view body = bytes.substr(sizeof kMagic + 8);
  if (Checksum(body) != sum) return nullptr;

  Reader r(body, Prefix(dir));
  auto base = std::make_shared<Base>();
  base->dir = dir;
  base->lexicon = &DefaultLexicon();
  base->version_hash = r.Str();
  base->offices.resize(r.Count(8));
  for (auto& o : base->offices) {
    o.id = r.Str();
    o.name = r.Str();
    o.locale = r.Str();
    o.day_first = r.Bool();
    o.currency = r.Str();
    o.senders = r.Strs();
    o.tax_rate = r.F64();
    o.tax_quoted = r.Enum<Tax>(static_cast<int>(Tax::kExcluded));
    o.where = r.Where();
  }
  base->attributes = r.Attrs();
  base->products.resize(r.Count(8));
  for (auto& p : base->products) {
    p.id = r.Str();
    p.names.canonical = r.Str();
    p.names.names = r.Words();
    p.names.deprecated = r.Strs();
    p.attributes = r.Attrs();
    p.claims.resize(r.Count(8));
    for (auto& c : p.claims) {
      c.id = r.Str();
      c.product = r.Str();
      c.attribute = r.Str();
      c.value = r.Val();
      c.members = r.Strs();
      c.valid_from = r.Str();
      c.valid_until = r.Str();
      c.offices = r.Strs();
      c.source = r.Str();
      c.examples.ok = r.Strs();
      c.examples.conflict = r.Strs();
      c.examples.stale = r.Strs();
      c.examples.office_variant = r.Strs();
      c.examples.where = r.Where();
      c.where = r.Where();
    }
    p.where = r.Where();
  }
  base->phrases.resize(r.Count(8));
  for (auto& ph : base->phrases) {
    ph.id = r.Str();
    ph.lang = r.Str();
    ph.severity = r.Enum<Severity>(static_cast<int>(Severity::kInfo));
    ph.message = r.Str();
    ph.patterns = r.Patterns();
    ph.unless = r.Patterns();
    ph.flag_examples = r.Strs();
    ph.pass_examples = r.Strs();
    ph.where = r.Where();
  }
  if (!r.done()) return nullptr;
  return base;
}

std::string CachePath(std::string_view version_hash) {
  const std::string dir = CacheDir();
  if (dir.empty() || version_hash.empty()) return "";
  static const std::string build_id = BuildId();
  if (build_id.empty()) return "";
  return (fs::path(dir) / ("base-" + std::string(version_hash) + "-" + build_id + ".bin")).string();
}

std::shared_ptr<Base> ReadCachedBase(const std::string& path, const std::string& dir) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return nullptr;
  std::string bytes;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  const bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return nullptr;
  return DecodeBase(bytes, dir);
}

void WriteCachedBase(const std::string& path, const Base& base) {
  const fs::path target(path);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return;
  const std::string bytes = EncodeBase(base);
  const bool wrote = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  if (std::fclose(f) != 0 || !wrote) {
    fs::remove(tmp, ec);
    return;
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return;
  }
  Prune(target.parent_path());
}

}  // namespace onevoice::claims
