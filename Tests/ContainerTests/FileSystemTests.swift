import Testing

@testable import Container

/// The in-memory file system.
@Suite struct FileSystemTests {
  struct NormalizeCase: Sendable, CustomTestStringConvertible {
    var path: String
    var cwd: String
    var expected: String
    var testDescription: String { "\(cwd) + \(path)" }
  }

  @Test(arguments: [
    NormalizeCase(path: "a/b", cwd: "/x", expected: "/x/a/b"),
    NormalizeCase(path: "../..", cwd: "/x/y", expected: "/"),
    NormalizeCase(path: "/a/./b//c/..", cwd: "/", expected: "/a/b"),
    NormalizeCase(path: "..", cwd: "/", expected: "/"),
    NormalizeCase(path: ".", cwd: "/usr/share", expected: "/usr/share"),
  ])
  func normalizes(_ c: NormalizeCase) {
    #expect(FilePath.normalize(c.path, cwd: c.cwd) == c.expected)
  }

  /// Splitting bytes (where every slash stands alone) gives what splitting characters does.
  @Test(arguments: [
    "/tmp/é", "/tmp/\u{FFFD}\u{FFFD}date", "/é/./../ü//x/", "é/../f", "/tmp/生命周期/../x",
    "/tmp/a\u{301}/b", "/tmp/\u{301}x", "/tmp\u{301}/x", "/\u{600}/x", "/x\u{600}/y",
    "/tmp/.\u{301}/..", "/../..\u{301}", "//\u{1F600}//",
  ])
  func nonASCIIPathsNormalizeAsCharacters(_ path: String) {
    var parts: [Substring] = []
    for component in ("/" + path).split(separator: "/") {
      if component == "." { continue }
      if component == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(component)
    }
    let expected = "/" + parts.joined(separator: "/")
    #expect(FilePath.normalize(path, cwd: "/") == expected)
    #expect(FilePath.components(path) == path.split(separator: "/"))
  }

  @Test func readWriteListRemove() throws {
    var fs = FileSystem()
    try fs.createDirectory("/a/b", intermediates: true)
    try fs.write("/a/b/f", contents: "one\n")
    try fs.write("/a/b/f", contents: "two\n", append: true)
    #expect(try fs.read("/a/b/f") == "one\ntwo\n")
    try fs.write("/a/z", contents: "")
    try fs.write("/a/c", contents: "")
    #expect(try fs.list("/a") == ["b", "c", "z"])
    #expect(throws: FileSystemError(.isADirectory, "/a")) { try fs.read("/a") }
    #expect(throws: FileSystemError(.noSuchFile, "/nope/x")) {
      try fs.write("/nope/x", contents: "")
    }
    #expect(throws: FileSystemError(.notADirectory, "/a/c/x")) {
      try fs.write("/a/c/x", contents: "")
    }
    #expect(throws: FileSystemError(.fileExists, "/a")) { try fs.createDirectory("/a") }
    #expect(throws: FileSystemError(.isADirectory, "/a")) { try fs.remove("/a") }
    #expect(throws: FileSystemError(.directoryNotEmpty, "/a")) { try fs.removeDirectory("/a") }
    try fs.remove("/a", recursive: true)
    #expect(!fs.exists("/a/b/f"))
    #expect(try fs.list("/") == [])
  }

  @Test func followsSymlinks() throws {
    let nginx = try #require(ImageCatalog.standard.image(for: "nginx"))
    let fs = nginx.filesystem
    #expect(fs.node(at: "/bin/sh")?.program == "dash")
    #expect(fs.linkNode(at: "/usr/bin/sh")?.kind == .symlink)
    #expect(try fs.canonicalPath("/bin/sh") == "/usr/bin/dash")
    #expect(try fs.canonicalPath("/var/run/nginx.pid") == "/run/nginx.pid")
    var loop = FileSystem()
    try loop.symlink("/a", to: "/b")
    try loop.symlink("/b", to: "/a")
    #expect(throws: FileSystemError(.tooManySymlinks, "/a")) { try loop.read("/a") }
  }

  @Test func messagesPerTool() {
    #expect(
      ToolMessage.cannotOpen("/nope", .noSuchFile).render(tool: "cat", style: .gnu)
        == "cat: /nope: No such file or directory\n")
    #expect(
      ToolMessage.cannotOpen("/nope", .noSuchFile).render(tool: "cat", style: .busybox)
        == "cat: can't open '/nope': No such file or directory\n")
    #expect(
      ToolMessage.cannotOpen("/nope", .noSuchFile).render(tool: "head", style: .gnu)
        == "head: cannot open '/nope' for reading: No such file or directory\n")
    #expect(
      ToolMessage.cannotCreateDirectory("/a/b", .noSuchFile).render(tool: "mkdir", style: .gnu)
        == "mkdir: cannot create directory '/a/b': No such file or directory\n")
    #expect(
      ToolMessage.cannotRemove("/tmp", .isADirectory).render(tool: "rm", style: .busybox)
        == "rm: '/tmp' is a directory\n")
  }
}

