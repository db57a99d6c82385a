/// A shell builtin: a name and the closure that runs it inside the shell.
struct Builtin: Sendable {
  let name: String
  /// Runs the builtin; it may change the shell (variables, cwd, traps) and the machine.
  let run:
    @Sendable (inout Interpreter, inout Machine, inout Invocation) throws(ShellControl) -> Int32
}
