// record-bytes: a stand-in for sendmail in tests of `onevoice sendmail`.
//
//   record-bytes [--exit N] [OUT] [ARGS...]
//
// Copies its stdin, byte for byte, to the file OUT (or to $RECORD_BYTES_OUT
// when that is set; then every argument after the options is ignored, as a
// real sendmail's recipients would be) and exits 0, or N with --exit N (to
// test that the wrapper keeps its program's exit code). With
// $RECORD_BYTES_ARGV set, its arguments are written there too, one a line,
// so a test can see what it was given. Exit 2 on a usage error, 74
// (EX_IOERR) when stdin or OUT fails.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

bool WriteAll(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) return false;
    p += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int code = 0;
  int i = 1;
  if (i + 1 < argc && std::strcmp(argv[i], "--exit") == 0) {
    char* end = nullptr;
    long n = std::strtol(argv[i + 1], &end, 10);
    if (*argv[i + 1] == '\0' || *end != '\0' || n < 0 || n > 255) {
      std::fprintf(stderr, "record-bytes: --exit wants 0..255\n");
      return 2;
    }
    code = static_cast<int>(n);
    i += 2;
  }
  if (const char* argv_out = std::getenv("RECORD_BYTES_ARGV")) {
    std::string all;
    for (int k = 1; k < argc; ++k) all += std::string(argv[k]) + "\n";
    FILE* f = std::fopen(argv_out, "wb");
    if (!f || std::fwrite(all.data(), 1, all.size(), f) != all.size() || std::fclose(f) != 0) {
      std::fprintf(stderr, "record-bytes: cannot write %s\n", argv_out);
      return 74;
    }
  }
  const char* out = std::getenv("RECORD_BYTES_OUT");
  if (!out || !*out) {
    if (i >= argc) {
      std::fprintf(stderr, "usage: record-bytes [--exit N] OUT   (or set RECORD_BYTES_OUT)\n");
      return 2;
    }
    out = argv[i];
  }
  int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    std::fprintf(stderr, "record-bytes: cannot open %s: %s\n", out, std::strerror(errno));
    return 74;
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::fprintf(stderr, "record-bytes: cannot read stdin: %s\n", std::strerror(errno));
      return 74;
    }
    if (n == 0) break;
    if (!WriteAll(fd, buf, static_cast<size_t>(n))) {
      std::fprintf(stderr, "record-bytes: cannot write %s: %s\n", out, std::strerror(errno));
      return 74;
    }
  }
  if (close(fd) != 0) {
    std::fprintf(stderr, "record-bytes: cannot write %s: %s\n", out, std::strerror(errno));
    return 74;
  }
  return code;
}
