import Cluster

/// `-o yaml`, `-o json` and `-o name` for API objects, single or as a `List`.
enum ObjectPrinter {
  /// The output formats `get` accepts.
  enum Format: Equatable, Sendable {
    case table
    case wide
    case yaml
    case json
    case name

    init(_ text: String?) throws(KubectlError) {
      switch text {
      case nil, "": self = .table
      case "wide": self = .wide
      case "yaml": self = .yaml
      case "json": self = .json
      case "name": self = .name
      case let other?:
        if [
          "custom-columns", "custom-columns-file", "go-template", "go-template-file", "jsonpath",
          "jsonpath-as-json", "jsonpath-file", "template", "templatefile",
        ].contains(where: { other.hasPrefix($0) }) {
          throw .note(SimulatorNote(.outputFormat, ["format": other]))
        }
        throw .message(
          "unable to match a printer suitable for the output format \"\(other)\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml"
        )
      }
    }
  }

  /// Prints objects as yaml or json; several (or a list request) are wrapped in a `List`.
  static func print<T: Encodable>(_ objects: [T], format: Format, asList: Bool) throws(KubectlError)
    -> String
  {
    // The objects go straight into one tree, the List around them too: no JSONValue
    // dictionaries to build and sort again.
    let builder = JSONTree.Builder()
    var items: [JSONTree.Node] = []
    items.reserveCapacity(objects.count)
    for index in objects.indices {  // (by index: iterating would copy each object)
      do { items.append(try builder.encode(objects[index])) } catch {
        throw .message("\(error)")
      }
    }
    let root =
      asList || items.count != 1
      ? builder.object([
        ("apiVersion", .string("v1")), ("items", builder.array(items)), ("kind", .string("List")),
        ("metadata", builder.object([("resourceVersion", .string(""))])),
      ])
      : items[0]
    let tree = builder.finish(root: root)
    do {
      switch format {
      case .json: return try GoJSON.kubectl(tree)
      default: return try GoYAML.marshal(tree)
      }
    } catch {
      throw .message("\(error)")
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks (Go's TrimSpace).
  var trimmedSpace: String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }
}
