import Cluster
import Container

/// What Tab can offer besides the fixed tables: the live cluster's pods and namespaces, and,
/// inside a container shell, that container's commands and files.
///
/// A value taken before each prompt, so completion never reaches into the running session.
public struct CompletionContext: Sendable {
  /// A pod Tab can name, with its containers (init containers included).
  public struct PodEntry: Equatable, Sendable {
    public var namespace: String
    public var name: String
    public var containers: [String]

    public init(namespace: String, name: String, containers: [String]) {
      self.namespace = namespace
      self.name = name
      self.containers = containers
    }
  }

  /// The container shell lines go to: its files and where its shell is.
  public struct ContainerShell: Sendable {
    public var fileSystem: FileSystem
    public var workingDirectory: String

    public init(fileSystem: FileSystem, workingDirectory: String) {
      self.fileSystem = fileSystem
      self.workingDirectory = workingDirectory
    }
  }

  public var pods: [PodEntry]
  public var namespaces: [String]
  /// The namespace kubectl uses without `-n`.
  public var defaultNamespace: String
  public var containerShell: ContainerShell?
  /// The ids `lesson` completes.
  public var lessons: [String] = []
  /// The outer shell's directory, which file names complete from (nil: the process's).
  public var workingDirectory: String?

  public init(
    pods: [PodEntry] = [], namespaces: [String] = ["default"], defaultNamespace: String = "default",
    containerShell: ContainerShell? = nil
  ) {
    self.pods = pods
    self.namespaces = namespaces
    self.defaultNamespace = defaultNamespace
    self.containerShell = containerShell
  }

  /// The context of `cluster` now.
  public init(cluster: Cluster, containerShell: ContainerShell? = nil) {
    self.init(
      pods: cluster.pods(in: nil).map {
        PodEntry(
          namespace: $0.namespace, name: $0.name, containers: $0.spec.allContainers.map(\.name))
      },
      namespaces: cluster.namespaces.sorted(), containerShell: containerShell)
  }
}
