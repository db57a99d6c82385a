/// `kubectl explain RESOURCE.FIELD…`: the API documentation of a field, rendered as kubectl's
/// plaintext template does, for `pod.spec.containers.lifecycle` and everything under it.
struct ExplainCommand {
  static let flags =
    Invocation.globalFlags + [
      FlagSpec("recursive", nil, .bool), FlagSpec("api-version", nil, .string),
      FlagSpec("output", "o", .string),
    ]

  static let header = "KIND:       Pod\nVERSION:    v1\n\n"

  var path: [String]
  var recursive: Bool

  init(_ arguments: [String]) throws(KubectlError) {
    let parsed: ParsedArguments
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError("explain")
    }
    switch parsed.positional.count {
    case 0:
      // Plain errors in kubectl (no usage hint), unlike most argument mistakes.
      throw .message(
        "You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources."
      )
    case 1: break
    default: throw .message("We accept only this format: explain RESOURCE")
    }
    if let format = parsed.string("output"), format != "plaintext" {
      throw .note(SimulatorNote(.explainFormat, ["format": format]))
    }
    if let version = parsed.string("api-version"), version != "v1" {
      throw .note(
        SimulatorNote(.explainAPIVersion, ["version": version]))
    }
    recursive = parsed.bool("recursive")
    // kubectl drops one trailing dot before splitting (`pod.spec.` is `pod.spec`).
    var typed = parsed.positional[0]
    if typed.hasSuffix(".") { typed.removeLast() }
    path = typed.split(separator: ".", omittingEmptySubsequences: false).map(
      String.init)
  }

  func execute(output: inout CommandOutput) throws(KubectlError) {
    guard try ResourceType.resolve(path[0]) == .pods else {
      throw .note(
        SimulatorNote(.explainPodsOnly))
    }
    let fieldPath = Array(path.dropFirst())
    if let missing = Self.knownMissing(fieldPath) {
      output.out(Self.header)
      throw .message("field \"\(missing)\" does not exist")
    }
    // kubectl walks spec → containers (or initContainers) → lifecycle → …; kubetutor carries the
    // schema from `lifecycle` down, so a shorter path is named as such, not claimed missing.
    guard fieldPath.count >= 3, fieldPath[0] == "spec",
      ["containers", "initContainers"].contains(fieldPath[1]), fieldPath[2] == "lifecycle"
    else {
      throw .note(SimulatorNote(.explainLifecycleOnly))
    }
    var field = ExplainSchema.lifecycle
    for name in fieldPath.dropFirst(3) {
      guard let next = field.field(name) else {
        // kubectl has already printed the header when it finds the path broken, and always
        // names the last element of the path, whichever one was wrong.
        output.out(Self.header)
        throw .message("field \"\(fieldPath.last ?? name)\" does not exist")
      }
      field = next
    }
    output.out(Self.header + Self.render(field, recursive: recursive))
  }

  /// The name kubectl reports when the path leaves the Pod or Container schema at a level whose
  /// field names kubetutor knows (the last element, as kubectl always names it), else nil.
  static func knownMissing(_ fieldPath: [String]) -> String? {
    guard let last = fieldPath.last else { return nil }
    if !podFields.contains(fieldPath[0]) { return last }
    if fieldPath.count >= 3, fieldPath[0] == "spec",
      ["containers", "initContainers"].contains(fieldPath[1]),
      !containerFields.contains(fieldPath[2])
    {
      return last
    }
    return nil
  }

  static let podFields: Set = ["apiVersion", "kind", "metadata", "spec", "status"]
  /// Container's fields in the 1.34 schema.
  static let containerFields: Set = [
    "args", "command", "env", "envFrom", "image", "imagePullPolicy", "lifecycle", "livenessProbe",
    "name", "ports", "readinessProbe", "resizePolicy", "resources", "restartPolicy",
    "restartPolicyRules", "securityContext", "startupProbe", "stdin", "stdinOnce",
    "terminationMessagePath", "terminationMessagePolicy", "tty", "volumeDevices", "volumeMounts",
    "workingDir",
  ]

  /// The template's output for one field, after the KIND/VERSION header.
  static func render(_ field: ExplainField, recursive: Bool) -> String {
    var text = "FIELD: \(field.name) <\(field.type)>\n"
    if !field.enumValues.isEmpty {
      text += "ENUM:" + field.enumValues.map { "\n    " + $0 }.joined()
    }
    text += "\n\n"
    let description = field.description + "\n" + (field.typeDescription.map { $0 + "\n" } ?? "")
    text += "DESCRIPTION:\n" + WordWrap.indent(WordWrap.wrap(description, width: 76), by: 4) + "\n"
    if !field.fields.isEmpty {
      text += "FIELDS:\n" + fieldList(field, level: 1, recursive: recursive)
    }
    return text + "\n"
  }

  static func fieldList(_ field: ExplainField, level: Int, recursive: Bool) -> String {
    let indent = 2 * level
    var text = ""
    for child in field.fields.sorted(by: { $0.name < $1.name }) {
      text += WordWrap.indent(child.name, by: indent) + "\t<\(child.type)>"
      if child.required { text += " -required-" }
      if !child.enumValues.isEmpty {
        let shown = child.enumValues.prefix(4).joined(separator: ", ")
        text += "\n" + String(repeating: " ", count: indent) + "enum: " + shown
        if child.enumValues.count > 4 { text += ", ...." }
      }
      text += "\n"
      if recursive {
        text += fieldList(child, level: level + 1, recursive: true)
      } else {
        let description = child.description.isEmpty ? "<no description>" : child.description
        text += WordWrap.indent(WordWrap.wrap(description, width: 78 - indent), by: indent + 2)
        text += "\n\n"
      }
    }
    return text
  }
}
