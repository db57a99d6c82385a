import Kubectl
import Lessons

extension UIStrings {
  /// kubetutor's notes from the Kubectl layer (``SimulatorNote``) in Simplified Chinese; English
  /// is ``SimulatorNote/english``.
  static let chineseNotes: [SimulatorNote.Kind: String] = [
    .kindNotSimulated: "kubetutor 只模拟 Pod、事件、节点和名字空间，不模拟 {kind}",
    .oneTypeAtATime: "kubetutor 每次只能对一种资源类型执行 {command}",
    .sortByPaths: "kubetutor 的 --sort-by 只支持 .lastTimestamp 这样的普通字段路径",
    .commandNotSimulated: "kubetutor 没有模拟 `kubectl {command}`；支持的命令有：{commands}",
    .helpFlags: "kubetutor 模拟的参数：",
    .helpShortened: "kubetutor：这份帮助只保留了模拟器支持的部分；kubectl 的完整说明见 {url}",
    .offline:
      "kubetutor：模拟集群处于离线状态，只能获取官方 lifecycle-demo 示例的 URL（例如 https://k8s.io/examples/pods/lifecycle-events.yaml）",
    .outputFormat: "kubetutor 没有模拟 -o {format}；请使用 -o wide、yaml、json 或 name",
    .deletePodsOnly: "kubetutor 只能删除 Pod；不支持 `delete {type}`",
    .execPodsOnly: "kubetutor 只能在 Pod 中执行命令",
    .execStillRunning: "kubetutor：命令在模拟时间 10 分钟后仍在运行，kubetutor 不再等待（在真实终端中请按 Ctrl-C）",
    .watchPodsOnly: "kubetutor 只能监视 Pod；不支持 `get {type} --watch`",
    .equalitySelectors: "kubetutor 只支持基于等值的选择算符（key=value）；不支持“{term}”",
    .watchFormats: "kubetutor 监视时只支持 table、wide 和 name 格式",
    .watchBound: "kubetutor：已在模拟时间 2 分钟后停止监视（真实的 watch 会一直持续到按下 Ctrl-C）",
    .controlPlane: "kubetutor：控制平面自身的 Pod（kube-system）没有模拟，因此不会列出",
    .createSubcommand: "kubetutor 只模拟 `kubectl create -f FILE`；不支持 `kubectl create {subcommand}`",
    .applyPodsOnly: "kubetutor 只模拟 Pod；来自“{source}”的 {kind}“{name}”没有被应用",
    .imageTags:
      "kubetutor：模拟器中的“{repository}”只有这些标签：{tags}；拉取“{image}”会失败，就像镜像仓库中没有这个标签一样",
    .imageNotInCatalog:
      "kubetutor：镜像“{image}”不在模拟器的镜像目录中（nginx、busybox、kennethreitz/httpbin）；拉取它会失败，就像镜像仓库中没有这个镜像一样",
    .logsPodsOnly: "kubetutor 只能显示 Pod 的日志",
    .followBound: "kubetutor：已在模拟时间 1 分钟后停止跟踪日志（真实的 kubectl logs -f 会一直持续到按下 Ctrl-C）",
    .explainFormat: "不支持的输出格式：{format}；kubetutor 只以纯文本形式输出 explain",
    .explainAPIVersion: "kubetutor 只能解释核心 v1 Pod 模式；不支持 --api-version={version}",
    .explainPodsOnly: "kubetutor 只能解释 Pod；可以试试：kubectl explain pod.spec.containers.lifecycle",
    .explainLifecycleOnly:
      "kubetutor 只收录了 pod.spec.containers.lifecycle 及其字段的 API 文档；其他内容请参阅 https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/",
    .waitJSONPath: "kubetutor 只支持 --for=jsonpath={.status.phase}=PHASE 这种形式",
    .waitPodsOnly: "kubetutor 只能等待 Pod",
    .describePodsOnly: "kubetutor 只能描述 Pod；不支持 `describe {type}`",
    .podLimit: "kubetutor 的模拟集群最多容纳 {limit} 个 Pod；请先删除一些（真实集群没有这个限制）",
  ]

  /// The note templates of a language (nil: English, kept by the Kubectl layer).
  static func noteTable(_ language: Language) -> [SimulatorNote.Kind: String]? {
    switch language {
    case .en: nil
    case .zh: chineseNotes
    }
  }

  /// `note` in this language.
  public func note(_ note: SimulatorNote) -> String {
    guard let template = Self.noteTable(language)?[note.kind] else { return note.english }
    var localized = note
    if language == .zh, let commands = note.values["commands"] {
      localized.values["commands"] = commands.replacing(", ", with: "、")  // 顿号 in lists
    }
    return localized.rendered(template)
  }

  /// What a chunk of kubectl's output says in this language: kubectl's own words stay English,
  /// a kubetutor note in it is translated.
  public func text(of chunk: CommandOutput.Chunk) -> String {
    guard let note = chunk.note, language != .en else { return chunk.text }
    return chunk.text.replacing(note.english, with: self.note(note))
  }
}
