// Dictionary: many words found in one pass (Aho-Corasick over bytes).
//
// Built once from (word, payload) pairs, then immutable and shareable
// across threads. Find() reports every occurrence of every word, including
// overlapping ones, in order of end position; callers apply word-boundary
// and longest-match rules, which differ by what is being matched. Matching
// is byte-exact: give it lower-cased text and lower-cased words for
// case-insensitive Latin matching.
#ifndef ONEVOICE_EXTRACT_DICTIONARY_H_
#define ONEVOICE_EXTRACT_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace onevoice::extract {

class Dictionary {
 public:
  struct Hit {
    size_t begin, end;  // byte offsets of the occurrence
    int payload;
  };

  // Empty words are ignored. Build() must be called before Find().
  void Add(std::string_view word, int payload);
  void Build();
  // Appends every occurrence in `text` to *hits. Linear in text size plus hits.
  void Find(std::string_view text, std::vector<Hit>* hits) const;
  size_t size() const { return words_; }

 private:
  struct Node {
    int fail = 0;
    int output = -1;       // first pattern ending here (index into outputs_)
    int dict_link = -1;    // next node on the fail chain with an output
    int depth = 0;
  };
  int Child(int node, uint8_t byte) const;

  // (node << 8 | byte) -> child: open addressing, linear probing, one flat
  // array (building an engine adds ~15,000 edges; a node-based map spent
  // more on allocation than on matching).
  class Edges {
   public:
    int Get(uint64_t key) const;  // -1 when absent
    void Put(uint64_t key, int child);
    template <typename F>
    void ForEach(F&& f) const {
      for (const Slot& s : slots_) {
        if (s.key != kEmpty) f(s.key, s.child);
      }
    }

   private:
    static constexpr uint64_t kEmpty = ~uint64_t{0};
    struct Slot {
      uint64_t key = kEmpty;
      int child = -1;
    };
    size_t Index(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }
    void Grow();
    std::vector<Slot> slots_;
    int shift_ = 64;
    size_t size_ = 0;
  };

  std::vector<Node> nodes_{Node{}};
  Edges edges_;
  int root_next_[256];
  struct Output {
    int payload;
    int next;  // another pattern ending at the same node, -1 none
  };
  std::vector<Output> outputs_;
  size_t words_ = 0;
  bool built_ = false;
};

}  // namespace onevoice::extract

#endif  // ONEVOICE_EXTRACT_DICTIONARY_H_
