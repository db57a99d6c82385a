/// Non-local control flow inside the interpreter (not user-facing errors).
enum ShellControl: Error, Equatable {
  /// `exit N`, `set -e` failure, or a fatal shell error.
  case exit(Int32)
  /// `break N`.
  case breakLoop(Int)
  /// `continue N`.
  case continueLoop(Int)
  /// `return N` from a function.
  case returnFromFunction(Int32)
  /// The exec's virtual-time limit was reached (the clock is left at the deadline).
  case timeLimitReached
  /// The step budget ran out: the script is looping without advancing time.
  case budgetExhausted
  /// The run produced more than the machine's `memoryLimit` bytes: killed as the OOM killer would.
  case outOfMemory
}
