// The language data as compiled at build time by tools/lang_compile.cc into
// lang_data.cc: one entry per (language, category, word), terminated by an
// entry whose `lang` is null. `attrs` is "key\0value\0key\0value\0\0".
#ifndef ONEVOICE_CLAIMS_LANG_COMPILED_H_
#define ONEVOICE_CLAIMS_LANG_COMPILED_H_

namespace onevoice::claims {

struct CompiledEntry {
  const char* lang;
  const char* category;
  const char* word;  // NFKC-normalized, as matched
  const char* attrs;
  const char* file;
  int line, column;
};

const CompiledEntry* CompiledLexicon();

}  // namespace onevoice::claims

#endif  // ONEVOICE_CLAIMS_LANG_COMPILED_H_
