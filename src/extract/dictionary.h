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
  // True when some word occurs in `text` (stops at the first).
  bool ContainsAny(std::string_view text) const;
  size_t size() const { return words_; }

 private:
  struct Node {
    int fail = 0;
    int output = -1;       // first pattern ending here (index into outputs_)
    int dict_link = -1;    // next node on the fail chain with an output
    int depth = 0;
    int first_edge = 0;    // children: edges_[first_edge, first_edge + edge_count)
    int edge_count = 0;
    int dense = -1;        // its row in dense_, for the root and depth 1
  };
  int Child(int node, uint8_t byte) const;
  // Calls on_hit(Hit) for every occurrence, in order of end; stops when it
  // returns false.
  template <typename OnHit>
  void Scan(std::string_view text, OnHit on_hit) const;

  // The trie is built in Build() from the words sorted, so that a child
  // that exists is always the last one added to its parent: no hash table,
  // and every node's children end up contiguous and in byte order (one
  // array of edges, a few bytes per edge; building an engine adds ~15,000).
  std::vector<std::pair<std::string, int>> words_added_;  // (word, payload) in Add order
  std::vector<Node> nodes_{Node{}};
  std::vector<std::pair<uint8_t, int>> edges_;  // (byte, child), grouped by parent
  // The same edges as two arrays, for searching: a node's bytes are
  // scanned without touching its children.
  std::vector<uint8_t> edge_bytes_;
  std::vector<int> edge_children_;
  int root_next_[256] = {};
  // Complete transitions (fail links applied) of the root and of every node
  // at depth 1, 256 per row: most steps of Find() start from one of them,
  // and each is then a single load instead of a scan of edges. At most 257
  // rows (~260 KB).
  std::vector<int> dense_;
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
