extension UIStrings {
  /// The Simplified Chinese table (terms and spacing as in zh-terms.md).
  static let chinese: [UIKey: String] = [
    .banner: """
    kubetutor {version}：一个模拟的 Kubernetes 集群，应答方式与 kubectl 1.34 相同。
    输入 `help` 查看命令，按 Ctrl-D 退出。

    """,
    .help: """
    kubetutor shell：一个模拟的 Kubernetes 集群，应答方式与 kubectl 1.34 相同。
    你的机器上不会运行任何东西：Pod、容器以及其中的文件都是模拟出来的。

    命令：
      kubectl 参数...      操作模拟集群（也可以写成 k 参数...）
      sleep N              让集群时间流逝 N（默认单位为秒，如 1.5、30s、2m、1h）
      ff N, fast-forward N 把集群时钟向前拨 N（写法同 sleep）
      cat [文件...]        显示文件（配合 here-document 时显示你输入的内容）
      ls [路径...]         列出目录
      cd [目录], pwd       切换或显示当前目录
      echo [-n] 文本...    输出文本
      edit 文件            修改文件（$VISUAL、$EDITOR 或简易行编辑器）
      timeline POD         按时间线画出 POD 中各容器及其回调的执行过程
      lang zh|en           切换 kubetutor 的界面语言（kubectl 的输出仍为英文）
      clear                清屏（也可以按 Ctrl-L）
      help [kubectl]       显示本说明，或模拟的 kubectl 支持哪些操作
      exit [N]             退出 kubetutor（也可以按 Ctrl-D）

    课程：
      lessons, lesson ID   列出课程；开始或继续某一课
      step, next, prev     再次显示当前、下一个或上一个步骤
      hint, solution       多给一条提示；参考答案（只显示，不执行）
      check                当前步骤还差什么
      reset [step|lesson]  重新开始当前步骤或整课
      goto N               跳到第 N 步（集群处于完成第 1 到 N-1 步之后的状态）
      undo                 撤销上一条命令对集群的影响

    执行 `kubectl exec -it POD -- /bin/bash` 之后，你输入的内容会发给模拟容器，
    直到执行 `exit`。在你阅读时，集群时钟也随真实时间走动（参见
    `kubetutor shell --speed`）；用 `ff` 可以跳过等待。需要等待的命令（`sleep`、
    `kubectl delete`、`wait`、`get -w`、`logs -f`、容器中长时间运行的命令）
    会花费真实时间，按 Ctrl-C 可以中止。每行一条命令，不支持管道；支持 `>`、
    `>>`、`2>&1`、`<` 和 here-document（`cat <<EOF > pod.yaml`），但只能在启动
    目录内写入文件；`$?`、`$HOME` 和 `$PWD` 会被展开。按 Ctrl-C 放弃当前行，
    按上下方向键或 Ctrl-R 查找历史命令，按 Tab 补全命令、Pod 名称、参数和路径。

    """,
    .helpKubectl: """
    模拟的 kubectl 针对 Pod 的应答与 kubectl 1.34 相同：
      kubectl apply -f 文件|URL|-      创建或更新 Pod（也可以用 kubectl create -f）
      kubectl get pods [-o wide|yaml|json|name] [-w] [-l 选择算符] [-A]
      kubectl get events|nodes|namespaces|all
      kubectl describe pod 名称        查看状态、回调、探针和事件
      kubectl exec [-it] POD [-c 容器] -- 命令...
      kubectl logs POD [-c 容器] [-f] [--previous]
      kubectl delete pod 名称|-f 文件 [--grace-period N] [--force] [--wait=false]
      kubectl wait --for=condition=Ready|delete pod/名称
      kubectl explain pod.spec.containers.lifecycle
      kubectl version
    `kubectl 子命令 --help` 会列出该命令的参数。其他资源类型（Deployment、Service
    等）没有模拟，kubectl 会直接说明这一点。

    """,
    .fastForwarded: "集群时钟向前拨了 {duration}。\n",
    .podAppeared: "  {pod} 已创建：{status}（{ready} 就绪）",
    .podGone: "  {pod} 已不存在",
    .podChanged: "  {pod}：{status}（{ready} 就绪{restarts}）",
    .restartsChanged: "，重启次数 {old} → {new}",
    .languageSwitched: "kubetutor 现在使用简体中文。\n",
    .languageCurrent: "kubetutor 当前使用简体中文（lang en：English）。\n",
    .waitIndicator: "… {activity} · {elapsed} · 按 Ctrl-C 中止",
    .waitDeletion: "等待 {pods} 被删除",
    .waitCondition: "等待 {pod} 满足 {condition}",
    .waitWatch: "正在监视 Pod",
    .waitLogs: "正在跟踪 {pod} 的日志",
    .waitExec: "正在 {pod} 中运行",
    .waitSleep: "休眠中",
    .editorIntro: """
    正在用 kubetutor 的行编辑器编辑 {path}（{lines}；未设置 $VISUAL 或 $EDITOR）。
    命令：N 显示第 N 行，Nc 修改该行，Na 在其后添加行，Nd 删除该行，
    Ns/旧/新/ 替换该行中的文本（省略 N 时为当前行）；输入新文本时，
    单独一行 . 表示结束；w 保存，q 退出，h 查看帮助。

    """,
    .oneLine: "共 1 行",
    .lineCount: "共 {count} 行",
    .editorHelp: """
    N 或 N,M      显示这些行（直接按 Enter：显示整个文件）
    Na / Ni       在第 N 行之后 / 之前添加行（0a：添加到开头），以单独一行 . 结束
    Nc / N,Mc     用接下来输入的行替换这些行，以 . 结束
    Nd / N,Md     删除这些行
    Ns/旧/新/     替换第 N 行中的文本（,s/旧/新/g：所有行）；按原文匹配
    w、wq 或 x    保存；保存并退出
    q、q!         退出；不保存直接退出
    Ctrl-D 结束正在输入的文本，或者退出编辑器。
    地址：行号、.（当前行）、$（最后一行）、,（所有行）。

    """,
    .editorSaved: "已保存 {path}（{lines}）。\n",
    .editorUnknown: "? 未知命令：{command}（输入 h 查看所有命令）\n",
    .editorNoSuchLine: "? 没有这一行：文件共 {lines} 行\n",
    .editorNoMatch: "? 没有找到 {text}\n",
    .editorNoMatchOnLine: "? 第 {line} 行中没有找到 {text}（,s/旧/新/ 会查找所有行）\n",
    .editorUnsaved: "? 有未保存的修改：w 保存，q! 放弃修改并退出\n",
    .editorDiscarded: "kubetutor：edit：输入已结束，对 {path} 的修改没有保存\n",
    .editorFailed: "kubetutor：edit：无法运行 {editor}：{reason}\n",
    .shellUnsupportedOperator:
      "kubetutor：不支持“{operator}”。这个 shell 每行只能运行一条简单命令（不支持管道、命令列表和子 shell）。\n",
    .shellOutsideWorkspace: "kubetutor：{path}：只能在启动目录（{workspace}）内写入文件\n",
    .shellIntervalTooLong: "kubetutor：{command}：“{argument}”太长了，模拟时钟一次最多跳过 {maximum}\n",
    .shellUnsupportedOption: "kubetutor：{command}：模拟器不支持选项“{option}”\n",
    .shellNoSuchPod: "timeline：本次会话中没有在 default 名字空间创建过名为“{pod}”的 Pod\n",
    .timelineTitle: "Pod {pod} 的时间线\n",
    .timelineClock: "（模拟时钟：0s 为创建时刻 {created}，当前为 {now}）\n\n",
    .timelineNothing: "  它的容器还没有发生任何事情。\n",
    .timelineEarlier: "  （更早的 {count} 个步骤未显示）\n",
    .timelineStarted: "已创建；入口点已启动",
    .timelinePostStartRunning: "postStart 回调运行中",
    .timelinePostStartSucceeded: "postStart 回调成功",
    .timelinePostStartFailed: "postStart 回调失败",
    .timelineStartupProbeSucceeded: "启动探针成功",
    .timelineNotReady: "未就绪",
    .timelineProbeFailed: "{probe} 探测失败，容器已被杀死",
    .timelineGraceLabel: "宽限期",
    .timelineDeleteNow: "请求立即删除（无宽限期）",
    .timelineDelete: "删除：宽限期 {grace}，截至 {until}",
    .timelinePreStopRunning: "preStop 回调运行中",
    .timelinePreStopReturned: "preStop 回调已返回",
    .timelinePreStopFailed: "preStop 回调失败（终止继续进行）",
    .timelinePreStopCut: "preStop 被中断：宽限期已到",
    .timelineStopSignal: "已发送 {signal}，将在 {due} 发送 SIGKILL",
    .timelineExited: "已退出，退出码 {code}",
    .timelineRemoved: "Pod 对象被立即移除（没有正在运行的容器）",
    .timelineLegend: """
      = 运行中  p postStart  s preStop  ~ 已发送停止信号  ! postStart 失败
      K SIGKILL  x 已退出  [---] 删除后的宽限期

    """,
    .timelineLegendProbes: "  . 运行中但未就绪  P 存活探针或启动探针失败\n",
    .usage: "用法：{command} {synopsis}\n",
    .sleepHelp: """
    用法：sleep 数字[单位]...
    让集群时间流逝若干秒：数字后可加 s（秒，默认）、m、h 或 d，多个数字会相加。
    在终端中它会花费真实时间（参见 kubetutor shell --speed），按 Ctrl-C 可以中止。

    """,
    .ffHelp: """
    用法：ff 数字[单位]...   （也可以写成 fast-forward）
    立即把集群时钟向前拨，时长写法与 sleep 相同（最多 7d），
    并说明这段时间里 Pod 发生了什么。

    """,
    .ffInvalid: "{command}：无效的时间间隔“{argument}”（可以试试 30s、5m 或 1h，详见 ff --help）\n",
    .ffMissing: "{command}：要拨多久？（可以试试 ff 30s、ff 5m 或 ff 1h，详见 ff --help）\n",
    .lessonHeader: "第 {order} 课：{title}\n",
    .stepHeader: "\n── 第 {n} 步（共 {total} 步）：{title} ──\n",
    .stepDone: "✓ 第 {n} 步完成。\n",
    .lessonComplete: "\n✓ 本课已完成：{title}\n",
    .noLesson: "kubetutor：当前没有进行中的课程（输入 `lessons` 查看课程列表）\n",
    .unknownLesson: "kubetutor：没有名为 `{id}` 的课程（输入 `lessons` 查看课程列表）\n",
    .lessonsTitle: "课程列表：\n",
    .lessonsProgress: "（已完成 {done}/{total} 步）",
    .lessonsComplete: "（已完成）",
    .lessonsAdvice: "输入 `lesson ID` 开始或继续学习某一课。\n",
    .hintHeader: "提示 {n}/{total}：\n",
    .noMoreHints: "提示已经全部给出；输入 `solution` 可以查看参考答案。\n",
    .solutionConfirm: "显示第 {n} 步的参考答案吗？只显示，不执行。[y/N] ",
    .solutionHeader: "第 {n} 步的参考答案（请自己输入）：\n",
    .solutionDeclined: "未显示。\n",
    .checkPasses: "第 {n} 步的检查全部通过。\n",
    .checkMissing: "第 {n} 步还没有完成：\n",
    .noPreviousStep: "kubetutor：这已经是第一步\n",
    .noNextStep: "kubetutor：这已经是最后一步\n",
    .gotoDone: "集群现在处于第 1 到第 {n} 步的参考答案执行完之后的状态。\n",
    .gotoFresh: "集群现在处于本课开始时的状态。\n",
    .gotoRange: "kubetutor：goto：步骤编号是 1 到 {total}\n",
    .undone: "已撤销：集群回到了执行 `{command}` 之前的状态。\n",
    .nothingToUndo: "kubetutor：undo：没有可以撤销的命令\n",
    .resetStep: "第 {n} 步重新开始，集群回到这一步开始时的状态。\n",
    .resetLesson: "课程 {id} 从第 1 步重新开始，使用全新的集群。\n",
    .staleTranslation: "（说明：这一步的英文原文在翻译之后有过修改，译文可能已经过时。）\n",
    .untranslated: "（说明：这一步还没有中文译文，下面显示英文原文。）\n",
    .progressDamaged:
      "kubetutor：警告：无法读取 {path}（{reason}）；已移到 {backup}，学习进度从头开始\n",
    .progressNotSaved: "kubetutor：警告：学习进度未能保存：{reason}\n",
    .historyDamaged: "kubetutor：警告：无法读取历史文件 {path}（{reason}）；已移到 {backup}，命令历史从头开始\n",
    .lineTooLong: "kubetutor：这一行有 {bytes} 字节，超出了 kubetutor 能读取的长度（最多 {limit} 字节）；已丢弃\n",
    .commandTooLong: "kubetutor：这条命令超过了 {limit} 字节或 {lines} 行（是不是有引号没有闭合？）；已丢弃\n",
    .hereDocumentTooLong:
      "kubetutor：here 文档（here-document）超出了 kubetutor 能读取的大小（最多 {limit} 字节，每行最多 {line} 字节）；命令没有运行\n",
    .outputCut: "kubetutor：还有 {dropped} 字节的输出没有显示（每条命令最多显示 {limit} 字节）\n",
    .workExhausted:
      "kubetutor：执行这一行时，容器中运行的命令超过了 {limit} 条（是否有探针、回调或脚本在循环中从不 sleep？），因此模拟时钟在进行到 {elapsed}时停了下来；集群保持在那一刻的状态，可以用 `ff` 从那里继续\n",
    .lessonsMissing: "kubetutor：找不到课程：{reason}\n",
    .stepMarker: "第 {n} 步：{title}",
    .finishMarker: "本课已完成：{title}",
    .presentLesson: "第 {order} 课：{title}",
    .presentStep: "第 {n} 步（共 {total} 步）",
    .presentFinish: "完成",
    .presentNotes: "讲师备注",
    .presentNoNotes: "此页没有讲师备注。",
    .presentCatchUp: "跟上进度：{command}",
    .presentHintCommand: "空格：输入下一条命令 · ?：按键说明",
    .presentHintScreen: "空格：下一页 · ?：按键说明",
    .presentHintEnd: "课程结束 · b：返回 · q：退出",
    .presentStepDone: "✓ 第 {n} 步完成：检查全部通过。\n",
    .presentStepNotDone: "✗ 第 {n} 步：检查未通过（请运行 `kubetutor lessons check`）。\n",
    .presentStepNotDoneOwn: "✗ 第 {n} 步：执行你自己的命令后，检查未通过；按 r 重新开始本页。\n",
    .presentKeys: """
    kubetutor present：按键说明

      空格、回车、→、Page Down     输入下一条命令，或进入下一页
      n                            下一页（本步其余命令直接执行，不显示）
      ←、Page Up、b                返回：回到本页开头，或上一页
      r                            重新开始本页
      g、1…9                       跳到某一步
      t                            显示或隐藏讲师备注
      p                            暂停输入（按 p 或空格继续）
      :                            在同一集群上执行你自己的命令
      q、Ctrl-C                    退出

    返回或跳到某一步时，会重放之前各步的参考答案来重建集群。
    按任意键返回。

    """,
    .presentGoto: "跳到第几步（1–{total}）：",
    .presentStoppedStart: "kubetutor：present 停在课程开头。\n",
    .presentStopped: "kubetutor：present 停在第 {n} 步（共 {total} 步）。跟上进度：{command}\n",
    .presentStoppedEnd: "kubetutor：present 已到课程结尾。\n",
    .presentNeedsTerminal:
      "kubetutor：present 需要在终端中运行（标准输入和标准输出）；要在脚本中重放课程，请使用 `kubetutor run --lesson ID`\n",
    .stepsSkipped: "这是最后一步；途中跳过的步骤：{steps}。现在回到其中的第一步。\n",
    .stepOutOfRange: "kubetutor：课程 {id} 只有 {total} 步\n",
    .exportWritten: "学习进度已写入 {path}（课程数：{count}）。\n",
    .exportUnreadable: "kubetutor：progress export：无法读取 {path}（{reason}）；没有导出任何内容\n",
    .noStateDirectory: "kubetutor：{command}：找不到状态目录（请设置 HOME 或 XDG_STATE_HOME）\n",
    .writeFailed: "kubetutor：{command}：无法写入 {path}：{reason}\n",
    .reportNoPaths: "kubetutor：progress report：请给出导出文件，或存放导出文件的目录\n",
    .reportBadThreshold: "kubetutor：progress report：--stuck-after 的值是分钟数，应为 1 到 100000 之间的整数\n",
    .reportNothingRead: "kubetutor：progress report：没有能读取的学习进度文件\n",
    .reportWritten: "报告已写入 {path}（学员数：{count}）。\n",
    .reportProblem: "kubetutor：progress report：{path}：{reason}\n",
    .reportNote: "kubetutor：progress report：{path}：说明：{note}\n",
    .reportManyFiles: "{first} 及其他 {more} 个文件",
    .problemMissing: "没有这个文件或目录",
    .problemUnreadable: "无法读取：{reason}",
    .problemDirectory: "这是一个目录",
    .problemNoJSONFiles: "目录中没有 *.json 文件",
    .problemNotRegular: "不是普通文件",
    .problemTooLarge: "大于 1 MB，不是学习进度文件",
    .problemEmpty: "文件是空的",
    .problemBinary: "二进制数据，不是 JSON 文本",
    .problemNotJSON: "不是 JSON：{detail}",
    .problemNotAnObject: "JSON 的顶层不是对象，不是学习进度导出文件",
    .problemOtherFormat: "format 是“{format}”，不是 kubetutor 学习进度导出文件",
    .problemNoLessons: "没有 `lessons`，既不是 kubetutor 学习进度导出文件，也不是 progress.json",
    .noteNewerFormat: "由更新版本的 kubetutor 写入（格式 {version}）；只读取了本版本能理解的部分",
    .noteRawProgress: "这是 progress.json 而不是导出文件：以文件名称呼学员，以文件修改时间作为导出时间",
    .noteIgnoredField: "`{field}` 的值类型不对，已忽略",
    .noteIgnoredLesson: "没有可用 id 的课程条目已忽略",
    .noteTooManyLessons: "共有 {count} 门课程，只读取前 {kept} 门",
    .noteLessonChanged: "导出时用的是课程 {lesson} 的另一个版本，步骤可能不同",
    .noteUnknownSteps: "课程 {lesson} 现在没有步骤 {steps}",
    .noteUnknownLesson: "课程 {lesson} 不在本 kubetutor 的课程列表中",
    .noteDuplicate: "与 {path} 的内容完全相同，只计一次",
    .noteSuperseded: "同一学员较早的导出（较新的是 {path}），未计入",
    .reportHeader: "学员：{learners} 名（来自 {files} 个文件）· 卡住：{stuck} 名（导出前超过 {minutes} 分钟没有进展）\n",
    .reportLeftOut:
      "未计入的文件（每个都在标准错误输出中列出）：无法读取 {problems} 个 · 副本 {duplicates} 个 · 较早的导出 {superseded} 个\n",
    .reportLearner: "学员",
    .reportStuckOn: "卡在",
    .reportStuckCell: "第 {lesson} 课，步骤 {step}，{minutes} 分钟",
    .reportLessons: "课程：",
    .reportNotHere: "（不在本 kubetutor 中）",
    .reportLegend: "✓ 已完成 · 3/4 在第 3 步（共 4 步）· ! 卡住 · — 未开始 · ? 课程中已没有的步骤\n",
    .reportSummary: "{lesson}：{learners} 名学员中 {finished} 名已完成 · {active} 名进行中 · {idle} 名未开始\n",
    .reportSummaryNobody: "{lesson}：还没有人开始\n",
    .reportByStep: "各步骤人数：",
    .reportStuckSummary: "    卡住：{stuck} 名，最多卡在步骤 {step}（{count} 名）\n",
    .reportTitle: "kubetutor 学习进度报告",
    .reportLearnerTitle: "学员",
    .reportStuckOnTitle: "卡在",
    .reportPerLesson: "各课程概况",
    .reportMessages: "未计入的文件与说明",
    .resetHeader: "kubetutor reset 将删除 {directory} 中的以下内容：\n",
    .resetItemEntry: "  progress.json：课程 {id} 的学习进度（已完成 {done} 步）\n",
    .resetItemCurrent: "  progress.json：“下次继续学习课程 {id}”的记录\n",
    .resetItemFile: "  {path}\n",
    .resetItemDirectory: "  {path}/（文件数：{count}）\n",
    .resetItemLink: "  {path}（符号链接：只删除链接本身，不删除它指向的内容）\n",
    .resetQuestion: "确定删除吗？[y/N] ",
    .resetDeclined: "什么都没有删除。\n",
    .resetNeedsTerminal: "kubetutor：reset：没有可以询问的终端，因此什么都没有删除（加上 --yes 可以不经询问直接重置）\n",
    .resetNothing: "{directory} 中没有需要重置的内容。\n",
    .resetNothingLesson: "没有需要重置的内容：课程 {id} 既没有学习进度，也没有工作目录。\n",
    .resetNoCurrent: "没有需要重置的内容：当前没有进行中的课程（请指定课程，或使用 --all）。\n",
    .resetLessonDone: "课程 {id} 已重置，将从第 1 步重新开始。\n",
    .resetAllDone: "已重置：kubetutor 将从头开始，没有学习进度、历史记录和工作目录。\n",
    .resetFailed: "kubetutor：reset：{path}：{reason}\n",
    .resetDamaged: "kubetutor：reset：无法读取 {path}（{reason}）；什么都没有删除（`kubetutor reset --all` 会删除它）\n",
    .resetBadLesson: "kubetutor：reset：`{id}` 不是课程 id（`kubetutor lessons list` 可以列出所有课程）\n",
    .resetLessonAndAll: "kubetutor：reset：请指定一门课程或者使用 --all，两者不能同时使用\n",
  ]
}
