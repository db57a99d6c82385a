import Foundation

/// One lesson's recording in one language (``RecordingsStep``): the asciicast v2 text, and
/// what the page shows of it before a reader presses play, its length and its chapters.
public struct LessonRecording: Equatable, Sendable {
  /// A chapter: a `"m"` marker of the recording.
  public struct Chapter: Equatable, Sendable {
    /// Seconds from the start, as the recording says (`12.000000`).
    public var time: String
    /// What the marker says: `Step 2: Wait until it is Running`.
    public var title: String
  }

  /// The whole recording: a header line, then one event per line.
  public var cast: String
  /// Terminal columns and rows, from the header.
  public var width: Int
  public var height: Int
  /// Seconds from the start to the last event, as the recording writes them.
  public var duration: String
  public var chapters: [Chapter]

  /// Reads what the page needs from `cast`, as ``Shell/Asciicast`` writes it: the header's
  /// size, each marker, the last time. Nil when the header is not one.
  public init?(cast: String) {
    let bytes = Array(cast.utf8)
    let lines = bytes.split(separator: UInt8(ascii: "\n"))
    guard let header = lines.first, header.first == UInt8(ascii: "{"),
      let object = try? JSONSerialization.jsonObject(with: Data(header)) as? [String: Any],
      object["version"] as? Int == 2, let width = object["width"] as? Int,
      let height = object["height"] as? Int
    else { return nil }
    self.cast = cast
    self.width = width
    self.height = height
    duration = "0.000000"
    chapters = []
    let marker = Array(#", "m", "#.utf8)
    for line in lines.dropFirst() {
      // `[12.000000, "m", "…"]`: the time up to the comma, then the code.
      guard line.first == UInt8(ascii: "["), let comma = line.firstIndex(of: UInt8(ascii: ","))
      else { continue }
      let time = String(decoding: line[(line.startIndex + 1)..<comma], as: UTF8.self)
      guard Double(time) != nil else { continue }
      duration = time
      guard line[comma...].starts(with: marker),
        let event = try? JSONSerialization.jsonObject(with: Data(line)) as? [Any],
        event.count == 3, let title = event[2] as? String
      else { continue }
      chapters.append(Chapter(time: time, title: title))
    }
  }
}
