// The C declarations of libFuzzer that Swift needs (see include/CFuzzer.h).
