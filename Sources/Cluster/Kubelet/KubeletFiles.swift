/// The files the kubelet puts into every container: hosts, hostname, DNS and the service account.
enum KubeletFiles {
  static func files(for pod: Pod, podIP: String, namespace: String) -> [String: String] {
    let hostname = pod.spec.hostname ?? pod.name
    var files: [String: String] = [
      "/etc/hostname": hostname + "\n",
      "/etc/hosts": """
      # Kubernetes-managed hosts file.
      127.0.0.1\tlocalhost
      ::1\tlocalhost ip6-localhost ip6-loopback
      fe00::0\tip6-localnet
      fe00::0\tip6-mcastprefix
      fe00::1\tip6-allnodes
      fe00::2\tip6-allrouters
      \(podIP)\t\(hostname)

      """,
      "/etc/resolv.conf": namespace == "default" ? defaultResolvConf : resolvConf(namespace),
      "/dev/termination-log": "",
    ]
    if pod.spec.volumes?.contains(where: { $0.name.hasPrefix("kube-api-access-") }) == true {
      // Whole constants rather than joined: every container's file system keeps these paths.
      files["/var/run/secrets/kubernetes.io/serviceaccount/namespace"] = namespace
      files["/var/run/secrets/kubernetes.io/serviceaccount/token"] = ServiceAccountToken.placeholder
      files["/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"] =
        ServiceAccountToken.caCertificate
    }
    return files
  }

  /// The DNS configuration of a pod in `namespace`.
  static func resolvConf(_ namespace: String) -> String {
    """
    search \(namespace).svc.cluster.local svc.cluster.local cluster.local
    nameserver 10.96.0.10
    options ndots:5

    """
  }

  /// The `default` namespace's, made once and shared by its pods' containers.
  static let defaultResolvConf = resolvConf("default")
}

/// Stand-ins for the projected service account credentials (shaped like the real ones, not valid).
enum ServiceAccountToken {
  static let placeholder =
    "eyJhbGciOiJSUzI1NiIsImtpZCI6Imt1YmV0dXRvciJ9.eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjLmNsdXN0ZXIubG9jYWwiXSwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50OmRlZmF1bHQ6ZGVmYXVsdCJ9.c2ltdWxhdGVkLXNpZ25hdHVyZQ"

  static let caCertificate = """
    -----BEGIN CERTIFICATE-----
    MIIDBTCCAe2gAwIBAgIIKubetutorSimulatedClusterCAAAAAAAAAAAAAAAAAA
    -----END CERTIFICATE-----

    """
}
