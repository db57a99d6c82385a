import Lessons

/// Text put into HTML: the one escaping the site's pages and the progress report share.
public enum HTMLText {
  /// `text` safe in element content and in double-quoted attribute values.
  /// - Parameter hidingControls: replaces control and bidirectional-override characters with
  ///   `?` (text from files a stranger wrote, which could otherwise reorder a page's words).
  public static func escape(_ text: some StringProtocol, hidingControls: Bool = false) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default:
        let hidden = hidingControls && ProgressExport.isInvisibleControl(scalar)
        result.unicodeScalars.append(hidden ? "?" : scalar)
      }
    }
    return result
  }
}
