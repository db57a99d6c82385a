import Testing

@testable import Kubectl

/// Byte-exact checks of the tabwriter against kubectl's own test outputs (kubectl-formats.md §7)
/// and the §2.3.7 / §2.4 samples, written the way kubectl writes them (`cells joined by \t`).
@Suite struct TabWriterTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var minWidth: Int
    var padding: Int
    var remember: Bool
    /// Chunks written in order; `nil` means `flush()`.
    var writes: [String?]
    var expected: String
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "§7 #37 not wide", minWidth: 6, padding: 3, remember: true,
      writes: ["NAME\tREADY\tSTATUS\n", "test1\t1/1\tpodPhase\n", nil],
      expected: "NAME    READY   STATUS\ntest1   1/1     podPhase\n"),
    Case(
      id: "§7 #37 wide", minWidth: 6, padding: 3, remember: true,
      writes: ["NAME\tREADY\tSTATUS\tRETRIES\tAGE\n", "test1\t1/1\tpodPhase\t5\t20h\n", nil],
      expected:
        "NAME    READY   STATUS     RETRIES   AGE\ntest1   1/1     podPhase   5         20h\n"),
    Case(
      id: "§7 #38 empty status cell padded", minWidth: 6, padding: 3, remember: true,
      writes: ["NAME\tREADY\tSTATUS\tRESTARTS\tAGE\n", "foo\t0/0\t\t0\t<unknown>\n", nil],
      expected:
        "NAME   READY   STATUS   RESTARTS   AGE\nfoo    0/0              0          <unknown>\n"),
    Case(
      id: "§7 #39 watch rows flushed one by one", minWidth: 6, padding: 3, remember: true,
      writes: [
        "NAME\tREADY\tSTATUS\tRESTARTS\tAGE\n", "bar\t0/0\t\t0\t<unknown>\n",
        "foo\t0/0\t\t0\t<unknown>\n", nil,
        "foo\t0/0\t\t0\t<unknown>\n", nil, "foo\t0/0\t\t0\t<unknown>\n", nil,
      ],
      expected: """
        NAME   READY   STATUS   RESTARTS   AGE
        bar    0/0              0          <unknown>
        foo    0/0              0          <unknown>
        foo    0/0              0          <unknown>
        foo    0/0              0          <unknown>

        """),
    Case(
      id: "§2.3.7 watch after apply", minWidth: 6, padding: 3, remember: true,
      writes: [
        "NAME\tREADY\tSTATUS\tRESTARTS\tAGE\n", "lifecycle-demo\t0/1\tContainerCreating\t0\t1s\n",
        nil,
        "lifecycle-demo\t1/1\tRunning\t0\t5s\n", nil,
      ],
      expected: """
        NAME             READY   STATUS              RESTARTS   AGE
        lifecycle-demo   0/1     ContainerCreating   0          1s
        lifecycle-demo   1/1     Running             0          5s

        """),
    Case(
      id: "§2.3.7 watch during delete: a wider cell grows the column for later rows", minWidth: 6,
      padding: 3, remember: true,
      writes: [
        "NAME\tREADY\tSTATUS\tRESTARTS\tAGE\n", "lifecycle-demo\t1/1\tRunning\t0\t2m30s\n", nil,
        "lifecycle-demo\t1/1\tTerminating\t0\t2m41s\n", nil,
        "lifecycle-demo\t0/1\tCompleted\t0\t2m43s\n", nil,
        "lifecycle-demo\t0/1\tCompleted\t0\t2m44s\n", nil,
        "lifecycle-demo\t0/1\tCompleted\t0\t2m44s\n", nil,
      ],
      expected: """
        NAME             READY   STATUS    RESTARTS   AGE
        lifecycle-demo   1/1     Running   0          2m30s
        lifecycle-demo   1/1     Terminating   0          2m41s
        lifecycle-demo   0/1     Completed     0          2m43s
        lifecycle-demo   0/1     Completed     0          2m44s
        lifecycle-demo   0/1     Completed     0          2m44s

        """),
    Case(
      id: "§2.3.7 --output-watch-events", minWidth: 6, padding: 3, remember: true,
      writes: [
        "EVENT\tNAME\tREADY\tSTATUS\tRESTARTS\tAGE\n",
        "ADDED   \tlifecycle-demo\t0/1\tContainerCreating\t0\t1s\n",
        nil, "MODIFIED\tlifecycle-demo\t1/1\tRunning\t0\t5s\n", nil,
      ],
      expected: """
        EVENT      NAME             READY   STATUS              RESTARTS   AGE
        ADDED      lifecycle-demo   0/1     ContainerCreating   0          1s
        MODIFIED   lifecycle-demo   1/1     Running             0          5s

        """),
    Case(
      id: "§7 #41 describe pod with an image volume", minWidth: 0, padding: 2, remember: false,
      writes: [
        "Name:\tbar\n", "Namespace:\tfoo\n", "Node:\t<none>\n", "Labels:\t<none>\n",
        "Annotations:\t<none>\n",
        "Status:\t\n", "IP:\t\n", "IPs:\t<none>\n", "Containers: <none>\n", "Volumes:\n",
        "  image:\n",
        "    Type:\tImage (a container image or OCI artifact)\n", "    Reference:\timage\n",
        "    PullPolicy:\tIfNotPresent\n", "QoS Class:\tBestEffort\n", "Node-Selectors:\t<none>\n",
        "Tolerations:\t<none>\n", "Events:\t<none>\n", nil,
      ],
      expected: """
        Name:         bar
        Namespace:    foo
        Node:         <none>
        Labels:       <none>
        Annotations:  <none>
        Status:      \u{20}
        IP:          \u{20}
        IPs:          <none>
        Containers: <none>
        Volumes:
          image:
            Type:        Image (a container image or OCI artifact)
            Reference:   image
            PullPolicy:  IfNotPresent
        QoS Class:       BestEffort
        Node-Selectors:  <none>
        Tolerations:     <none>
        Events:          <none>

        """),
    Case(
      id: "runes, not bytes: CJK counts 1", minWidth: 0, padding: 2, remember: false,
      writes: ["名前:\tx\n", "Name:\ty\n", nil],
      expected: "名前:    x\nName:  y\n"),
    Case(
      id: "unfinished last line is written without a newline on flush", minWidth: 0, padding: 1,
      remember: false,
      writes: ["a\tb\n", "ccc\td", nil],
      expected: "a   b\nccc d"),
    Case(
      id: "nothing is written before a flush or a tab-less line", minWidth: 0, padding: 1,
      remember: false,
      writes: ["a\tb\n"],
      expected: ""),
    Case(
      id: "minwidth pads short columns", minWidth: 6, padding: 3, remember: false,
      writes: ["a\tb\tc\n", nil],
      expected: "a     b     c\n"),
  ]

  @Test(arguments: cases)
  func formats(_ testCase: Case) {
    var writer = TabWriter(
      minWidth: testCase.minWidth, padding: testCase.padding, rememberWidths: testCase.remember)
    for chunk in testCase.writes {
      if let chunk { writer.write(chunk) } else { writer.flush() }
    }
    #expect(writer.output == testCase.expected)
  }

  @Test func describeRunningPodSample() {
    // §2.4.2, written line by line as describePod does (PrefixWriter indentation in the first cell).
    let lines = [
      "Name:\tlifecycle-demo", "Namespace:\tdefault", "Priority:\t0", "Service Account:\tdefault",
      "Node:\tnode01/172.30.2.2", "Start Time:\tWed, 15 Jan 2025 10:00:00 +0000", "Labels:\t<none>",
      "Annotations:\t<none>", "Status:\tRunning", "IP:\t192.168.1.4", "IPs:", "  IP:\t192.168.1.4",
      "Containers:",
      "  lifecycle-demo-container:",
      "    Container ID:\tcontainerd://3f1a8e2b6c0d4e5f9a7b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f",
      "    Image:\tnginx",
      "    Image ID:\tdocker.io/library/nginx@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a",
      "    Port:\t<none>", "    Host Port:\t<none>", "    State:\tRunning",
      "      Started:\tWed, 15 Jan 2025 10:00:05 +0000", "    Ready:\tTrue",
      "    Restart Count:\t0",
      "    Environment:\t<none>", "    Mounts:",
      "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7k2xq (ro)",
      "Conditions:",
      "  Type\tStatus", "  PodReadyToStartContainers \tTrue ", "  Initialized \tTrue ",
      "  Ready \tTrue ",
      "  ContainersReady \tTrue ", "  PodScheduled \tTrue ", "Volumes:", "  kube-api-access-7k2xq:",
      "    Type:\tProjected (a volume that contains injected data from multiple sources)",
      "    TokenExpirationSeconds:\t3607", "    ConfigMapName:\tkube-root-ca.crt",
      "    Optional:\tfalse",
      "    DownwardAPI:\ttrue", "QoS Class:\tBestEffort", "Node-Selectors:\t<none>",
      "Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for 300s",
      "\tnode.kubernetes.io/unreachable:NoExecute op=Exists for 300s", "Events:",
      "  Type\tReason\tAge\tFrom\tMessage", "  ----\t------\t----\t----\t-------",
      "  Normal\tScheduled\t2m30s\tdefault-scheduler\tSuccessfully assigned default/lifecycle-demo to node01",
      "  Normal\tPulling\t2m29s\tkubelet\tPulling image \"nginx\"",
      "  Normal\tPulled\t2m25s\tkubelet\tSuccessfully pulled image \"nginx\" in 3.951s (3.951s including waiting). Image size: 72195292 bytes.",
      "  Normal\tCreated\t2m25s\tkubelet\tCreated container: lifecycle-demo-container",
      "  Normal\tStarted\t2m25s\tkubelet\tStarted container lifecycle-demo-container",
    ]
    var writer = TabWriter.describe()
    for line in lines { writer.write(line + "\n") }
    writer.flush()
    #expect(
      writer.output == """
        Name:             lifecycle-demo
        Namespace:        default
        Priority:         0
        Service Account:  default
        Node:             node01/172.30.2.2
        Start Time:       Wed, 15 Jan 2025 10:00:00 +0000
        Labels:           <none>
        Annotations:      <none>
        Status:           Running
        IP:               192.168.1.4
        IPs:
          IP:  192.168.1.4
        Containers:
          lifecycle-demo-container:
            Container ID:   containerd://3f1a8e2b6c0d4e5f9a7b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f
            Image:          nginx
            Image ID:       docker.io/library/nginx@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a
            Port:           <none>
            Host Port:      <none>
            State:          Running
              Started:      Wed, 15 Jan 2025 10:00:05 +0000
            Ready:          True
            Restart Count:  0
            Environment:    <none>
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7k2xq (ro)
        Conditions:
          Type                        Status
          PodReadyToStartContainers   True\u{20}
          Initialized                 True\u{20}
          Ready                       True\u{20}
          ContainersReady             True\u{20}
          PodScheduled                True\u{20}
        Volumes:
          kube-api-access-7k2xq:
            Type:                    Projected (a volume that contains injected data from multiple sources)
            TokenExpirationSeconds:  3607
            ConfigMapName:           kube-root-ca.crt
            Optional:                false
            DownwardAPI:             true
        QoS Class:                   BestEffort
        Node-Selectors:              <none>
        Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                     node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
        Events:
          Type    Reason     Age    From               Message
          ----    ------     ----   ----               -------
          Normal  Scheduled  2m30s  default-scheduler  Successfully assigned default/lifecycle-demo to node01
          Normal  Pulling    2m29s  kubelet            Pulling image "nginx"
          Normal  Pulled     2m25s  kubelet            Successfully pulled image "nginx" in 3.951s (3.951s including waiting). Image size: 72195292 bytes.
          Normal  Created    2m25s  kubelet            Created container: lifecycle-demo-container
          Normal  Started    2m25s  kubelet            Started container lifecycle-demo-container

        """)
  }

  @Test func describeTerminatingTopBlockWidensTo27() {
    let lines = [
      "Name:\tlifecycle-demo", "Namespace:\tdefault", "Priority:\t0", "Service Account:\tdefault",
      "Node:\tnode01/172.30.2.2", "Start Time:\tWed, 15 Jan 2025 10:00:00 +0000", "Labels:\t<none>",
      "Annotations:\t<none>", "Status:\tTerminating (lasts <invalid>)",
      "Termination Grace Period:\t30s",
      "IP:\t192.168.1.4", "IPs:", "  IP:\t192.168.1.4",
    ]
    var writer = TabWriter.describe()
    for line in lines { writer.write(line + "\n") }
    writer.flush()
    #expect(
      writer.output == """
        Name:                      lifecycle-demo
        Namespace:                 default
        Priority:                  0
        Service Account:           default
        Node:                      node01/172.30.2.2
        Start Time:                Wed, 15 Jan 2025 10:00:00 +0000
        Labels:                    <none>
        Annotations:               <none>
        Status:                    Terminating (lasts <invalid>)
        Termination Grace Period:  30s
        IP:                        192.168.1.4
        IPs:
          IP:  192.168.1.4

        """)
  }

  @Test func rememberedWidthsSurviveFlushesUntilReset() {
    var writer = TabWriter.table()
    writer.write("NAME\tSTATUS\n")
    writer.write("averyveryverylongname\tx\n")
    writer.flush()
    writer.write("a\tb\n")
    writer.flush()
    let pad = { (cell: String) in cell + String(repeating: " ", count: 24 - cell.count) }
    #expect(
      writer.takeOutput() == pad("NAME") + "STATUS\n" + pad("averyveryverylongname") + "x\n"
        + pad("a") + "b\n")
    writer.resetRememberedWidths()
    writer.write("a\tb\n")
    #expect(writer.takeOutput() == "a     b\n")
  }

  @Test func chunksMaySplitLinesAndCells() {
    var writer = TabWriter.describe()
    for chunk in ["Na", "me:\tx", "\nLong label:", "\ty\n"] { writer.write(chunk) }
    #expect(writer.takeOutput() == "Name:        x\nLong label:  y\n")
  }
}

