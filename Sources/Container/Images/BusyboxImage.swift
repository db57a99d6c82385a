/// The official `busybox` image: one binary, `/bin/busybox`, with its applets as links.
///
/// It has `ps`, `killall` and `wget` but no bash; `/bin/sh` is busybox ash.
enum BusyboxImage {
  /// Applets installed in `/bin` (the subset a learner is likely to type, plus common ones).
  static let applets = [
    "[", "[[", "ash", "awk", "basename", "cat", "chmod", "chown", "cp", "cut", "date", "dd", "df",
    "dirname", "du",
    "echo", "env", "expr", "false", "find", "free", "grep", "head", "hostname", "id", "ifconfig",
    "kill", "killall",
    "less", "ln", "ls", "mkdir", "more", "mount", "mv", "nc", "netstat", "nproc", "nslookup",
    "pgrep", "pidof",
    "ping", "pkill", "printenv", "printf", "ps", "pwd", "readlink", "rm", "rmdir", "sed", "seq",
    "sh", "sleep",
    "sort", "stat", "tail", "tar", "tee", "telnet", "test", "top", "touch", "tr", "true", "uname",
    "uniq", "uptime",
    "vi", "watch", "wc", "wget", "which", "whoami", "xargs", "yes",
  ]

  static func make(version: String, tag: String, digest: String, size: Int64) -> Image {
    var fs = ImageFiles.base(debian: false)
    try? fs.createDirectory("/bin", intermediates: true)
    try? fs.createDirectory("/usr/sbin", intermediates: true)
    try? fs.createDirectory("/var/spool/mail", intermediates: true)
    try? fs.createDirectory("/var/www", intermediates: true)
    fs.install(.file("\u{7F}ELF", mode: 0o755, program: "busybox"), at: "/bin/busybox")
    for applet in applets {
      fs.install(.file("\u{7F}ELF", mode: 0o755, program: "busybox"), at: "/bin/" + applet)
    }
    fs.install(
      .file(
        """
        root:x:0:0:root:/root:/bin/sh
        daemon:x:1:1:daemon:/usr/sbin:/bin/false
        bin:x:2:2:bin:/bin:/bin/false
        sys:x:3:3:sys:/dev:/bin/false
        sync:x:4:100:sync:/bin:/bin/sync
        mail:x:8:8:mail:/var/spool/mail:/bin/false
        www-data:x:33:33:www-data:/var/www:/bin/false
        operator:x:37:37:Operator:/var:/bin/false
        nobody:x:65534:65534:nobody:/home:/bin/false

        """), at: "/etc/passwd")
    fs.install(
      .file(
        "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwheel:x:10:root\nmail:x:8:\nwww-data:x:33:\nnogroup:x:65534:\n"
      ), at: "/etc/group")
    fs.compact()  // its containers share these entries and store only their own changes
    return Image(
      reference: "docker.io/library/busybox:\(tag)", repository: "docker.io/library/busybox",
      tag: tag,
      digest: digest, sizeBytes: size, kind: .busybox,
      entrypoint: [], cmd: ["sh"],
      env: [
        EnvVar(name: "PATH", value: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
      ],
      workingDir: "/", stopSignal: .term, exposedPorts: [], shellFlavor: .ash,
      programVersions: ["busybox": version], filesystem: fs)
  }
}
