/// Facts about this build of kubetutor.
public enum KubetutorInfo {
  /// The version `kubetutor --version` prints.
  public static let version = "0.1.0"
}
