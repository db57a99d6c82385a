import CCmarkGFM

#if canImport(Glibc)
  import Glibc
#endif

/// Renders CommonMark with the GitHub extensions to HTML through cmark-gfm, the reference
/// implementation, and lets the caller draw fenced code blocks itself.
///
/// Raw HTML in the text is not passed through (cmark's safe mode): a lesson file cannot put a
/// script on the site. Blocks the caller draws go in as cmark custom blocks, which the HTML
/// renderer writes as they are.
enum MarkdownRenderer {
  /// A fenced or indented code block in the text.
  struct CodeBlock {
    /// The whole info string after the fence (`yaml title="pod.yaml"`), empty if none.
    var info: String
    var code: String
    /// Its first line, counted from the text's first line (1).
    var line: Int
  }

  /// The GitHub extensions a lesson may use.
  static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

  /// `markdown` as HTML; `draw` returns the HTML for a code block, or nil to let cmark render it.
  static func render(_ markdown: String, draw: (CodeBlock) -> String?) -> String {
    cmark_gfm_core_extensions_ensure_registered()
    let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
    guard let parser = cmark_parser_new(options) else { return "" }
    defer { cmark_parser_free(parser) }
    for name in extensions {
      if let syntax = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, syntax)
      }
    }
    markdown.withCString { cmark_parser_feed(parser, $0, markdown.utf8.count) }
    guard let document = cmark_parser_finish(parser) else { return "" }
    defer { cmark_node_free(document) }

    // Collect first: cmark's iterator must not see the tree change under it.
    var blocks: [OpaquePointer] = []
    if let iterator = cmark_iter_new(document) {
      while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        if let node = cmark_iter_get_node(iterator), event == CMARK_EVENT_ENTER,
          cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK
        {
          blocks.append(node)
        }
      }
      cmark_iter_free(iterator)
    }
    for node in blocks {
      let block = CodeBlock(
        info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)),
        line: Int(cmark_node_get_start_line(node)))
      guard let html = draw(block), let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
        continue
      }
      cmark_node_set_on_enter(custom, html)
      cmark_node_replace(node, custom)
      cmark_node_free(node)
    }
    guard
      let rendered = cmark_render_html(
        document, options, cmark_parser_get_syntax_extensions(parser))
    else { return "" }
    defer { free(rendered) }
    return String(cString: rendered)
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
