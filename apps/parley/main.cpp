#include <cstdio>

int main() {
  std::puts("parley " PARLEY_VERSION);
  return 0;
}
