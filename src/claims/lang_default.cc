// The lexicon compiled into the binary: data/lang/**/*.yaml was parsed,
// validated and normalized at build time (tools/lang_compile.cc); here the
// entries only become a Lexicon, without any YAML parsing at start-up.
#include "claims/lang.h"
#include "claims/lang_compiled.h"

namespace onevoice::claims {

const Lexicon& DefaultLexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    for (const CompiledEntry* e = CompiledLexicon(); e->lang; ++e) {
      LexEntry entry;
      entry.word = e->word;
      for (const char* a = e->attrs; *a;) {
        std::string key = a;
        a += key.size() + 1;
        std::string value = a;
        a += value.size() + 1;
        entry.attrs.emplace(std::move(key), std::move(value));
      }
      entry.where = Position{e->file, e->line, e->column};
      l.Add(e->lang, e->category, std::move(entry));
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
