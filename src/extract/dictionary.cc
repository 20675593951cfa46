#include "extract/dictionary.h"

#include <deque>
#include <span>

namespace onevoice::extract {

static uint64_t Key(int node, uint8_t b) { return (static_cast<uint64_t>(node) << 8) | b; }

int Dictionary::Edges::Get(uint64_t key) const {
  if (slots_.empty()) return -1;
  const size_t mask = slots_.size() - 1;
  for (size_t i = Index(key);; i = (i + 1) & mask) {
    if (slots_[i].key == key) return slots_[i].child;
    if (slots_[i].key == kEmpty) return -1;
  }
}

void Dictionary::Edges::Put(uint64_t key, int child) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();  // at most half full
  const size_t mask = slots_.size() - 1;
  size_t i = Index(key);
  while (slots_[i].key != kEmpty && slots_[i].key != key) i = (i + 1) & mask;
  if (slots_[i].key == kEmpty) ++size_;
  slots_[i] = Slot{key, child};
}

void Dictionary::Edges::Grow() {
  std::vector<Slot> old = std::move(slots_);
  const size_t capacity = old.empty() ? 1024 : old.size() * 2;
  slots_.assign(capacity, Slot{});
  shift_ = 64 - __builtin_ctzll(capacity);
  size_ = 0;
  for (const Slot& s : old) {
    if (s.key != kEmpty) Put(s.key, s.child);
  }
}

int Dictionary::Child(int node, uint8_t byte) const {
  if (node == 0) return root_next_[byte];
  return edges_.Get(Key(node, byte));
}

void Dictionary::Add(std::string_view word, int payload) {
  if (word.empty()) return;
  int node = 0;
  for (char ch : word) {
    uint8_t b = static_cast<uint8_t>(ch);
    const int next = edges_.Get(Key(node, b));
    if (next < 0) {
      nodes_.push_back(Node{});
      nodes_.back().depth = nodes_[node].depth + 1;
      int child = static_cast<int>(nodes_.size()) - 1;
      edges_.Put(Key(node, b), child);
      node = child;
    } else {
      node = next;
    }
  }
  outputs_.push_back({payload, nodes_[node].output});
  nodes_[node].output = static_cast<int>(outputs_.size()) - 1;
  ++words_;
  built_ = false;
}

void Dictionary::Build() {
  for (int b = 0; b < 256; ++b) {
    const int child = edges_.Get(Key(0, static_cast<uint8_t>(b)));
    root_next_[b] = child < 0 ? 0 : child;
  }
  // Breadth-first: fail links and dictionary links. Children per node as
  // one array sorted by parent (counting sort), not a vector per node.
  std::vector<int> first(nodes_.size() + 1, 0);
  edges_.ForEach([&](uint64_t key, int) { ++first[(key >> 8) + 1]; });
  for (size_t n = 1; n < first.size(); ++n) first[n] += first[n - 1];
  std::vector<std::pair<uint8_t, int>> edge_list(static_cast<size_t>(first.back()));
  std::vector<int> fill(first.begin(), first.end() - 1);
  edges_.ForEach([&](uint64_t key, int child) {
    edge_list[static_cast<size_t>(fill[key >> 8]++)] = {static_cast<uint8_t>(key & 0xFF), child};
  });
  auto children = [&](int node) {
    return std::span<const std::pair<uint8_t, int>>(edge_list.data() + first[node],
                                                    static_cast<size_t>(first[node + 1] - first[node]));
  };
  std::deque<int> queue;
  for (auto [b, c] : children(0)) {
    nodes_[c].fail = 0;
    queue.push_back(c);
  }
  while (!queue.empty()) {
    int node = queue.front();
    queue.pop_front();
    for (auto [b, c] : children(node)) {
      int f = nodes_[node].fail;
      while (true) {
        int next = Child(f, b);
        if (next >= 0 && next != c) {
          nodes_[c].fail = next;
          break;
        }
        if (f == 0) {
          nodes_[c].fail = 0;
          break;
        }
        f = nodes_[f].fail;
      }
      int fl = nodes_[c].fail;
      nodes_[c].dict_link = nodes_[fl].output >= 0 ? fl : nodes_[fl].dict_link;
      queue.push_back(c);
    }
  }
  built_ = true;
}

void Dictionary::Find(std::string_view text, std::vector<Hit>* hits) const {
  if (!built_ || words_ == 0) return;
  int node = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    uint8_t b = static_cast<uint8_t>(text[i]);
    while (true) {
      int next = Child(node, b);
      if (next > 0 || node == 0) {
        node = next < 0 ? 0 : next;
        break;
      }
      node = nodes_[node].fail;
    }
    for (int n = nodes_[node].output >= 0 ? node : nodes_[node].dict_link; n > 0; n = nodes_[n].dict_link) {
      size_t len = static_cast<size_t>(nodes_[n].depth);
      for (int o = nodes_[n].output; o >= 0; o = outputs_[o].next) {
        hits->push_back({i + 1 - len, i + 1, outputs_[o].payload});
      }
    }
  }
}

}  // namespace onevoice::extract
