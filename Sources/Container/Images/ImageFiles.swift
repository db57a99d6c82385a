/// Helpers shared by the image definitions to lay out a root file system.
enum ImageFiles {
  /// Directories every Linux image has.
  static let baseDirectories = [
    "/dev", "/etc", "/home", "/proc", "/root", "/sys", "/tmp", "/usr", "/var", "/var/tmp",
    "/var/log", "/usr/share", "/usr/local/bin",
  ]

  /// Extra top-level directories of Debian and Ubuntu images.
  static let debianDirectories = [
    "/boot", "/media", "/mnt", "/opt", "/run", "/srv", "/usr/lib64", "/var/cache", "/var/lib",
  ]

  /// Programs implemented by the simulator, used for coreutils-style binaries.
  static let coreutils = [
    "[", "basename", "cat", "chmod", "cp", "date", "dirname", "echo", "env", "false", "grep",
    "head", "hostname", "id", "ls",
    "mkdir", "mv", "nproc", "printenv", "printf", "pwd", "rm", "rmdir", "seq", "sleep", "tail",
    "tee", "test", "touch",
    "true", "uname", "wc", "whoami",
  ]

  /// Binaries that exist in Debian-based images but whose behaviour is not simulated.
  static let unsimulatedDebian = [
    "apt", "apt-get", "awk", "chown", "cut", "dd", "df", "diff", "dpkg", "du", "expr", "find",
    "gzip", "ln", "mktemp",
    "mount", "perl", "readlink", "sed", "sort", "stat", "tar", "tr", "uniq", "xargs",
  ]

  /// A fresh file system with the base directories, `/dev/null` and `/tmp` sticky.
  static func base(debian: Bool = true) -> FileSystem {
    var fs = FileSystem()
    for directory in baseDirectories
      + (debian ? debianDirectories : ["/lib", "/lib64", "/usr/sbin", "/var/run"])
    { try? fs.createDirectory(directory, intermediates: true) }
    try? fs.chmod("/tmp", mode: 0o1777)
    try? fs.chmod("/root", mode: 0o700)
    fs.install(.file("", mode: 0o666), at: "/dev/null")
    return fs
  }

  /// Installs `names` in `directory` as executables that run the program of the same name.
  static func installPrograms(_ names: [String], in directory: String, into fs: inout FileSystem) {
    for name in names {
      fs.install(.file("\u{7F}ELF", mode: 0o755, program: name), at: FilePath.join(directory, name))
    }
  }

  /// Installs `names` as executables the simulator does not implement (it says so when run).
  static func installUnsimulated(_ names: [String], in directory: String, into fs: inout FileSystem)
  {
    for name in names {
      fs.install(
        .file("\u{7F}ELF", mode: 0o755, program: "unsimulated"), at: FilePath.join(directory, name))
    }
  }

  static let debianPasswd = """
    root:x:0:0:root:/root:/bin/bash
    daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
    bin:x:2:2:bin:/bin:/usr/sbin/nologin
    sys:x:3:3:sys:/dev:/usr/sbin/nologin
    sync:x:4:65534:sync:/bin:/bin/sync
    games:x:5:60:games:/usr/games:/usr/sbin/nologin
    man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
    lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
    mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
    news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
    uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
    proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
    www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
    backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
    list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
    irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
    _apt:x:42:65534::/nonexistent:/usr/sbin/nologin
    nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin

    """

  static let bashrc = """
    # ~/.bashrc: executed by bash(1) for non-login shells.

    # Note: PS1 and umask are already set in /etc/profile. You should not
    # need this unless you want different defaults for root.
    # PS1='${debian_chroot:+($debian_chroot)}\\h:\\w\\$ '
    # umask 022

    """
}