/// `write(lines:)` hands over cells without joining them; it must format exactly as writing the
/// joined text does, including where a cell holds a tab, a line break or a wide rune.
@Suite struct TabWriterLinesTests {
  static let tables: [[[String]]] = [
    [["NAME", "READY", "STATUS"], ["lifecycle-demo", "1/1", "Running"]],
    [["NAME", "AGE"], ["démo-ünïcode", "5s"], ["生命周期", "10m"]],
    [["a", "b"], [], ["c", "d"]],
    [["one"], ["a", "b"], ["c"]],
    [["NAME", "LABELS"], ["p", "k=v\tx=y"], ["q", "z"]],
    [["NAME", "NOTE"], ["p", "first\nsecond"], ["q", "r\r\nend"]],
    [],
  ]

  @Test(arguments: tables)
  func linesFormatAsTheJoinedText(_ table: [[String]]) {
    var joined = TabWriter.table()
    joined.write(table.map { $0.joined(separator: "\t") + "\n" }.joined())
    var cells = TabWriter.table()
    cells.write(lines: table)
    #expect(cells.takeOutput() == joined.takeOutput())
  }

  @Test func aPartialLineIsFinishedByTheFirstLine() {
    var joined = TabWriter.table()
    joined.write("x\t")
    joined.write("y\tz\nNAME\tAGE\n")
    var cells = TabWriter.table()
    cells.write("x\t")
    cells.write(lines: [["y", "z"], ["NAME", "AGE"]])
    #expect(cells.takeOutput() == joined.takeOutput())
  }
}
