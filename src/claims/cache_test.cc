// Tests of the compiled-base cache (cache.h): a cached base is the base the
// YAML gives, in every field a check uses; a damaged cache file is ignored,
// never trusted; a base with warnings is not cached; the cache can be
// turned off.
#include "claims/cache.h"

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/unicode.h"
#include "claims/load.h"

namespace onevoice::claims {
namespace {

namespace fs = std::filesystem;

const std::string kEval = std::string(ONEVOICE_SHARED_DIR) + "/eval/rules";
const std::string kShipped = std::string(ONEVOICE_SOURCE_DIR) + "/rules";

// A fresh cache folder in ONEVOICE_CACHE_DIR for one test.
class CacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("onevoice-cache-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    ::setenv("ONEVOICE_CACHE_DIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    ::unsetenv("ONEVOICE_CACHE_DIR");
    fs::remove_all(dir_);
  }
  int Files() const {
    int n = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) ++n;
    return n;
  }
  fs::path dir_;
};

std::shared_ptr<const Base> MustLoad(const std::string& dir, bool cache,
                                     std::vector<Diagnostic>* diags = nullptr) {
  std::vector<Diagnostic> local;
  auto base = LoadBase(dir, diags ? diags : &local, {.use_cache = cache});
  EXPECT_TRUE(base.ok()) << base.status().ToString();
  return base.ok() ? std::move(base).value() : nullptr;
}

std::string Rules() { return fs::exists(kEval) ? kEval : kShipped; }

TEST_F(CacheTest, CachedBaseEncodesExactlyAsTheYamlOne) {
  auto yaml = MustLoad(Rules(), false);
  ASSERT_TRUE(yaml);
  auto first = MustLoad(Rules(), true);  // writes the cache
  EXPECT_EQ(Files(), 1);
  auto cached = MustLoad(Rules(), true);  // reads it
  ASSERT_TRUE(cached);
  EXPECT_NE(cached.get(), first.get());
  EXPECT_EQ(EncodeBase(*cached), EncodeBase(*yaml));
  EXPECT_EQ(cached->version_hash, yaml->version_hash);
  EXPECT_EQ(cached->dir, Rules());
  EXPECT_EQ(cached->lexicon, yaml->lexicon);
  ASSERT_EQ(cached->products.size(), yaml->products.size());
  EXPECT_EQ(cached->products[0].claims.size(), yaml->products[0].claims.size());
}

TEST_F(CacheTest, PhrasePatternsOfACachedBaseCompileOnFirstUseAndMatch) {
  auto yaml = MustLoad(Rules(), false);
  MustLoad(Rules(), true);
  auto cached = MustLoad(Rules(), true);
  ASSERT_FALSE(cached->phrases.empty());
  for (size_t i = 0; i < yaml->phrases.size(); ++i) {
    for (size_t k = 0; k < yaml->phrases[i].patterns.size(); ++k) {
      const auto& a = yaml->phrases[i].patterns[k];
      const auto& b = cached->phrases[i].patterns[k];
      ASSERT_TRUE(b.regex->Get().ok()) << b.source;
      EXPECT_EQ(a.regex->Get().pattern(), b.regex->Get().pattern());
      for (const auto& text : yaml->phrases[i].flag_examples) {
        EXPECT_EQ(RE2::PartialMatch(NormalizeWord(text), a.regex->Get()),
                  RE2::PartialMatch(NormalizeWord(text), b.regex->Get()));
      }
    }
  }
}

TEST_F(CacheTest, PositionsPointIntoTheFolderItWasLoadedFrom) {
  const fs::path copy = dir_.string() + "-rules";
  fs::remove_all(copy);
  fs::copy(Rules(), copy, fs::copy_options::recursive);
  MustLoad(Rules(), true);                     // cached under the original folder
  auto moved = MustLoad(copy.string(), true);  // same bytes: same cache entry
  EXPECT_EQ(Files(), 1);
  ASSERT_FALSE(moved->products.empty());
  const std::string file = moved->products[0].where.file;
  EXPECT_EQ(file.rfind(copy.string(), 0), 0u) << file;
  fs::remove_all(copy);
}

TEST_F(CacheTest, DamagedCacheFilesAreIgnoredAndRewritten) {
  auto yaml = MustLoad(Rules(), false);
  MustLoad(Rules(), true);
  const std::string path = CachePath(yaml->version_hash);
  ASSERT_FALSE(path.empty());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_GT(bytes.size(), 100u);
  // Every truncation and a flipped byte anywhere: none decodes.
  for (size_t n = 0; n < bytes.size(); n += 1 + n / 7) {
    EXPECT_EQ(DecodeBase(std::string_view(bytes).substr(0, n), Rules()), nullptr) << n;
  }
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x20;
  EXPECT_EQ(DecodeBase(flipped, Rules()), nullptr);
  // A damaged file on disk: the YAML is loaded and the file rewritten.
  { std::ofstream(path, std::ios::binary | std::ios::trunc) << flipped; }
  auto reloaded = MustLoad(Rules(), true);
  EXPECT_EQ(EncodeBase(*reloaded), EncodeBase(*yaml));
  EXPECT_NE(ReadCachedBase(path, Rules()), nullptr);
}

TEST_F(CacheTest, BaseWithWarningsIsNotCachedSoTheyAreShownEveryTime) {
  const std::string warnings = std::string(ONEVOICE_SOURCE_DIR) + "/tests/rules/warnings";
  std::vector<Diagnostic> diags;
  MustLoad(warnings, true, &diags);
  ASSERT_FALSE(diags.empty());
  EXPECT_EQ(Files(), 0);
  diags.clear();
  MustLoad(warnings, true, &diags);
  EXPECT_FALSE(diags.empty());
}

TEST_F(CacheTest, OffMeansNoFile) {
  ::setenv("ONEVOICE_CACHE_DIR", "off", 1);
  EXPECT_EQ(CachePath("abc"), "");
  MustLoad(Rules(), true);
  EXPECT_FALSE(fs::exists(dir_));
}

}  // namespace
}  // namespace onevoice::claims
