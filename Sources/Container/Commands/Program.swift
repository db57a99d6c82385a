/// A simulated executable: a name and the closure that runs it.
struct Program: Sendable {
  /// The program (or busybox applet) name.
  let name: String
  /// Runs the program; returns its exit status.
  let run: @Sendable (inout Machine, inout Invocation) throws(ShellControl) -> Int32
}

/// The table of every simulated program, assembled from the per-family lists.
enum Programs {
  /// Programs by name.
  static let table: [String: Program] = {
    var table: [String: Program] = [:]
    for program in FileCommands.all + TextCommands.all + SystemCommands.all + ProcessCommands.all
      + NetworkCommands.all + DaemonCommands.all
    {
      table[program.name] = program
    }
    return table
  }()

  /// What runs for a binary the image has but the simulator does not implement.
  static let unsimulated = Program(name: "unsimulated") { machine, inv throws(ShellControl) in
    machine.err(inv, "kubetutor: '\(inv.name)' exists in this image but is not simulated\n")
    return 126
  }
}
