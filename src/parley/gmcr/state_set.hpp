#pragma once
// A set of states as a vector of bits (one 64-bit word per 64 states).

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley::gmcr {

class StateSet {
 public:
  StateSet() = default;
  explicit StateSet(std::size_t state_count)
      : words_((state_count + 63) / 64, 0), state_count_(state_count) {}

  std::size_t state_count() const { return state_count_; }
  bool contains(std::size_t state) const { return (words_[state / 64] >> (state % 64)) & 1U; }
  void insert(std::size_t state) { words_[state / 64] |= std::uint64_t{1} << (state % 64); }
  void erase(std::size_t state) { words_[state / 64] &= ~(std::uint64_t{1} << (state % 64)); }

  std::size_t size() const {
    std::size_t count = 0;
    for (const std::uint64_t word : words_) count += static_cast<std::size_t>(std::popcount(word));
    return count;
  }
  // The states in increasing order.
  std::vector<std::size_t> states() const {
    std::vector<std::size_t> result;
    for_each([&result](std::size_t state) { result.push_back(state); });
    return result;
  }
  // Every state of this set is in `other` (both over the same number of states).
  bool is_subset_of(const StateSet& other) const {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if ((words_[i] & ~other.words_[i]) != 0) return false;
    }
    return true;
  }
  bool empty() const {
    for (const std::uint64_t word : words_) {
      if (word != 0) return false;
    }
    return true;
  }
  // Some state is in both sets (both over the same number of states).
  bool intersects(const StateSet& other) const {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if ((words_[i] & other.words_[i]) != 0) return true;
    }
    return false;
  }
  StateSet& operator&=(const StateSet& other) {
    for (std::size_t i = 0; i < words_.size(); ++i) words_[i] &= other.words_[i];
    return *this;
  }
  StateSet& operator|=(const StateSet& other) {
    for (std::size_t i = 0; i < words_.size(); ++i) words_[i] |= other.words_[i];
    return *this;
  }
  // Calls f(state) for every state of the set, in increasing order.
  template <typename F>
  void for_each(F&& f) const {
    for (std::size_t w = 0; w < words_.size(); ++w) {
      for (std::uint64_t word = words_[w]; word != 0; word &= word - 1) {
        f(w * 64 + static_cast<std::size_t>(std::countr_zero(word)));
      }
    }
  }
  friend bool operator==(const StateSet&, const StateSet&) = default;

 private:
  std::vector<std::uint64_t> words_;
  std::size_t state_count_ = 0;
};

}  // namespace parley::gmcr
