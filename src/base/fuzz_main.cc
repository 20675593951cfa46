// A main for the fuzz targets (*_fuzz.cc) where libFuzzer is not linked in:
// GCC builds and every test run. It feeds LLVMFuzzerTestOneInput each file
// named (a folder: every regular file under it, in sorted order) as it is,
// then --mutations N variants of each, made by a fixed-seed generator so a
// failure repeats: truncation, a flipped byte, a run of one byte inserted,
// a span duplicated, a span deleted, bytes from another seed spliced in.
// On a crash (abort, segfault, or a sanitizer's report, which ends in abort)
// the input that caused it is written to ./fuzz-crash-input first, to
// replay with `TARGET fuzz-crash-input`; otherwise it prints how many
// inputs ran and exits 0. With ONEVOICE_FUZZ (clang) the target is
// linked with -fsanitize=fuzzer instead and this file is not used.
//
//   mime_fuzz [--mutations N] [--max-len BYTES] FILE_OR_DIR...
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

namespace {

const std::string* g_current = nullptr;

void SaveAndDie(int sig) {
  if (g_current) {
    if (std::FILE* f = std::fopen("fuzz-crash-input", "wb")) {
      std::fwrite(g_current->data(), 1, g_current->size(), f);
      std::fclose(f);
      std::fputs("fuzz: the crashing input is in ./fuzz-crash-input\n", stderr);
    }
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

struct Random {
  uint64_t s;
  uint64_t Next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  size_t Below(size_t n) { return n ? static_cast<size_t>(Next() % n) : 0; }
};

std::string Mutate(const std::string& seed, const std::string& other, Random* r, size_t max_len) {
  std::string s = seed;
  const int steps = 1 + static_cast<int>(r->Below(4));
  for (int i = 0; i < steps; ++i) {
    const size_t at = r->Below(s.size() + 1);
    switch (r->Below(6)) {
      case 0: s.resize(at); break;
      case 1:
        if (!s.empty()) s[r->Below(s.size())] ^= static_cast<char>(1u << r->Below(8));
        break;
      case 2: s.insert(at, 1 + r->Below(64), static_cast<char>(r->Below(256))); break;
      case 3: {
        const size_t len = r->Below(std::min<size_t>(s.size() - at, 256) + 1);
        s.insert(at, s.substr(at, len));
        break;
      }
      case 4: s.erase(at, r->Below(64)); break;
      default:
        if (!other.empty()) {
          const size_t from = r->Below(other.size());
          s.insert(at, other.substr(from, r->Below(512)));
        }
    }
    if (s.size() > max_len) s.resize(max_len);
  }
  return s;
}

void Collect(const std::filesystem::path& p, std::vector<std::filesystem::path>* out) {
  std::error_code ec;
  if (std::filesystem::is_directory(p, ec)) {
    std::vector<std::filesystem::path> files;
    for (auto it = std::filesystem::recursive_directory_iterator(p, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    out->insert(out->end(), files.begin(), files.end());
  } else {
    out->push_back(p);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  long mutations = 0;
  size_t max_len = 1 << 20;
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--mutations") == 0 && i + 1 < argc) {
      mutations = std::strtol(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--max-len") == 0 && i + 1 < argc) {
      max_len = std::strtoul(argv[++i], nullptr, 10);
    } else {
      Collect(argv[i], &files);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s [--mutations N] [--max-len BYTES] FILE_OR_DIR...\n", argv[0]);
    return 2;
  }
  std::vector<std::string> seeds;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot read %s\n", argv[0], f.c_str());
      return 2;
    }
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (s.size() > max_len) s.resize(max_len);
    seeds.push_back(std::move(s));
  }
  for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, SaveAndDie);
  long runs = 0;
  for (const auto& s : seeds) {
    g_current = &s;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
    ++runs;
  }
  Random r{0x9E3779B97F4A7C15ull};
  for (long i = 0; i < mutations; ++i) {
    const std::string& seed = seeds[r.Below(seeds.size())];
    const std::string& other = seeds[r.Below(seeds.size())];
    const std::string m = Mutate(seed, other, &r, max_len);
    g_current = &m;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(m.data()), m.size());
    ++runs;
  }
  std::printf("%ld inputs (%zu seeds, %ld mutations), no crash\n", runs, seeds.size(), mutations);
  return 0;
}
