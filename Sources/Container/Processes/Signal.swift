/// A POSIX signal, numbered as on Linux x86-64.
public enum Signal: Int32, CaseIterable, Equatable, Hashable, Sendable {
  case hup = 1
  case int = 2
  case quit = 3
  case ill = 4
  case trap = 5
  case abrt = 6
  case bus = 7
  case fpe = 8
  case kill = 9
  case usr1 = 10
  case segv = 11
  case usr2 = 12
  case pipe = 13
  case alrm = 14
  case term = 15
  case stkflt = 16
  case chld = 17
  case cont = 18
  case stop = 19
  case tstp = 20
  case ttin = 21
  case ttou = 22
  case urg = 23
  case xcpu = 24
  case xfsz = 25
  case vtalrm = 26
  case prof = 27
  case winch = 28
  case io = 29
  case pwr = 30
  case sys = 31

  /// The name without the `SIG` prefix (`TERM`), as `kill -l` prints it.
  public var name: String {
    switch self {
    case .hup: "HUP"
    case .int: "INT"
    case .quit: "QUIT"
    case .ill: "ILL"
    case .trap: "TRAP"
    case .abrt: "ABRT"
    case .bus: "BUS"
    case .fpe: "FPE"
    case .kill: "KILL"
    case .usr1: "USR1"
    case .segv: "SEGV"
    case .usr2: "USR2"
    case .pipe: "PIPE"
    case .alrm: "ALRM"
    case .term: "TERM"
    case .stkflt: "STKFLT"
    case .chld: "CHLD"
    case .cont: "CONT"
    case .stop: "STOP"
    case .tstp: "TSTP"
    case .ttin: "TTIN"
    case .ttou: "TTOU"
    case .urg: "URG"
    case .xcpu: "XCPU"
    case .xfsz: "XFSZ"
    case .vtalrm: "VTALRM"
    case .prof: "PROF"
    case .winch: "WINCH"
    case .io: "IO"
    case .pwr: "PWR"
    case .sys: "SYS"
    }
  }

  /// Parses `TERM`, `SIGTERM`, `term` or `15`.
  public init?(parsing text: String) {
    if let number = Int32(text) {
      guard let signal = Signal(rawValue: number) else { return nil }
      self = signal
      return
    }
    var upper = text.uppercased()
    if upper.hasPrefix("SIG") { upper.removeFirst(3) }
    guard let signal = Signal.allCases.first(where: { $0.name == upper }) else { return nil }
    self = signal
  }

  /// Whether a process can catch or ignore it (not KILL or STOP).
  public var isCatchable: Bool { self != .kill && self != .stop }

  /// Whether the default action terminates the process (most signals do; CHLD, CONT,
  /// WINCH and URG are ignored by default, STOP/TSTP stop it).
  public var terminatesByDefault: Bool {
    ![.chld, .cont, .winch, .urg, .stop, .tstp, .ttin, .ttou].contains(self)
  }
}
