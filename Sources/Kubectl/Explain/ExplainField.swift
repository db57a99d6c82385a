/// One field of the API schema as `kubectl explain` shows it: the OpenAPI v3 facts the
/// plaintext template reads (type guess, required, enum, descriptions, sub-fields).
struct ExplainField: Sendable {
  var name: String
  /// The template's type guess: `Lifecycle`, `[]string`, `IntOrString`, `integer`.
  var type: String
  /// The property's own description (shown in its parent's field list).
  var description: String
  /// The description of the type it refers to, appended under `DESCRIPTION:` when explained.
  var typeDescription: String? = nil
  var required = false
  var enumValues: [String] = []
  /// Sub-fields; the template lists them in name order.
  var fields: [ExplainField] = []

  /// The sub-field called `name`, if the schema has one.
  func field(_ name: String) -> ExplainField? { fields.first { $0.name == name } }
}
