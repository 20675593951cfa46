// onevoice: the command-line entry point; everything is in cli/.
#include "cli/commands.h"

int main(int argc, char** argv) { return onevoice::cli::Main(argc, argv); }
