// The lexicon compiled into the binary: data/lang/**/*.yaml was parsed,
// validated and normalized at build time (tools/lang_compile.cc); here the
// entries only become a Lexicon, without any YAML parsing at start-up.
#include "claims/lang.h"
#include "claims/lang_compiled.h"

#include <cstring>

namespace onevoice::claims {

const Lexicon& DefaultLexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    // The compiled entries come grouped by (language, category): each group
    // is appended to its list in one go.
    for (const CompiledEntry* e = CompiledLexicon(); e->lang;) {
      const CompiledEntry* group_end = e;
      while (group_end->lang && std::strcmp(group_end->lang, e->lang) == 0 &&
             std::strcmp(group_end->category, e->category) == 0) {
        ++group_end;
      }
      std::vector<LexEntry>& list = l.Category(e->lang, e->category);
      list.reserve(list.size() + static_cast<size_t>(group_end - e));
      for (; e != group_end; ++e) {
        LexEntry& entry = list.emplace_back();
        entry.word = e->word;
        for (const char* a = e->attrs; *a;) {
          const size_t key_size = std::strlen(a);
          const char* value = a + key_size + 1;
          const size_t value_size = std::strlen(value);
          entry.attrs.emplace_back(std::string(a, key_size), std::string(value, value_size));
          a = value + value_size + 1;
        }
        entry.where = Position{e->file, e->line, e->column};
      }
    }
    return l;
  }();
  return lex;
}

// The build refuses language data with errors, so there are none at run time.
const std::vector<Diagnostic>& DefaultLexiconDiagnostics() {
  static const std::vector<Diagnostic> none;
  return none;
}

}  // namespace onevoice::claims
