// onevoice: the command-line entry point; everything is in cli/.
#include "base/heap.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  onevoice::UseHugePagesForHeap();  // before anything allocates much (base/heap.h)
  return onevoice::cli::Main(argc, argv);
}