/// Image references and image contents.
@Suite struct ImageCatalogTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var reference: String
    var resolved: String?
    var testDescription: String { reference }
  }

  @Test(arguments: [
    Case(reference: "nginx", resolved: "docker.io/library/nginx:latest"),
    Case(reference: "nginx:1.25", resolved: "docker.io/library/nginx:1.25"),
    Case(reference: "nginx:1.27.3", resolved: "docker.io/library/nginx:1.27.3"),
    Case(reference: "docker.io/library/nginx:latest", resolved: "docker.io/library/nginx:latest"),
    Case(reference: "library/nginx", resolved: "docker.io/library/nginx:latest"),
    Case(reference: "busybox", resolved: "docker.io/library/busybox:latest"),
    Case(reference: "busybox:1.36", resolved: "docker.io/library/busybox:1.36"),
    Case(reference: "kennethreitz/httpbin", resolved: "docker.io/kennethreitz/httpbin:latest"),
    Case(
      reference: "kennethreitz/httpbin:latest", resolved: "docker.io/kennethreitz/httpbin:latest"),
    Case(reference: "nginx:9.9", resolved: nil),
    Case(reference: "ngnix", resolved: nil),
    Case(reference: "nginx:", resolved: nil),
    Case(reference: "", resolved: nil),
  ])
  func resolves(_ c: Case) {
    #expect(ImageCatalog.standard.image(for: c.reference)?.reference == c.resolved)
  }

  @Test func imageFacts() throws {
    let nginx = try #require(ImageCatalog.standard.image(for: "nginx"))
    #expect(nginx.digest.hasPrefix("sha256:") && nginx.digest.count == 71)
    #expect(nginx.entrypoint == ["/docker-entrypoint.sh"])
    #expect(nginx.cmd == ["nginx", "-g", "daemon off;"])
    #expect(nginx.stopSignal == .quit)
    #expect(nginx.hasBash)
    #expect(!nginx.filesystem.exists("/usr/bin/killall"))
    #expect(!nginx.filesystem.exists("/usr/bin/ps"))
    #expect(try nginx.filesystem.read("/usr/share/nginx/html/index.html").utf8.count == 615)
    let busybox = try #require(ImageCatalog.standard.image(for: "busybox"))
    #expect(busybox.cmd == ["sh"])
    #expect(!busybox.hasBash)
    #expect(busybox.filesystem.exists("/bin/killall"))
    let httpbin = try #require(ImageCatalog.standard.image(for: "kennethreitz/httpbin"))
    #expect(httpbin.cmd == ["gunicorn", "-b", "0.0.0.0:80", "httpbin:app", "-k", "gevent"])
    #expect(httpbin.sizeBytes > 200_000_000)
  }
}
