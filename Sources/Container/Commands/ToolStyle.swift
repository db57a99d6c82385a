/// Which implementation's messages a tool prints.
enum ToolStyle: Sendable {
  case gnu
  case busybox
}
