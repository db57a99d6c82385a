import TestSupport
import Testing

@testable import Cluster
@testable import Kubectl

/// The JSONTree path (encoder, sorted tree, byte printers) against the one it replaced
/// (LegacyPrinters.swift): the same bytes for every pod and event of a busy cluster, at every
/// stage of their lives, and for awkward JSON values.
@Suite struct FastPathEquivalenceTests {
  /// A pod that runs and ends with exit 1, never restarted: phase Failed.
  static let failing = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: failing
    spec:
      restartPolicy: Never
      containers:
      - name: box
        image: busybox
        command: ["sh", "-c", "sleep 3; exit 1"]
    """

  /// Every field the API types keep as opaque JSON or in maps, with keys and strings the
  /// printers treat specially (digits, dots and slashes in keys, non-ASCII, long and
  /// multi-line text, numbers that look like other types).
  static let decorated = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: decorated
      labels:
        app.kubernetes.io/name: web
        tier2: "10"
        tier10: "yes"
        Z: "0755"
        "9lives": ""
      annotations:
        note: "a long note that goes on and on past the eightieth column of the line, so it folds: twice over, maybe"
        multi: |
          first line
            indented second
        "ünïcode": "héllo wörld 日本語 😀"
        quote: "it's \\"quoted\\" & <escaped>"
        tabs: "a\\tb"
        trailing: "x "
    spec:
      terminationGracePeriodSeconds: 5
      securityContext: {runAsUser: 1000, fsGroup: 2000, sysctls: [{name: net.core.somaxconn, value: "1024"}]}
      nodeSelector: {disk: ssd, "kubernetes.io/os": linux}
      tolerations:
      - {key: dedicated, operator: Equal, value: tutor, effect: NoSchedule}
      volumes:
      - name: scratch
        emptyDir: {sizeLimit: 64Mi}
      - name: config
        configMap: {name: settings, defaultMode: 420, items: [{key: a.conf, path: a.conf}]}
      containers:
      - name: web
        image: nginx:1.25
        args: ["--ratio=0.5", "1e3", "on", "-", "- x", "a: b", "#hash", ""]
        env:
        - {name: RATIO, value: "0.25"}
        - {name: EMPTY, value: ""}
        - {name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
        resources:
          limits: {cpu: 500m, memory: 128Mi}
          requests: {cpu: "0.25", memory: 64Mi}
        ports:
        - {name: http, containerPort: 80, protocol: TCP}
        volumeMounts:
        - {name: scratch, mountPath: /scratch}
        - {name: config, mountPath: /etc/config, readOnly: true}
        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
        lifecycle:
          postStart:
            httpGet: {path: /started, port: 80, httpHeaders: [{name: X-Custom, value: "1"}]}
          preStop:
            sleep: {seconds: 2}
        readinessProbe:
          httpGet: {path: /ready, port: http}
          periodSeconds: 3
    """

  /// The files the scenario tests use, plus the two above.
  static let files: [String: String] = [
    "/root/hooks.yaml": ScenarioTests.hooksPod, "/root/probes.yaml": ScenarioTests.allProbes,
    "/root/missing.yaml": ScenarioTests.missingCommand, "/root/sleeper.yaml": ScenarioTests.sleeper,
    "/root/two.yaml": ScenarioTests.twoPods, "/root/ticker.yaml": ScenarioTests.ticker,
    "/root/typo.yaml": ScenarioTests.typo, "/root/init.yaml": ScenarioTests.withInit,
    "/root/liveness.yaml": Manifests.livenessExec(name: "probed"),
    "/root/failing.yaml": failing, "/root/decorated.yaml": decorated,
  ]

  /// A cluster after `seconds` more seconds: pods pending, creating, running, restarting,
  /// succeeded, failed, backing off and terminating, and their events.
  static func cluster(after seconds: Int64) -> Cluster {
    var driver = Driver()
    driver.files = files
    driver.run(
      files.keys.sorted().map { "kubectl apply -f \($0.dropFirst("/root/".count))" } + [
        "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
        "sleep \(seconds)",
        "kubectl delete pod sleeper --wait=false",
        "kubectl delete pod hooks-pod --wait=false",
        "sleep 1",
      ])
    return driver.cluster
  }

