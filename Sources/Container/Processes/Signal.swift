/// A POSIX signal, numbered as on Linux x86-64.
public enum Signal: Int32, CaseIterable, Equatable, Hashable, Sendable {
    case hup = 1, int = 2, quit = 3, ill = 4, trap = 5, abrt = 6, bus = 7, fpe = 8, kill = 9, usr1 = 10
    case segv = 11, usr2 = 12, pipe = 13, alrm = 14, term = 15, stkflt = 16, chld = 17, cont = 18, stop = 19
    case tstp = 20, ttin = 21, ttou = 22, urg = 23, xcpu = 24, xfsz = 25, vtalrm = 26, prof = 27, winch = 28
    case io = 29, pwr = 30, sys = 31

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
