import Shell

/// Escaping for text put into HTML.
enum HTML {
  /// `text` safe in element content and in double-quoted attribute values.
  static func escape(_ text: some StringProtocol) -> String { HTMLText.escape(text) }
}
