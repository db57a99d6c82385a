/// A string kubetutor shows in the learner's language: the keys of ``UIStrings``.
///
/// Placeholders are written `{name}`; every translation uses the same ones as English.
public enum UIKey: String, CaseIterable, Sendable {
  /// The greeting of the interactive shell: `{version}`.
  case banner
  /// What `help` prints.
  case help
  /// `help kubectl`: what the simulated kubectl covers.
  case helpKubectl
  /// The confirmation of `ff`: `{duration}`.
  case fastForwarded
  /// `ff`: a pod appeared meanwhile: `{pod}`, `{status}`, `{ready}`.
  case podAppeared
  /// `ff`: a pod is gone: `{pod}`.
  case podGone
  /// `ff`: a pod changed: `{pod}`, `{status}`, `{ready}`, and `{restarts}` (empty or ``restartsChanged``).
  case podChanged
  /// The restart part of ``podChanged``: `{old}`, `{new}`.
  case restartsChanged
  /// What `lang` says after switching, and `lang` alone.
  case languageSwitched, languageCurrent
  /// The wait indicator: `{activity}` and `{elapsed}`.
  case waitIndicator
  /// Activities the indicator names.
  case waitDeletion, waitCondition, waitWatch, waitLogs, waitExec, waitSleep
  /// `edit`'s line editor: its greeting, `{path}` and `{lines}`.
  case editorIntro
  /// The outer shell's own notes (``ShellError/message(_:)``): `{operator}`; `{path}`,
  /// `{workspace}`; `{command}`, `{argument}`, `{maximum}`; `{command}`, `{option}`; `{pod}`.
  case shellUnsupportedOperator, shellOutsideWorkspace, shellIntervalTooLong
  case shellUnsupportedOption, shellNoSuchPod
  /// `timeline`: the title `{pod}`, the clock line `{created}` `{now}`, no steps, `{count}`
  /// steps left out, the steps (placeholders as the mark needs them), the legends.
  case timelineTitle, timelineClock, timelineNothing, timelineEarlier
  case timelineStarted, timelinePostStartRunning, timelinePostStartSucceeded
  case timelinePostStartFailed, timelineStartupProbeSucceeded, timelineNotReady
  case timelineProbeFailed, timelineDeleteNow, timelineDelete, timelinePreStopRunning
  case timelinePreStopReturned, timelinePreStopFailed, timelinePreStopCut, timelineStopSignal
  case timelineExited, timelineRemoved, timelineLegend, timelineLegendProbes, timelineGraceLabel
  /// `kubetutor: usage: {command} {synopsis}`.
  case usage
  /// `sleep --help` and `ff --help`.
  case sleepHelp, ffHelp
  /// `ff` with a bad interval `{argument}`, or none (`{command}` is `ff` or `fast-forward`).
  case ffInvalid, ffMissing
  /// A number of lines: exactly one, and any other `{count}`.
  case oneLine, lineCount
  /// `edit`'s line editor: `h`.
  case editorHelp
  /// `edit`: the file was written, `{path}`, `{lines}`.
  case editorSaved
  /// `edit`: an unknown command, `{command}`.
  case editorUnknown
  /// `edit`: an address past the end, `{lines}`.
  case editorNoSuchLine
  /// `edit`: `s/old/new/` found nothing, `{text}`; on one line, `{line}`.
  case editorNoMatch, editorNoMatchOnLine
  /// `edit`: `q` with unsaved changes.
  case editorUnsaved
  /// `edit`: the input ended with unsaved changes, `{path}`.
  case editorDiscarded
  /// `edit`: `$VISUAL`/`$EDITOR` could not be run, `{editor}`, `{reason}`.
  case editorFailed
  /// A lesson starts: `{order}`, `{title}`.
  case lessonHeader
  /// A step is shown: `{n}`, `{total}`, `{title}`.
  case stepHeader
  /// The step's checks pass: `{n}`.
  case stepDone
  /// The last step is done: `{title}`.
  case lessonComplete
  /// A lesson command with no lesson running.
  case noLesson
  /// `lesson ID` with an unknown `{id}`.
  case unknownLesson
  /// `lessons`: the title, a lesson's progress (`{done}`, `{total}`), the closing advice.
  case lessonsTitle, lessonsProgress, lessonsComplete, lessonsAdvice
  /// `hint`: the `{n}`th of `{total}`; when none is left.
  case hintHeader, noMoreHints
  /// `solution`: the question, the answer's title (`{n}`), and a no.
  case solutionConfirm, solutionHeader, solutionDeclined
  /// `check`: all pass (`{n}`), or what is missing (`{n}`).
  case checkPasses, checkMissing
  /// `prev` on the first step, `next` on the last.
  case noPreviousStep, noNextStep
  /// `goto N`: the cluster rebuilt after steps 1…`{n}`, or fresh; out of range (`{total}`).
  case gotoDone, gotoFresh, gotoRange
  /// `undo`: done (`{command}`), or nothing to undo.
  case undone, nothingToUndo
  /// `reset`: the step (`{n}`) or the lesson (`{id}`) starts again.
  case resetStep, resetLesson
  /// The step's translation is older than its English, or missing.
  case staleTranslation, untranslated
  /// The progress file could not be read (`{path}`, `{reason}`, `{backup}`), or not saved.
  case progressDamaged, progressNotSaved
  /// The history file could not be read (`{path}`, `{reason}`, `{backup}`).
  case historyDamaged
  /// Input past kubetutor's bounds (``ShellLimits``): a line of `{bytes}` (at most `{limit}`),
  /// a command (`{limit}` bytes, `{lines}` lines), a here-document (`{limit}`, `{line}`), and
  /// the output a command line did not show (`{dropped}` of at most `{limit}` bytes).
  case lineTooLong, commandTooLong, hereDocumentTooLong, outputCut
  /// The containers ran more than `{limit}` commands for one line, and the clock stopped
  /// `{elapsed}` into it (``ClusterLimits/commandsPerOuterCommand``).
  case workExhausted
  /// The lessons directory could not be found or read.
  case lessonsMissing
  /// A recording's chapter markers: at the start of step `{n}` (`{title}`), at the lesson's end.
  case stepMarker, finishMarker
  /// Present mode's top line: the lesson (`{order}`, `{title}`), the step (`{n}`, `{total}`),
  /// or the finish.
  case presentLesson, presentStep, presentFinish
  /// Present mode's speaker notes: their heading, or none for the screen.
  case presentNotes, presentNoNotes
  /// Present mode: how learners catch up with a step (`{command}`).
  case presentCatchUp
  /// Present mode's key hint: a command is next, a screen is next, the end.
  case presentHintCommand, presentHintScreen, presentHintEnd
  /// Present mode: the step's checks pass (`{n}`), or do not.
  case presentStepDone, presentStepNotDone
  /// Present mode: the step's checks do not pass after the presenter's own commands (`{n}`).
  case presentStepNotDoneOwn
  /// Present mode's `?` screen.
  case presentKeys
  /// Present mode's question for `g`: a step from 1 to `{total}`.
  case presentGoto
  /// After present mode: where it stopped (the start; step `{n}` of `{total}` with the
  /// `{command}` to catch up; the end).
  case presentStoppedStart, presentStopped, presentStoppedEnd
  /// `present` without a terminal.
  case presentNeedsTerminal
  /// The last step is done but these (`{steps}`) were skipped.
  case stepsSkipped
  /// `--step` past the end: `{id}` has `{total}` steps.
  case stepOutOfRange
  /// `progress export`: the file written (`{path}`, `{count}` lessons), or progress.json
  /// unreadable (`{path}`, `{reason}`); no state directory (`{command}`); a file that could not
  /// be written (`{command}`, `{path}`, `{reason}`).
  case exportWritten, exportUnreadable, noStateDirectory, writeFailed
  /// `progress report`: no paths, a bad `--stuck-after`, nothing read, the report written
  /// (`{path}`, `{count}` learners).
  case reportNoPaths, reportBadThreshold, reportNothingRead, reportWritten
  /// `progress report` on stderr: a file left out (`{path}`, `{reason}`), a note (`{path}`,
  /// `{note}`), many files with the same note (`{first}`, `{more}`).
  case reportProblem, reportNote, reportManyFiles
  /// Why a file was left out (``ProgressFileProblem``): `{reason}`, `{detail}`, `{format}`.
  case problemMissing, problemUnreadable, problemDirectory, problemNoJSONFiles, problemNotRegular
  case problemTooLarge, problemEmpty, problemBinary, problemNotJSON, problemNotAnObject
  case problemOtherFormat, problemNoLessons
  /// What a report noticed about a file (``ProgressNote``).
  case noteNewerFormat, noteRawProgress, noteIgnoredField, noteIgnoredLesson, noteTooManyLessons
  case noteLessonChanged, noteUnknownSteps, noteUnknownLesson, noteDuplicate, noteSuperseded
  /// The report: its header and what was left out, the table's headings and stuck column, the
  /// legends, each lesson's summary, the HTML page's headings.
  case reportHeader, reportLeftOut, reportLearner, reportStuckOn, reportStuckCell, reportLessons
  case reportNotHere, reportLegend, reportSummary, reportSummaryNobody, reportByStep
  case reportStuckSummary, reportTitle, reportLearnerTitle, reportStuckOnTitle, reportPerLesson
  case reportMessages
  /// `reset`: what it removes (`{directory}`; `{id}`, `{done}`; `{path}`, `{count}`), the
  /// question and a no, no terminal to ask on, nothing to reset, done, failed, and usage errors.
  case resetHeader, resetItemEntry, resetItemCurrent, resetItemFile, resetItemDirectory
  case resetItemLink, resetQuestion, resetDeclined, resetNeedsTerminal, resetNothing
  case resetNothingLesson, resetNoCurrent, resetLessonDone, resetAllDone, resetFailed
  case resetDamaged, resetBadLesson, resetLessonAndAll
}
