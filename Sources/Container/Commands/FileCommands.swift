/// File utilities: `cat ls mkdir rm rmdir touch cp mv chmod`.
enum FileCommands {
  static let all: [Program] = [cat, ls, mkdir, rm, rmdir, touch, cp, mv, chmod]

  static let cat = Program(name: "cat") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "uAvetnb")
    var status: Int32 = 0
    let files = scan.operands.isEmpty ? ["-"] : scan.operands
    for file in files {
      if file == "-" {
        machine.out(inv, machine.stdin(inv))
        continue
      }
      do throws(FileSystemError) {
        machine.out(inv, try machine.readFile(inv.absolute(file)))
      } catch {
        machine.report(inv, .cannotOpen(file, error.kind))
        status = 1
      }
    }
    return status
  }

  static let ls = Program(name: "ls") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "laA1dhFRtrSiCpGn")
    if let unknown = scan.unknown {
      machine.report(inv, .invalidOption(String(unknown)))
      return 2
    }
    let long = scan.flags.contains("l") || scan.flags.contains("n")
    let all = scan.flags.contains("a")
    let almostAll = scan.flags.contains("A")
    let directoryItself = scan.flags.contains("d")
    // Columns only on a terminal: a pipe or file gets one name per line.
    let onePerLine = scan.flags.contains("1") || !machine.tty || inv.fds[1] != .execStdout
    let targets = scan.operands.isEmpty ? ["."] : scan.operands
    var status: Int32 = 0
    var files: [String] = []
    var directories: [String] = []
    for target in targets.sorted() {
      let path = inv.absolute(target)
      guard let node = machine.kernel.fs.linkNode(at: path) else {
        machine.report(inv, .cannotAccess(target, .noSuchFile))
        status = 2
        continue
      }
      if directoryItself
        || (node.kind != .directory && machine.kernel.fs.node(at: path)?.kind != .directory)
        || (long && node.kind == .symlink)
      {
        files.append(target)
      } else {
        directories.append(target)
      }
    }
    func render(_ names: [String], in directory: String?) -> String {
      if long {
        var lines: [String] = []
        if directory != nil { lines.append("total \(names.count * 4)") }
        for name in names {
          let path = directory.map { FilePath.join(inv.absolute($0), name) } ?? inv.absolute(name)
          lines.append(longLine(name: name, path: path, machine: machine))
        }
        return lines.map { $0 + "\n" }.joined()
      }
      if onePerLine { return names.map { $0 + "\n" }.joined() }
      return columns(names, width: machine.columns)
    }
    var output = ""
    if !files.isEmpty { output += render(files, in: nil) }
    for (index, directory) in directories.enumerated() {
      guard var names = try? machine.kernel.fs.list(inv.absolute(directory)) else { continue }
      if !all && !almostAll { names = names.filter { !$0.hasPrefix(".") } }
      if all { names = [".", ".."] + names }
      if targets.count > 1 {
        if !output.isEmpty || index > 0 { output += "\n" }
        output += "\(directory):\n"
      }
      output += render(names, in: directory)
    }
    machine.out(inv, output)
    return status
  }

  /// One `ls -l` line: `drwxr-xr-x 2 root root 4096 Jan 15 10:00 name`.
  static func longLine(name: String, path: String, machine: Machine) -> String {
    let node = machine.kernel.fs.linkNode(at: path) ?? .file("")
    let type: String
    switch node.kind {
    case .directory: type = "d"
    case .symlink: type = "l"
    case .regularFile: type = path.hasPrefix("/dev/") ? "c" : "-"
    }
    var permissions = ""
    for shift in [6, 3, 0] {
      let bits = Int(node.mode) >> shift & 7
      permissions +=
        (bits & 4 != 0 ? "r" : "-") + (bits & 2 != 0 ? "w" : "-") + (bits & 1 != 0 ? "x" : "-")
    }
    if node.mode & 0o1000 != 0 { permissions = String(permissions.dropLast()) + "t" }
    let links = node.kind == .directory ? 2 : 1
    let size = String(node.size)
    let paddedSize = String(repeating: " ", count: max(0, 5 - size.count)) + size
    let time = CivilTime(machine.kernel.startedAt)
    let stamp =
      "\(CivilTime.monthNames[time.month - 1]) \(time.day < 10 ? " " : "")\(time.day) \(CivilTime.pad(time.hour)):\(CivilTime.pad(time.minute))"
    let suffix = node.kind == .symlink ? " -> \(node.target)" : ""
    return "\(type)\(permissions) \(links) root root \(paddedSize) \(stamp) \(name)\(suffix)"
  }

  /// GNU `ls`'s column layout for a terminal: fill columns top to bottom, fewest rows that fit.
  static func columns(_ names: [String], width: Int) -> String {
    guard !names.isEmpty else { return "" }
    for rows in 1...names.count {
      let columnCount = (names.count + rows - 1) / rows
      var widths: [Int] = []
      for column in 0..<columnCount {
        let slice = names[(column * rows)..<min(names.count, (column + 1) * rows)]
        widths.append(slice.map(\.count).max() ?? 0)
      }
      let total = widths.reduce(0, +) + 2 * (columnCount - 1)
      if total <= width || rows == names.count {
        var lines: [String] = []
        for row in 0..<rows {
          var line = ""
          for column in 0..<columnCount {
            let index = column * rows + row
            guard index < names.count else { continue }
            let name = names[index]
            let isLastInRow = column == columnCount - 1 || (column + 1) * rows + row >= names.count
            line +=
              isLastInRow
              ? name : name + String(repeating: " ", count: widths[column] - name.count + 2)
          }
          lines.append(line)
        }
        return lines.map { $0 + "\n" }.joined()
      }
    }
    return names.map { $0 + "\n" }.joined()
  }

  static let mkdir = Program(name: "mkdir") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "pv", valued: "m")
    guard !scan.operands.isEmpty else {
      machine.report(inv, .missingOperand)
      return 1
    }
    var status: Int32 = 0
    for target in scan.operands {
      do throws(FileSystemError) {
        try machine.kernel.fs.createDirectory(
          inv.absolute(target), intermediates: scan.flags.contains("p"))
      } catch {
        machine.report(inv, .cannotCreateDirectory(target, error.kind))
        status = 1
      }
    }
    return status
  }

  static let rm = Program(name: "rm") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "rRfdiv")
    let recursive = scan.flags.contains("r") || scan.flags.contains("R")
    let force = scan.flags.contains("f")
    guard !scan.operands.isEmpty else {
      if force { return 0 }
      machine.report(inv, .missingOperand)
      return 1
    }
    var status: Int32 = 0
    for target in scan.operands {
      do throws(FileSystemError) {
        try machine.kernel.fs.remove(inv.absolute(target), recursive: recursive)
      } catch {
        if force && error.kind == .noSuchFile { continue }
        machine.report(inv, .cannotRemove(target, error.kind))
        status = 1
      }
    }
    return status
  }

  static let rmdir = Program(name: "rmdir") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "pv")
    guard !scan.operands.isEmpty else {
      machine.report(inv, .missingOperand)
      return 1
    }
    var status: Int32 = 0
    for target in scan.operands {
      do throws(FileSystemError) {
        try machine.kernel.fs.removeDirectory(inv.absolute(target))
      } catch {
        machine.report(inv, .cannotRemoveDirectory(target, error.kind))
        status = 1
      }
    }
    return status
  }

  static let touch = Program(name: "touch") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "acm", valued: "dtr")
    guard !scan.operands.isEmpty else {
      machine.report(inv, .missingOperand)
      return 1
    }
    var status: Int32 = 0
    for target in scan.operands {
      let path = inv.absolute(target)
      if machine.kernel.fs.exists(path) { continue }
      do throws(FileSystemError) {
        try machine.kernel.fs.write(path, contents: "")
      } catch {
        machine.report(inv, .cannotTouch(target, error.kind))
        status = 1
      }
    }
    return status
  }

  static let cp = Program(name: "cp") { machine, inv throws(ShellControl) in
    try copyOrMove(&machine, inv, move: false)
  }

  static let mv = Program(name: "mv") { machine, inv throws(ShellControl) in
    try copyOrMove(&machine, inv, move: true)
  }

  private static func copyOrMove(_ machine: inout Machine, _ inv: Invocation, move: Bool)
    throws(ShellControl) -> Int32
  {
    let scan = ArgumentScanner(inv.operands, known: "rRafvpin")
    guard scan.operands.count >= 2, let destination = scan.operands.last else {
      machine.report(inv, .missingOperand)
      return 1
    }
    let recursive =
      move || scan.flags.contains("r") || scan.flags.contains("R") || scan.flags.contains("a")
    let destinationPath = inv.absolute(destination)
    let intoDirectory = machine.kernel.fs.isDirectory(destinationPath)
    var status: Int32 = 0
    for source in scan.operands.dropLast() {
      let sourcePath = inv.absolute(source)
      guard let node = machine.kernel.fs.node(at: sourcePath) else {
        machine.report(inv, .cannotStat(source, .noSuchFile))
        status = 1
        continue
      }
      if node.kind == .directory && !recursive {
        machine.report(
          inv,
          .custom(
            inv.style == .gnu
              ? "-r not specified; omitting directory '\(source)'"
              : "omitting directory '\(source)'"))
        status = 1
        continue
      }
      let target =
        intoDirectory
        ? FilePath.join(destinationPath, FilePath.basename(sourcePath)) : destinationPath
      do throws(FileSystemError) {
        if move {
          try machine.kernel.fs.move(sourcePath, to: target)
        } else {
          try machine.kernel.fs.copy(sourcePath, to: target)
        }
      } catch {
        machine.report(
          inv,
          .custom("cannot create regular file '\(destination)': \(error.kind.posixDescription)"))
        status = 1
      }
    }
    return status
  }

  static let chmod = Program(name: "chmod") { machine, inv throws(ShellControl) in
    let operands = inv.operands.filter { $0 != "-R" && $0 != "-v" }
    guard operands.count >= 2 else {
      machine.report(inv, .missingOperand)
      return 1
    }
    let spec = operands[0]
    var status: Int32 = 0
    for target in operands.dropFirst() {
      let path = inv.absolute(target)
      guard let node = machine.kernel.fs.node(at: path) else {
        machine.report(inv, .cannotAccess(target, .noSuchFile))
        status = 1
        continue
      }
      guard let mode = ChmodSpec.apply(spec, to: node.mode) else {
        machine.report(inv, .custom("invalid mode: '\(spec)'"))
        return 1
      }
      try? machine.kernel.fs.chmod(path, mode: mode)
    }
    return status
  }
}
