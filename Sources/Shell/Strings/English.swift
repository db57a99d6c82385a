extension UIStrings {
  /// The English table, the one every other language is translated from.
  static let english: [UIKey: String] = [
    .banner: """
    kubetutor {version}: a simulated Kubernetes cluster that answers like kubectl 1.34.
    Type `help` for commands, Ctrl-D to leave.

    """,
    .help: """
    kubetutor shell: a simulated Kubernetes cluster that answers like kubectl 1.34.
    Nothing runs on your machine: pods, containers and their files are simulated.

    Commands:
      kubectl ARGS...      talk to the simulated cluster (also: k ARGS...)
      sleep N              wait N seconds of cluster time (1.5, 30s, 2m, 1h)
      ff N, fast-forward N jump the cluster clock forward N (same units as sleep)
      cat [FILE...]        show files (or, with a here-document, what you type)
      ls [PATH...]         list a directory
      cd [DIR], pwd        change or show the current directory
      echo [-n] TEXT...    print text
      edit FILE            change a file ($VISUAL, $EDITOR or a small line editor)
      timeline POD         draw what happened to POD's containers and hooks, in time
      lang zh|en           switch kubetutor's language (kubectl stays English)
      clear                clear the screen (Ctrl-L also works)
      help [kubectl]       this text, or what the simulated kubectl can do
      exit [N]             leave kubetutor (Ctrl-D also works)

    Lessons:
      lessons, lesson ID   list the lessons; start or resume one
      step, next, prev     show the current, next or previous step again
      hint, solution       one more hint; the reference solution (shown, not run)
      check                what the current step still needs
      reset [step|lesson]  start the step or the whole lesson again
      goto N               jump to step N (the cluster as after steps 1 to N-1)
      undo                 take back the last command's effect on the cluster

    Inside `kubectl exec -it POD -- /bin/bash` you type into the simulated container
    until `exit`. The cluster clock follows the real clock while you read (see
    `kubetutor shell --speed`); `ff` skips ahead. Commands that wait (`sleep`,
    `kubectl delete`, `wait`, `get -w`, `logs -f`, a long command in a container)
    take real time; Ctrl-C stops them. One command per line, no pipes; `>`, `>>`,
    `2>&1`, `<` and here-documents (`cat <<EOF > pod.yaml`) work, writing only
    inside the shell's workspace; `$?`, `$HOME` and `$PWD` expand.
    Ctrl-C cancels the line, Up/Down and Ctrl-R recall history, Tab completes
    commands, pod names, flags and paths.

    """,
    .helpKubectl: """
    The simulated kubectl answers like kubectl 1.34, for pods:
      kubectl apply -f FILE|URL|-      create or update pods (also: create -f)
      kubectl get pods [-o wide|yaml|json|name] [-w] [-l SELECTOR] [-A]
      kubectl get events|nodes|namespaces|all
      kubectl describe pod NAME        status, hooks, probes and events
      kubectl exec [-it] POD [-c CONTAINER] -- COMMAND...
      kubectl logs POD [-c CONTAINER] [-f] [--previous]
      kubectl delete pod NAME|-f FILE [--grace-period N] [--force] [--wait=false]
      kubectl wait --for=condition=Ready|delete pod/NAME
      kubectl explain pod.spec.containers.lifecycle
      kubectl version
    `kubectl VERB --help` shows each command's flags. Other kinds (Deployments,
    Services, ...) are not simulated: kubectl says so plainly.

    """,
    .fastForwarded: "Fast-forwarded the cluster clock by {duration}.\n",
    .podAppeared: "  {pod} appeared: {status} ({ready} ready)",
    .podGone: "  {pod} is gone",
    .podChanged: "  {pod}: {status} ({ready} ready{restarts})",
    .restartsChanged: ", restarts {old} → {new}",
    .languageSwitched: "kubetutor now speaks English.\n",
    .languageCurrent: "kubetutor speaks English (lang zh: 简体中文).\n",
    .waitIndicator: "… {activity} · {elapsed} · Ctrl-C stops",
    .waitDeletion: "waiting for {pods} to be deleted",
    .waitCondition: "waiting for {condition} on {pod}",
    .waitWatch: "watching pods",
    .waitLogs: "following the logs of {pod}",
    .waitExec: "running in {pod}",
    .waitSleep: "sleeping",
    .editorIntro: """
    Editing {path} ({lines}) in kubetutor's line editor (no $VISUAL or $EDITOR set).
    Commands: N prints line N, Nc changes it, Na adds lines after it, Nd deletes it,
    Ns/old/new/ replaces text on it (without N: the current line); a line with a
    single . ends new text; w saves, q leaves, h helps.

    """,
    .oneLine: "1 line",
    .lineCount: "{count} lines",
    .editorHelp: """
    N or N,M      print those lines (Enter alone: the whole file)
    Na / Ni       add lines after / before line N (0a: at the top); end with "."
    Nc / N,Mc     replace those lines with the lines you type next; end with "."
    Nd / N,Md     delete those lines
    Ns/old/new/   replace text on line N (,s/old/new/g: on every line); plain text
    w, wq (or x)  save; save and leave
    q, q!         leave; leave without saving
    Ctrl-D ends the text being typed, or leaves. Addresses: a number, . (the current
    line), $ (the last line), , (every line).

    """,
    .editorSaved: "Saved {path} ({lines}).\n",
    .editorUnknown: "? unknown command: {command} (h lists the commands)\n",
    .editorNoSuchLine: "? no such line: the file has {lines} lines\n",
    .editorNoMatch: "? no match for {text}\n",
    .editorNoMatchOnLine:
      "? no match for {text} on line {line} (,s/old/new/ looks at every line)\n",
    .editorUnsaved: "? unsaved changes: w saves them, q! leaves without them\n",
    .editorDiscarded: "kubetutor: edit: the input ended; changes to {path} were not saved\n",
    .editorFailed: "kubetutor: edit: cannot run {editor}: {reason}\n",
    .shellUnsupportedOperator:
      "kubetutor: '{operator}' is not supported: this shell runs one simple command per line (no pipes, lists or subshells)\n",
    .shellOutsideWorkspace:
      "kubetutor: {path}: the shell only writes inside its workspace ({workspace})\n",
    .shellIntervalTooLong:
      "kubetutor: {command}: ‘{argument}’ is too long: the simulated clock skips at most {maximum} at once\n",
    .shellUnsupportedOption:
      "kubetutor: {command}: option '{option}' is not supported by the simulator\n",
    .shellNoSuchPod:
      "timeline: no pod named \"{pod}\" was created in namespace default this session\n",
    .timelineTitle: "Timeline of pod {pod}\n",
    .timelineClock: "on the simulated clock (0s = created at {created}, now {now})\n\n",
    .timelineNothing: "  Nothing has happened to its containers yet.\n",
    .timelineEarlier: "  ({count} earlier steps not shown)\n",
    .timelineStarted: "created; entrypoint started",
    .timelinePostStartRunning: "postStart hook running",
    .timelinePostStartSucceeded: "postStart hook succeeded",
    .timelinePostStartFailed: "postStart hook failed",
    .timelineStartupProbeSucceeded: "startup probe succeeded",
    .timelineNotReady: "not Ready",
    .timelineProbeFailed: "{probe} probe failed: killed",
    .timelineGraceLabel: "grace",
    .timelineDeleteNow: "delete requested, no grace period",
    .timelineDelete: "delete: grace period {grace}, until {until}",
    .timelinePreStopRunning: "preStop hook running",
    .timelinePreStopReturned: "preStop hook returned",
    .timelinePreStopFailed: "preStop hook failed (termination goes on)",
    .timelinePreStopCut: "preStop cut off: grace period over",
    .timelineStopSignal: "{signal} sent, SIGKILL due at {due}",
    .timelineExited: "exited with code {code}",
    .timelineRemoved: "pod object removed at once (nothing was running)",
    .timelineLegend: """
      = running  p postStart  s preStop  ~ stop signal sent  ! postStart failed
      K SIGKILL  x exited  [---] grace period after the delete

    """,
    .timelineLegendProbes: "  . running, not Ready  P liveness or startup probe failed\n",
    .usage: "kubetutor: usage: {command} {synopsis}\n",
    .sleepHelp: """
    Usage: sleep NUMBER[SUFFIX]...
    Wait NUMBER seconds of cluster time: s (seconds, the default), m, h or d after a
    number; several numbers add up. On a terminal it takes real time (see
    kubetutor shell --speed); Ctrl-C stops it.

    """,
    .ffHelp: """
    Usage: ff NUMBER[SUFFIX]...   (also: fast-forward)
    Move the cluster clock forward at once, as far as sleep would wait (at most 7d),
    and say what happened to the pods meanwhile.

    """,
    .ffInvalid:
      "{command}: invalid time interval ‘{argument}’ (try 30s, 5m or 1h; ff --help says more)\n",
    .ffMissing: "{command}: how far? (try ff 30s, ff 5m or ff 1h; ff --help says more)\n",
    .lessonHeader: "Lesson {order}: {title}\n",
    .stepHeader: "\n── Step {n} of {total}: {title} ──\n",
    .stepDone: "✓ Step {n} done.\n",
    .lessonComplete: "\n✓ Lesson complete: {title}\n",
    .noLesson: "kubetutor: no lesson is running (`lessons` lists them)\n",
    .unknownLesson: "kubetutor: there is no lesson `{id}` (`lessons` lists them)\n",
    .lessonsTitle: "Lessons:\n",
    .lessonsProgress: "({done} of {total} steps done)",
    .lessonsComplete: "(complete)",
    .lessonsAdvice: "Type `lesson ID` to start or resume one.\n",
    .hintHeader: "Hint {n} of {total}:\n",
    .noMoreHints: "That was the last hint; `solution` shows the reference solution.\n",
    .solutionConfirm: "Show the reference solution of step {n}? It is shown, not run. [y/N] ",
    .solutionHeader: "Reference solution of step {n} (type it yourself):\n",
    .solutionDeclined: "Not shown.\n",
    .checkPasses: "Every check of step {n} passes.\n",
    .checkMissing: "Step {n} is not done yet:\n",
    .noPreviousStep: "kubetutor: this is the first step\n",
    .noNextStep: "kubetutor: this is the last step\n",
    .gotoDone: "The cluster is now as the reference solutions of steps 1 to {n} leave it.\n",
    .gotoFresh: "The cluster is now as it is when the lesson starts.\n",
    .gotoRange: "kubetutor: goto: the steps are numbered 1 to {total}\n",
    .undone: "Undone: the cluster is back to where it was before `{command}`.\n",
    .nothingToUndo: "kubetutor: undo: nothing to undo\n",
    .resetStep: "Step {n} starts again, on the cluster as it was when the step began.\n",
    .resetLesson: "Lesson {id} starts again from step 1, on a fresh cluster.\n",
    .staleTranslation:
      "(Note: this step changed after it was translated; the text may be out of date.)\n",
    .untranslated: "(Note: this step is not translated yet; here it is in the original.)\n",
    .progressDamaged:
      "kubetutor: warning: {path} could not be read ({reason}); moved to {backup}, progress starts afresh\n",
    .progressNotSaved: "kubetutor: warning: progress not saved: {reason}\n",
    .historyDamaged:
      "kubetutor: warning: the history file {path} could not be read ({reason}); moved to {backup}, history starts afresh\n",
    .lineTooLong:
      "kubetutor: a line of {bytes} bytes is longer than kubetutor reads ({limit} bytes at most); it was dropped\n",
    .commandTooLong:
      "kubetutor: the command goes on for more than {limit} bytes or {lines} lines (an unclosed quote?); it was dropped\n",
    .hereDocumentTooLong:
      "kubetutor: the here-document is larger than kubetutor reads ({limit} bytes at most, {line} on one line); the command was not run\n",
    .outputCut:
      "kubetutor: {dropped} more bytes of output not shown (at most {limit} bytes per command)\n",
    .workExhausted:
      "kubetutor: the containers ran more than {limit} commands for this line (a probe, hook or script that loops without sleeping?), so the simulated clock stopped {elapsed} into it; the cluster is as it was then, and `ff` goes on from there\n",
    .lessonsMissing: "kubetutor: no lessons found: {reason}\n",
    .stepMarker: "Step {n}: {title}",
    .finishMarker: "Lesson complete: {title}",
    .presentLesson: "Lesson {order}: {title}",
    .presentStep: "Step {n} of {total}",
    .presentFinish: "Done",
    .presentNotes: "Speaker notes",
    .presentNoNotes: "No speaker notes for this screen.",
    .presentCatchUp: "To catch up: {command}",
    .presentHintCommand: "Space: type the next command · ?: keys",
    .presentHintScreen: "Space: next screen · ?: keys",
    .presentHintEnd: "End of the lesson · b: back · q: quit",
    .presentStepDone: "✓ Step {n} done: its checks pass.\n",
    .presentStepNotDone: "✗ Step {n}: its checks do not pass (run `kubetutor lessons check`).\n",
    .presentStepNotDoneOwn:
      "✗ Step {n}: its checks do not pass after your own commands; r starts the screen again.\n",
    .presentKeys: """
    kubetutor present: keys

      Space, Enter, →, Page Down   type the next command, or show the next screen
      n                            skip to the next screen (the rest runs unseen)
      ←, Page Up, b                back to this screen's start, or the screen before
      r                            start this screen again
      g, 1…9                       go to a step
      t                            show or hide the speaker notes
      p                            pause the typing (p or Space goes on)
      :                            run a command of your own on the same cluster
      q, Ctrl-C                    quit

    Going back or to a step rebuilds the cluster by replaying the steps before it.
    Press any key to go back.

    """,
    .presentGoto: "Go to step (1–{total}): ",
    .presentStoppedStart: "kubetutor: present stopped at the start of the lesson.\n",
    .presentStopped:
      "kubetutor: present stopped at step {n} of {total}. To catch up: {command}\n",
    .presentStoppedEnd: "kubetutor: present reached the end of the lesson.\n",
    .presentNeedsTerminal:
      "kubetutor: present needs a terminal (stdin and stdout); to replay a lesson in a script, use `kubetutor run --lesson ID`\n",
    .stepsSkipped:
      "That was the last step; skipped on the way: {steps}. Back to the first of them.\n",
    .stepOutOfRange: "kubetutor: lesson {id} has {total} steps\n",
    .exportWritten: "Progress written to {path} (lessons: {count}).\n",
    .exportUnreadable:
      "kubetutor: progress export: {path} could not be read ({reason}); nothing exported\n",
    .noStateDirectory: "kubetutor: {command}: no state directory (set HOME or XDG_STATE_HOME)\n",
    .writeFailed: "kubetutor: {command}: cannot write {path}: {reason}\n",
    .reportNoPaths: "kubetutor: progress report: name the export files, or directories of them\n",
    .reportBadThreshold:
      "kubetutor: progress report: --stuck-after takes whole minutes, from 1 to 100000\n",
    .reportNothingRead: "kubetutor: progress report: no progress file could be read\n",
    .reportWritten: "Report written to {path} (learners: {count}).\n",
    .reportProblem: "kubetutor: progress report: {path}: {reason}\n",
    .reportNote: "kubetutor: progress report: {path}: note: {note}\n",
    .reportManyFiles: "{first} and {more} other files",
    .problemMissing: "no such file or directory",
    .problemUnreadable: "cannot be read: {reason}",
    .problemDirectory: "is a directory",
    .problemNoJSONFiles: "a directory without *.json files",
    .problemNotRegular: "not a regular file",
    .problemTooLarge: "larger than 1 MB: not a progress file",
    .problemEmpty: "empty",
    .problemBinary: "binary data, not JSON text",
    .problemNotJSON: "not JSON: {detail}",
    .problemNotAnObject: "JSON, but not an object: not a progress export",
    .problemOtherFormat: "its format is “{format}”, not a kubetutor progress export",
    .problemNoLessons: "no `lessons`: neither a kubetutor progress export nor a progress.json",
    .noteNewerFormat:
      "written by a newer kubetutor (format {version}); read as far as this one understands it",
    .noteRawProgress:
      "a progress.json, not an export: named after the file, its modification time taken as the export time",
    .noteIgnoredField: "`{field}` has a value of the wrong kind: ignored",
    .noteIgnoredLesson: "lesson entries without a usable id: ignored",
    .noteTooManyLessons: "{count} lessons: only the first {kept} are read",
    .noteLessonChanged: "exported against another version of lesson {lesson}: its steps may differ",
    .noteUnknownSteps: "lesson {lesson} has no step {steps} now",
    .noteUnknownLesson: "lesson {lesson} is not one of this kubetutor's lessons",
    .noteDuplicate: "the same bytes as {path}: counted once",
    .noteSuperseded: "an older export of the same learner than {path}: left out",
    .reportHeader:
      "Learners: {learners} (from {files} files) · stuck: {stuck} (no progress for over {minutes} min before their export)\n",
    .reportLeftOut:
      "Left out (each file named on stderr): unreadable: {problems} · copies: {duplicates} · older exports: {superseded}\n",
    .reportLearner: "LEARNER",
    .reportStuckOn: "STUCK ON",
    .reportStuckCell: "lesson {lesson}, step {step}, {minutes} min",
    .reportLessons: "Lessons: ",
    .reportNotHere: " (not in this kubetutor)",
    .reportLegend:
      "✓ finished · 3/4 on step 3 of 4 · ! stuck · — not started · ? a step the lesson no longer has\n",
    .reportSummary:
      "{lesson}: {finished} of {learners} finished · {active} on the way · {idle} not started\n",
    .reportSummaryNobody: "{lesson}: nobody has started it\n",
    .reportByStep: "on step ",
    .reportStuckSummary: "    stuck: {stuck}, most on step {step} ({count})\n",
    .reportTitle: "kubetutor progress report",
    .reportLearnerTitle: "Learner",
    .reportStuckOnTitle: "Stuck on",
    .reportPerLesson: "Per lesson",
    .reportMessages: "Files left out, and notes",
    .resetHeader: "kubetutor reset removes, in {directory}:\n",
    .resetItemEntry: "  progress.json: the progress of lesson {id} (steps done: {done})\n",
    .resetItemCurrent: "  progress.json: lesson {id} as the lesson to resume\n",
    .resetItemFile: "  {path}\n",
    .resetItemDirectory: "  {path}/ (files: {count})\n",
    .resetItemLink: "  {path} (a symbolic link: only the link, not what it points to)\n",
    .resetQuestion: "Remove them? [y/N] ",
    .resetDeclined: "Nothing removed.\n",
    .resetNeedsTerminal:
      "kubetutor: reset: no terminal to ask on, so nothing removed (add --yes to reset without asking)\n",
    .resetNothing: "Nothing to reset in {directory}.\n",
    .resetNothingLesson: "Nothing to reset: lesson {id} has no progress and no workspace.\n",
    .resetNoCurrent: "Nothing to reset: no lesson is in progress (name one, or use --all).\n",
    .resetLessonDone: "Lesson {id} reset: it starts again from step 1.\n",
    .resetAllDone: "Reset: kubetutor starts afresh, with no progress, history or workspaces.\n",
    .resetFailed: "kubetutor: reset: {path}: {reason}\n",
    .resetDamaged:
      "kubetutor: reset: {path} could not be read ({reason}); nothing removed (`kubetutor reset --all` removes it)\n",
    .resetBadLesson:
      "kubetutor: reset: `{id}` is not a lesson id (`kubetutor lessons list` lists them)\n",
    .resetLessonAndAll: "kubetutor: reset: name a lesson or give --all, not both\n",
  ]
}
