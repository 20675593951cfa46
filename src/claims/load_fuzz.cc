// Fuzz target (rules): any bytes as one file of a claims base — the first
// byte picks offices.yaml, attributes.yaml, a product or a phrase pack, the
// rest replaces it in a copy of a valid base — load to a Base or to
// diagnostics with a place, never a crash (yaml-cpp, RE2 patterns, values).
// The valid base is the folder in $ONEVOICE_FUZZ_RULES (default: the
// project's rules/, set at build time).
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "claims/load.h"

namespace {

namespace fs = std::filesystem;

fs::path g_dir;
std::vector<fs::path> g_files;  // the base's files, in order

void SetUp() {
  const char* env = std::getenv("ONEVOICE_FUZZ_RULES");
  const fs::path from = env ? env : ONEVOICE_SOURCE_DIR "/rules";
  char tmpl[] = "/tmp/onevoice-rules-fuzz-XXXXXX";
  if (!mkdtemp(tmpl)) std::abort();
  g_dir = tmpl;
  fs::copy(from, g_dir, fs::copy_options::recursive);
  for (auto it = fs::recursive_directory_iterator(g_dir); it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_regular_file() && it->path().extension() == ".yaml") g_files.push_back(it->path());
  }
  std::sort(g_files.begin(), g_files.end());
  if (g_files.empty()) std::abort();
  std::atexit([] { fs::remove_all(g_dir); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (g_dir.empty()) SetUp();
  if (size == 0) return 0;
  const fs::path& target = g_files[data[0] % g_files.size()];
  std::string original;
  {
    std::ifstream in(target, std::ios::binary);
    original.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  {
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  std::vector<onevoice::claims::Diagnostic> diagnostics;
  auto loaded = onevoice::claims::LoadBase(g_dir.string(), &diagnostics);
  if (!loaded.ok() && diagnostics.empty()) std::abort();  // a failed load says where
  std::ofstream(target, std::ios::binary | std::ios::trunc) << original;
  return 0;
}