  /// Both paths for one set of objects, as `get` prints them.
  static func expectSameOutput<T: Encodable>(_ objects: [T], asList: Bool) throws {
    let legacyValues = try objects.map { try LegacyJSONValueEncoder().encode($0) }
    let legacy: JSONValue =
      asList || legacyValues.count != 1
      ? .object([
        "apiVersion": "v1", "items": .array(legacyValues), "kind": "List",
        "metadata": .object(["resourceVersion": ""]),
      ])
      : legacyValues[0]
    #expect(
      try ObjectPrinter.print(objects, format: .yaml, asList: asList)
        == LegacyGoYAML.marshal(legacy))
    #expect(
      try ObjectPrinter.print(objects, format: .json, asList: asList)
        == LegacyGoJSON.kubectl(legacy))
    for (object, value) in zip(objects, legacyValues) {
      #expect(try JSONValueEncoder().encode(object) == value)
      #expect(try GoJSON.marshal(JSONValueEncoder().encode(object)) == LegacyGoJSON.marshal(value))
    }
  }

  @Test(arguments: [0, 2, 6, 12, 25, 40, 70, 130, 400] as [Int64])
  func podsAndEventsPrintAsBefore(after seconds: Int64) throws {
    let cluster = Self.cluster(after: seconds)
    let pods = cluster.pods(in: nil)
    let events = cluster.events(in: nil)
    #expect(pods.count >= 11, "\(pods.map(\.name))")
    #expect(pods.contains { $0.name == "decorated" })
    try Self.expectSameOutput(pods, asList: true)
    try Self.expectSameOutput(events, asList: true)
    for pod in pods { try Self.expectSameOutput([pod], asList: false) }
    for event in events.prefix(20) { try Self.expectSameOutput([event], asList: false) }
    try Self.expectSameOutput([Pod](), asList: true)
  }

  /// Awkward values: every scalar of the YAML tests as a key and as a value at several depths
  /// (so folding starts at other columns), the recorded oracle pods, numbers, empty containers.
  static let values: [JSONValue] = {
    var values: [JSONValue] = [
      OracleFixtures.lifecycleDemoPod, OracleFixtures.nastyPod, OracleFixtures.nasty2Pod,
      .null, true, 0, -12, 1.5, 1e21, 1e-7, -0.0, 123_456.789, "", [], [:], [[]], [[:]],
      ["a": [1, [2, [3]], ["b": []]], "a1": nil, "a10": 2, "a2": 3, "A": "x", "_": "y"],
    ]
    let texts =
      GoYAMLTests.scalars.map(\.value) + [
        String(repeating: "word ", count: 30), String(repeating: "x", count: 130) + " y",
        "a\u{2028}b", "<&>", "\u{7}bell", "tab\tand\nbreak", "é", "e\u{301}", "1", "2", "10",
        // Long enough to fold in each style, with what each style escapes or doubles.
        "# it's a 'quoted' word, " + String(repeating: "and it's 'more'  words ", count: 6),
        "\t" + String(repeating: "a \"quote\" and a \\ backslash  then  ", count: 5),
        "line one\n  indented 'two' with \"dq\" and \\\n\nlast line "
          + String(repeating: "x ", count: 50) + "\n",
        String(repeating: "plain words with  double  spaces ", count: 5) + "\nand a second line",
        " leading " + String(repeating: "é ", count: 60),
        String(repeating: "日本語 ", count: 40) + "\t",
      ]
    for text in texts {
      let scalar = JSONValue.string(text)
      values.append(scalar)
      values.append(.object([text: scalar, "k": scalar, "list": [scalar, [scalar]]]))
      values.append(["a": ["b": ["c": ["d": [scalar, ["e": scalar]]]]]])
    }
    return values
  }()

  @Test(arguments: values.indices)
  func valuesPrintAsBefore(_ index: Int) throws {
    let value = Self.values[index]
    #expect(
      Self.outcome { try GoYAML.marshal(value) } == Self.outcome { try LegacyGoYAML.marshal(value) }
    )
    #expect(try GoJSON.kubectl(value) == LegacyGoJSON.kubectl(value))
    #expect(try GoJSON.marshal(value) == LegacyGoJSON.marshal(value))
    #expect(
      try GoJSON.marshalIndent(value, prefix: "> ", indent: "\t")
        == LegacyGoJSON.marshalIndent(value, prefix: "> ", indent: "\t"))
    #expect(GoJSON.compact(value) == LegacyGoJSON.compact(value))
    #expect(JSONTree(value).jsonValue == value)
  }

  @Test(arguments: [
    "0", "7", "-0", "+12", "-9223372036854775808", "-9223372036854775809",
    "9223372036854775807", "18446744073709551615", "18446744073709551616", "0x1F", "0X1f",
    "-0x8000000000000000", "0o17", "0O8", "0b101", "0B2", "0755", "0789", "08", "0x", "0b", "+",
    "-", "", "1e3", "12a", "abc", "1_000", "١٢", "１２", "0ｘ1", "10.244.0.5",
    "1172a6f0-c403-4441-8742-d9823ac24767",
  ])
  func intsResolveAsBefore(_ text: String) {
    #expect(YAMLResolver.goParseInt(text) == LegacyResolver.goParseInt(text))
    #expect(YAMLResolver.resolvesToNonString(text) == LegacyResolver.resolvesToNonString(text))
    #expect(YAMLResolver.isBase60Float(text) == LegacyResolver.isBase60Float(text))
  }

  /// An `encode(to:)` that writes keys twice and uses every kind of container, as no API type
  /// does: the tree must resolve it as the old shared nodes did.
  struct Repeats: Encodable {
    struct Nothing: Encodable {
      func encode(to encoder: any Encoder) throws {}
    }

    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(_ string: String) { stringValue = string }
      init?(stringValue: String) { self.init(stringValue) }
      init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: Key.self)
      try c.encode(1, forKey: Key("scalar"))
      try c.encode("two", forKey: Key("scalar"))
      var first = c.nestedContainer(keyedBy: Key.self, forKey: Key("object"))
      try first.encode(1, forKey: Key("a"))
      try first.encode(true, forKey: Key("z"))
      var second = c.nestedContainer(keyedBy: Key.self, forKey: Key("object"))
      try second.encode(2, forKey: Key("a"))
      try second.encode(["x"], forKey: Key("b"))
      var list = c.nestedUnkeyedContainer(forKey: Key("list"))
      try list.encode(1)
      var more = c.nestedUnkeyedContainer(forKey: Key("list"))
      try more.encode("2")
      try more.encodeNil()
      try c.encode(5, forKey: Key("kept"))
      try c.encode(Nothing(), forKey: Key("kept"))
      try c.encode(Nothing(), forKey: Key("empty"))
      try c.encode(1, forKey: Key("replaced"))
      _ = c.nestedContainer(keyedBy: Key.self, forKey: Key("replaced"))
      _ = c.superEncoder()
      let sup = c.superEncoder(forKey: Key("sup"))
      var inner = sup.container(keyedBy: Key.self)
      try inner.encode(3, forKey: Key("n"))
      var again = encoder.container(keyedBy: Key.self)
      try again.encode([1.5, 2], forKey: Key("zz"))
      var single = c.superEncoder(forKey: Key("single")).singleValueContainer()
      try single.encode(Nothing())
    }
  }

  @Test func repeatedKeysResolveAsBefore() throws {
    let legacy = try LegacyJSONValueEncoder().encode(Repeats())
    #expect(try JSONValueEncoder().encode(Repeats()) == legacy)
    #expect(try GoJSON.kubectl(JSONTree(encoding: Repeats())) == LegacyGoJSON.kubectl(legacy))
    #expect(try GoYAML.marshal(JSONTree(encoding: Repeats())) == LegacyGoYAML.marshal(legacy))
  }

  /// The value, or the error's text.
  static func outcome<T>(_ body: () throws -> T) -> String {
    do { return "\(try body())" } catch { return "error: \(error)" }
  }

  @Test func errorsReadAsBefore() {
    struct Big: Encodable {
      var outer = [["n": UInt64.max]]
    }
    struct Silent: Encodable {
      func encode(to encoder: any Encoder) throws {}
    }
    let legacy = Self.outcome { try LegacyJSONValueEncoder().encode(Big()) }
    #expect(legacy.hasPrefix("error: "))
    #expect(Self.outcome { try JSONValueEncoder().encode(Big()) } == legacy)
    #expect(
      Self.outcome { try JSONValueEncoder().encode(Silent()) }
        == Self.outcome { try LegacyJSONValueEncoder().encode(Silent()) })
    let legacyMessage = KubectlError.message(String(legacy.dropFirst("error: ".count)))
    #expect(
      Self.outcome { try ObjectPrinter.print([Big()], format: .yaml, asList: true) }
        == "error: \(legacyMessage)")
    #expect(
      Self.outcome { try JSONValueEncoder().encode(UInt64.max) }
        == Self.outcome { try LegacyJSONValueEncoder().encode(UInt64.max) })
  }
}
