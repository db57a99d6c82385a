/// `kennethreitz/httpbin`: Ubuntu 18.04, Python 3.6, gunicorn serving httpbin on port 80.
enum HttpbinImage {
  static func make(tag: String, digest: String, size: Int64) -> Image {
    var fs = ImageFiles.base()
    for directory in ["/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/lib", "/lib", "/httpbin"] {
      try? fs.createDirectory(directory, intermediates: true)
    }
    ImageFiles.installPrograms(
      ImageFiles.coreutils.filter {
        ![
          "nproc", "printenv", "seq", "tee", "[", "basename", "dirname", "id", "whoami", "wc",
          "head", "tail", "env", "printf", "test",
        ].contains($0)
      }, in: "/bin", into: &fs)
    ImageFiles.installPrograms(
      [
        "[", "basename", "dirname", "env", "head", "id", "nproc", "printenv", "printf", "seq",
        "tail", "tee", "test", "wc", "whoami",
      ], in: "/usr/bin", into: &fs)
    ImageFiles.installPrograms(["bash", "dash"], in: "/bin", into: &fs)
    fs.install(.symlink(to: "dash"), at: "/bin/sh")
    ImageFiles.installPrograms(["gunicorn"], in: "/usr/local/bin", into: &fs)
    ImageFiles.installUnsimulated(
      ["python3", "python3.6", "pip3", "pipenv", "git"], in: "/usr/bin", into: &fs)
    ImageFiles.installUnsimulated(
      ImageFiles.unsimulatedDebian.filter { !["apt", "apt-get", "dpkg"].contains($0) }, in: "/bin",
      into: &fs)
    ImageFiles.installUnsimulated(["apt", "apt-get", "dpkg"], in: "/usr/bin", into: &fs)
    fs.install(.file(ImageFiles.debianPasswd), at: "/etc/passwd")
    fs.install(.file("root:x:0:\n"), at: "/etc/group")
    fs.install(
      .file(
        """
        NAME="Ubuntu"
        VERSION="18.04.6 LTS (Bionic Beaver)"
        ID=ubuntu
        ID_LIKE=debian
        PRETTY_NAME="Ubuntu 18.04.6 LTS"
        VERSION_ID="18.04"
        HOME_URL="https://www.ubuntu.com/"
        SUPPORT_URL="https://help.ubuntu.com/"
        BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
        PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
        VERSION_CODENAME=bionic
        UBUNTU_CODENAME=bionic

        """), at: "/etc/os-release")
    fs.install(.file(ImageFiles.bashrc), at: "/root/.bashrc")
    fs.install(
      .file("Pipfile placeholder: httpbin's dependencies (Flask, gevent, gunicorn)\n"),
      at: "/httpbin/Pipfile")
    fs.install(
      .file(
        "# -*- coding: utf-8 -*-\n\"\"\"\nhttpbin.core\n~~~~~~~~~~~~\n\nThis module provides the core HttpBin experience.\n\"\"\"\n"
      ), at: "/httpbin/httpbin/core.py")
    fs.compact()  // its containers share these entries and store only their own changes
    return Image(
      reference: "docker.io/kennethreitz/httpbin:\(tag)",
      repository: "docker.io/kennethreitz/httpbin", tag: tag,
      digest: digest, sizeBytes: size, kind: .httpbin,
      entrypoint: [], cmd: ["gunicorn", "-b", "0.0.0.0:80", "httpbin:app", "-k", "gevent"],
      env: [
        EnvVar(name: "PATH", value: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        EnvVar(name: "LC_ALL", value: "C.UTF-8"),
        EnvVar(name: "LANG", value: "C.UTF-8"),
      ],
      workingDir: "/", stopSignal: .term, exposedPorts: [80], shellFlavor: .dash,
      programVersions: ["gunicorn": "19.9.0", "bash": "4.4.20(1)-release"], filesystem: fs)
  }
}
