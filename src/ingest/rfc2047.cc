#include "ingest/rfc2047.h"

#include <vector>

#include "ingest/charset.h"

namespace onevoice::ingest {
namespace {

bool IsWsp(char c) { return c == ' ' || c == '\t'; }
bool IsBreak(char c) { return c == '\r' || c == '\n'; }

// Length of a line break at s[i] ("\r\n", "\n" or "\r"), 0 if none.
size_t BreakLen(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '\r') return (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
  if (s[i] == '\n') return 1;
  return 0;
}

// The value up to the first line break that is not a fold.
std::string_view CutAtUnfoldedBreak(std::string_view s) {
  for (size_t i = 0; (i = s.find_first_of("\r\n", i)) != std::string_view::npos; ++i) {
    size_t b = BreakLen(s, i);
    size_t next = i + b;
    if (next >= s.size()) return s.substr(0, i);
    if (!IsWsp(s[next])) {
      // A line holding only white space followed by a break is still a fold.
      return s.substr(0, i);
    }
    i = next - 1;
  }
  return s;
}

enum class TokenKind { kText, kSpace, kWord };

struct Token {
  TokenKind kind;
  std::string bytes;    // text: raw bytes; space: the space to emit; word: decoded octets
  std::string charset;  // word only
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string DecodeB(std::string_view text) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    int v;
    if (c >= 'A' && c <= 'Z')
      v = c - 'A';
    else if (c >= 'a' && c <= 'z')
      v = c - 'a' + 26;
    else if (c >= '0' && c <= '9')
      v = c - '0' + 52;
    else if (c == '+' || c == '-')
      v = 62;
    else if (c == '/' || c == '_')
      v = 63;
    else if (c == '=')
      break;
    else
      continue;  // white space and junk
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

std::string DecodeQ(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') {
      out.push_back(' ');
    } else if (c == '=' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
               HexValue(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool IsCharsetChar(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u > 0x20 && u < 0x7f && c != '?' && c != '=' && c != '"' && c != '(' && c != ')' &&
         c != '<' && c != '>' && c != ',' && c != ';';
}

// Parses an encoded-word at s[i] ("=?"); on success fills *tok and returns
// the index just past "?=".
size_t ParseWord(std::string_view s, size_t i, Token* tok) {
  size_t j = i + 2;
  size_t cs_start = j;
  while (j < s.size() && IsCharsetChar(s[j]) && j - cs_start <= 64) ++j;
  if (j == cs_start || j + 2 >= s.size() || s[j] != '?') return 0;
  std::string charset(s.substr(cs_start, j - cs_start));
  char enc = s[j + 1];
  if (enc != 'B' && enc != 'b' && enc != 'Q' && enc != 'q') return 0;
  if (s[j + 2] != '?') return 0;
  size_t k = j + 3;
  std::string text;
  bool q = (enc == 'Q' || enc == 'q');
  while (k < s.size()) {
    char c = s[k];
    if (c == '?') {
      if (k + 1 < s.size() && s[k + 1] == '=') break;
      return 0;
    }
    if (IsBreak(c)) {  // a fold inside the word: dropped with the white space around it
      while (!text.empty() && IsWsp(text.back())) text.pop_back();
      k += BreakLen(s, k);
      while (k < s.size() && IsWsp(s[k])) ++k;
      continue;
    }
    if (IsWsp(c) && !q) {
      ++k;
      continue;
    }
    text.push_back(c);
    ++k;
  }
  if (k >= s.size()) return 0;
  tok->kind = TokenKind::kWord;
  tok->charset = std::move(charset);
  tok->bytes = q ? DecodeQ(text) : DecodeB(text);
  return k + 2;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  auto append_text = [&tokens](TokenKind kind, std::string_view bytes) {
    if (!tokens.empty() && tokens.back().kind == kind && kind != TokenKind::kWord) {
      tokens.back().bytes.append(bytes);
    } else {
      tokens.push_back(Token{kind, std::string(bytes), ""});
    }
  };
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '=' && i + 1 < s.size() && s[i + 1] == '?') {
      Token tok;
      if (size_t end = ParseWord(s, i, &tok)) {
        tokens.push_back(std::move(tok));
        i = end;
        continue;
      }
      append_text(TokenKind::kText, s.substr(i, 2));
      i += 2;
      continue;
    }
    if (IsWsp(c) || IsBreak(c)) {
      size_t start = i;
      bool folded = false;
      while (i < s.size() && (IsWsp(s[i]) || IsBreak(s[i]))) {
        if (IsBreak(s[i])) folded = true;
        ++i;
      }
      append_text(TokenKind::kSpace, folded ? std::string_view(" ") : s.substr(start, i - start));
      continue;
    }
    size_t start = i++;
    while (true) {  // to the next white space or "=?"
      i = s.find_first_of(" \t\r\n=", i);
      if (i == std::string_view::npos) i = s.size();
      if (i < s.size() && s[i] == '=' && !(i + 1 < s.size() && s[i + 1] == '?')) {
        ++i;
        continue;
      }
      break;
    }
    append_text(TokenKind::kText, s.substr(start, i - start));
  }
  return tokens;
}

bool SameCharset(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x += 32;
    if (y >= 'A' && y <= 'Z') y += 32;
    if (x != y) return false;
  }
  return true;
}

std::string DecodeRaw(std::string_view bytes, std::string_view fallback, size_t* replaced) {
  if (IsAscii(bytes) && bytes.find('\x1b') == std::string_view::npos) return std::string(bytes);
  Decoded d = DecodeBytes(bytes, fallback);
  *replaced += d.replaced;
  return std::move(d.text);
}

void Trim(std::string* s) {
  size_t b = 0;
  while (b < s->size() && IsWsp((*s)[b])) ++b;
  size_t e = s->size();
  while (e > b && IsWsp((*s)[e - 1])) --e;
  s->resize(e);
  s->erase(0, b);
}

bool EndsWithSpace(const std::string& s) { return !s.empty() && IsWsp(s.back()); }

HeaderText Decode(std::string_view raw, std::string_view fallback, bool address) {
  std::vector<Token> tokens = Tokenize(CutAtUnfoldedBreak(raw));
  HeaderText out;
  std::string& text = out.text;
  bool in_quotes = false;  // address mode: inside a quoted-string of the output
  size_t i = 0;
  while (i < tokens.size()) {
    if (tokens[i].kind != TokenKind::kWord) {
      // A run of text and space: decoded together (ISO-2022-JP state spans spaces).
      std::string run;
      size_t j = i;
      while (j < tokens.size() && tokens[j].kind != TokenKind::kWord) run += tokens[j++].bytes;
      std::string decoded = DecodeRaw(run, fallback, &out.replaced);
      // Text right after an encoded-word is set off by one space.
      if (!address && i > 0 && tokens[i].kind == TokenKind::kText) text += ' ';
      if (address) {
        for (size_t k = 0; k < decoded.size(); ++k) {
          if (decoded[k] == '\\') {
            ++k;
          } else if (decoded[k] == '"') {
            in_quotes = !in_quotes;
          }
        }
      }
      text += decoded;
      i = j;
      continue;
    }
    // A run of encoded-words; spaces between them are dropped.
    std::string decoded;
    size_t j = i;
    while (j < tokens.size()) {
      if (tokens[j].kind == TokenKind::kSpace && j + 1 < tokens.size() &&
          tokens[j + 1].kind == TokenKind::kWord) {
        ++j;
        continue;
      }
      if (tokens[j].kind != TokenKind::kWord) break;
      std::string bytes = tokens[j].bytes;
      const std::string& charset = tokens[j].charset;
      size_t k = j + 1;
      while (true) {  // join following words of the same charset
        size_t n = k;
        if (n < tokens.size() && tokens[n].kind == TokenKind::kSpace) ++n;
        if (n < tokens.size() && tokens[n].kind == TokenKind::kWord &&
            SameCharset(tokens[n].charset, charset)) {
          bytes += tokens[n].bytes;
          k = n + 1;
        } else {
          break;
        }
      }
      Decoded d = DecodeBytes(bytes, charset);
      out.replaced += d.replaced;
      decoded += d.text;
      j = k;
    }
    // Folds or control characters decoded out of a word are not line breaks.
    for (char& c : decoded)
      if (c == '\r' || c == '\n') c = ' ';
    if (address) {
      std::string escaped;
      for (char c : decoded) {
        if (c == '"' || c == '\\') escaped.push_back('\\');
        escaped.push_back(c);
      }
      if (!in_quotes) text += '"';
      text += escaped;
      if (!in_quotes) text += '"';
    } else {
      if (!text.empty() && !EndsWithSpace(text)) text += ' ';
      text += decoded;
    }
    i = j;
  }
  Trim(&text);
  return out;
}

}  // namespace

HeaderText DecodeHeaderText(std::string_view raw, std::string_view fallback_charset) {
  return Decode(raw, fallback_charset, /*address=*/false);
}

HeaderText DecodeAddressHeader(std::string_view raw, std::string_view fallback_charset) {
  return Decode(raw, fallback_charset, /*address=*/true);
}

}  // namespace onevoice::ingest
