import Cluster

/// The asciicast v2 format that `asciinema play` and web players read: a JSON header line,
/// then one JSON array per event, `[seconds, code, data]`.
///
/// Only the text of the lines: ``CastRecorder`` writes them as a session goes on.
public enum Asciicast {
  /// The header's fields (v2: `version`, `width`, `height`, and optional ones).
  public struct Header: Equatable, Sendable {
    /// Terminal columns and rows the recording was made at.
    public var width: Int
    public var height: Int
    /// When it began, in Unix seconds.
    public var timestamp: Int64?
    /// What it shows.
    public var title: String?
    /// `TERM` of the terminal it was made on.
    public var term: String?

    public init(
      width: Int, height: Int, timestamp: Int64? = nil, title: String? = nil, term: String? = nil
    ) {
      self.width = width
      self.height = height
      self.timestamp = timestamp
      self.title = title
      self.term = term
    }
  }

  /// An event's kind.
  public enum Code: String, Sendable {
    /// Text written to the terminal.
    case output = "o"
    /// A marker (a chapter: players list them and can pause there).
    case marker = "m"
    /// The terminal's new size, `COLSxROWS`.
    case resize = "r"
  }

  /// One event: when (microseconds from the start), what kind, and its text.
  public struct Event: Equatable, Sendable {
    public var time: Int64
    public var code: Code
    public var data: String

    public init(time: Int64, code: Code, data: String) {
      self.time = time
      self.code = code
      self.data = data
    }
  }

  /// A whole recording: the header line, then a line per event, each ending in a newline.
  public static func text(header: Header, events: [Event]) -> String {
    var text = line(for: header) + "\n"
    for event in events { text += line(at: event.time, event.code, event.data) + "\n" }
    return text
  }

  /// The header line (without its newline).
  public static func line(for header: Header) -> String {
    var line =
      "{\"version\":2,\"width\":\(max(1, header.width)),\"height\":\(max(1, header.height))"
    if let timestamp = header.timestamp { line += ",\"timestamp\":\(timestamp)" }
    if let title = header.title { line += ",\"title\":" + GoJSON.quote(title) }
    if let term = header.term { line += ",\"env\":{\"TERM\":" + GoJSON.quote(term) + "}" }
    return line + "}"
  }

  /// An event line (without its newline): `[0.250000, "o", "text"]`.
  public static func line(at microseconds: Int64, _ code: Code, _ data: String) -> String {
    "[" + seconds(microseconds) + ", \"" + code.rawValue + "\", " + GoJSON.quote(data) + "]"
  }

  /// `microseconds` as seconds with six decimals, the way asciinema writes them.
  static func seconds(_ microseconds: Int64) -> String {
    let value = max(0, microseconds)
    let fraction = String(value % 1_000_000)
    return "\(value / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
  }

  /// Text as a terminal receives it: a line feed alone becomes `\r\n` (the terminal driver's
  /// `ONLCR`), so a player returns to the first column as the screen did.
  public static func terminalText(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if scalar == "\n" && previous != "\r" { result.unicodeScalars.append("\r") }
      result.unicodeScalars.append(scalar)
      previous = scalar
    }
    return result
  }
}
