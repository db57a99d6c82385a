/// Docker image reference rules the kubelet and containerd apply.
public enum ImageReference {
  /// The fully qualified form: `nginx` → `docker.io/library/nginx:latest`.
  public static func normalized(_ reference: String) -> String {
    var name = reference
    var suffix = ""
    if let at = name.firstIndex(of: "@") {
      suffix = String(name[at...])
      name = String(name[..<at])
    } else if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") {
      suffix = String(name[colon...])
      name = String(name[..<colon])
    } else {
      suffix = ":latest"
    }
    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 1 { return "docker.io/library/\(name)\(suffix)" }
    let first = parts[0]
    if first.contains(".") || first.contains(":") || first == "localhost" { return name + suffix }
    return "docker.io/\(name)\(suffix)"
  }

  /// `Always` for an untagged or `:latest` image, else `IfNotPresent` (API-server defaulting).
  public static func defaultPullPolicy(for reference: String) -> String {
    if reference.contains("@") { return "IfNotPresent" }
    guard let colon = reference.lastIndex(of: ":"), !reference[colon...].contains("/") else {
      return "Always"
    }
    return reference[reference.index(after: colon)...] == "latest" ? "Always" : "IfNotPresent"
  }
}
