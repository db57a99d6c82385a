import Lessons

/// Where present mode reads keys: a terminal in raw mode, or a script of keys in tests.
public protocol KeySource {
  /// The keys pressed within `timeout` (until one is, when nil); none when it passed.
  mutating func keys(within timeout: Duration?) -> [TerminalKey]
  /// The terminal's width now.
  var columns: Int { get }
  /// The terminal's height now.
  var rows: Int { get }
}

extension KeySource {
  public var rows: Int { 24 }
}

/// Present mode: draws each screen of a lesson and, on each key press, types the next command of
/// the reference solution at a human pace and runs it (``Presentation``).
///
/// Keys (also in the `?` screen): Space, Enter, → or Page Down type the next command or go on
/// to the next screen (a presenter's clicker sends Page Down); ←, Page Up or `b` go back (to the
/// start of the screen, or the screen before when nothing ran yet); `n` skips to the next screen;
/// `r` starts the screen again; `g` or a digit jumps to a step; `t` shows or hides the speaker
/// notes; `p` pauses the typing; `:` runs a command of the presenter's own; `q` quits.
public struct PresentLoop {
  public private(set) var presentation: Presentation
  private let colour: Bool
  /// The time between two keystrokes, on average.
  private let pace: Duration
  private var notes = false
  /// What was written under the screen's text since it was drawn (to draw it again).
  private var below = ""
  private var queued: [TerminalKey] = []
  private var random: UInt64 = 0x9E37_79B9_7F4A_7C15
  private var quitting = false
  /// The presenter ran a command of their own on this screen: the cluster may differ from
  /// what the step's solution expects.
  private var ownCommandRan = false
  private var strings: UIStrings { UIStrings(presentation.language) }

  public init(presentation: Presentation, colour: Bool, pace: Duration = .milliseconds(50)) {
    self.presentation = presentation
    self.colour = colour
    self.pace = pace
  }

  /// Runs until the presenter quits (or the keys end).
  public mutating func run(keys: inout some KeySource, output: inout some OutputSink) {
    draw(keys.columns, marked: true, output: &output)
    while !quitting {
      guard let key = next(&keys) else { return }
      switch key {
      case _ where Self.goesOn(key):
        if presentation.nextCommand != nil {
          typeNext(&keys, output: &output)
        } else if presentation.following != nil {
          presentation.advance()
          draw(keys.columns, marked: true, output: &output)
        }
      case .character("n"):
        guard presentation.following != nil else { continue }
        presentation.advance()
        draw(keys.columns, marked: true, output: &output)
      case .left, .up, .pageUp, .character("b"), .character("k"):
        if presentation.commandIndex > 0 {
          presentation.go(to: presentation.screen)
        } else if let preceding = presentation.preceding {
          presentation.go(to: preceding)
        } else {
          continue
        }
        draw(keys.columns, marked: true, output: &output)
      case .character("r"):
        presentation.go(to: presentation.screen)
        draw(keys.columns, marked: true, output: &output)
      case .character("g"):
        jump(startingWith: "", &keys, output: &output)
      case .character(let digit) where digit.isASCII && digit.isNumber:
        jump(startingWith: String(digit), &keys, output: &output)
      case .character("t"):
        notes.toggle()
        draw(keys.columns, marked: false, output: &output)
      case .resize:
        // The presenter zoomed the font: the text follows the new width.
        output.note(.resized(columns: keys.columns, rows: keys.rows))
        draw(keys.columns, marked: false, output: &output)
      case .character("?"), .character("h"):
        help(&keys, output: &output)
      case .character(":"), .character("!"):
        ownCommand(&keys, output: &output)
      case .character("q"), .character("Q"), .interrupt, .endOfInput:
        quitting = true
      default:
        continue
      }
      output.flush()
    }
    output.flush()
  }

  /// Where the presentation stopped, for the line printed after it.
  public var stoppedAt: String {
    switch presentation.screen {
    case .intro, .step(0): return strings.text(.presentStoppedStart)
    case .step(let index):
      let command = PresentScreen.catchUp(presentation, step: index)
      return strings.text(
        .presentStopped,
        ["n": "\(index + 1)", "total": "\(presentation.lesson.steps.count)", "command": command])
    case .finish: return strings.text(.presentStoppedEnd)
    }
  }

  // MARK: - Screens

  private mutating func draw(_ columns: Int, marked: Bool, output: inout some OutputSink) {
    if marked {
      below = ""
      ownCommandRan = false
      output.note(.stepBegins(markerTitle))
    }
    output.write("\u{1B}[H\u{1B}[2J", to: .stdout)
    output.write(
      PresentScreen.render(presentation, width: columns, notes: notes, colour: colour),
      to: .stdout)
    if below.isEmpty {
      below = dim(PresentScreen.keyHint(presentation, language: presentation.language)) + "\n"
    }
    output.write(below, to: .stdout)
    output.flush()
  }

  private var markerTitle: String {
    switch presentation.screen {
    case .intro: return presentation.lesson.text(in: presentation.language)?.title ?? ""
    case .step(let index):
      return strings.text(
        .stepMarker, ["n": "\(index + 1)", "title": presentation.section?.title ?? ""])
    case .finish:
      return strings.text(
        .finishMarker,
        ["title": presentation.lesson.text(in: presentation.language)?.title ?? ""])
    }
  }

  private mutating func help(_ keys: inout some KeySource, output: inout some OutputSink) {
    output.write("\u{1B}[H\u{1B}[2J" + strings.text(.presentKeys), to: .stdout)
    output.flush()
    guard next(&keys) != nil else { return }
    draw(keys.columns, marked: false, output: &output)
  }

  // MARK: - Typing

  /// Types the next command keystroke by keystroke, then runs it and shows what it printed.
  private mutating func typeNext(_ keys: inout some KeySource, output: inout some OutputSink) {
    guard let command = presentation.nextCommand else { return }
    emit(presentation.prompt, &output)
    var hurry = pace == .zero
    for character in command {
      if !hurry {
        hurry = wait(delay(after: character), &keys, output: &output)
        if quitting { return }
      }
      emit(String(character), &output)
    }
    if !hurry {
      _ = wait(pace * 4, &keys, output: &output)
      if quitting { return }
    }
    emit("\n", &output)
    guard let ran = presentation.runNext() else { return }
    emit(ran.output, &output)
    if let done = ran.stepDone, case .step(let index) = presentation.screen {
      let line =
        done
        ? strings.text(.presentStepDone, ["n": "\(index + 1)"])
        : strings.text(
          ownCommandRan ? .presentStepNotDoneOwn : .presentStepNotDone, ["n": "\(index + 1)"])
      emit(colour ? (done ? "\u{1B}[32m" : "\u{1B}[31m") + line + "\u{1B}[0m" : line, &output)
      emit(
        dim(PresentScreen.keyHint(presentation, language: presentation.language)) + "\n", &output)
    }
  }

  /// Waits `duration` for keys while typing. Space or Enter finish the command at once, `p`
  /// pauses until `p` or Space, `q` quits; other keys wait their turn.
  /// - Returns: whether to type the rest at once.
  private mutating func wait(
    _ duration: Duration, _ keys: inout some KeySource, output: inout some OutputSink
  ) -> Bool {
    output.flush()
    var paused = false
    repeat {
      let read = keys.keys(within: paused ? nil : duration)
      if paused && read.isEmpty {
        // Waiting with no time limit and nothing came: the keys have ended.
        quitting = true
        return true
      }
      for (offset, key) in read.enumerated() {
        switch key {
        case _ where Self.goesOn(key):
          if paused {
            paused = false
          } else {
            // The keys read with it wait their turn (a clicker's double press).
            queued += read.dropFirst(offset + 1)
            return true
          }
        case .character("p"): paused.toggle()
        case .character("q"), .interrupt, .endOfInput:
          quitting = true
          return true
        default: queued.append(key)
        }
      }
    } while paused
    return false
  }

  /// The keys that go on: type the next command (or all of it at once while typing), or show
  /// the next screen.
  static func goesOn(_ key: TerminalKey) -> Bool {
    switch key {
    case .character(" "), .enter, .right, .down, .pageDown, .character("j"): return true
    default: return false
    }
  }

  /// A keystroke's delay: the pace, give or take 40%, a little longer after a word.
  private mutating func delay(after character: Character) -> Duration {
    random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let spread = Double(random >> 33) / Double(1 << 31)  // 0..<1
    let factor = 0.6 + 0.8 * spread + (character == " " ? 0.8 : 0)
    return pace * factor
  }

  private mutating func emit(_ text: String, _ output: inout some OutputSink) {
    guard !text.isEmpty else { return }
    below += text
    output.write(text, to: .stdout)
  }

  private func dim(_ text: String) -> String {
    colour ? "\u{1B}[2m" + text + "\u{1B}[0m" : text
  }

  // MARK: - Lines the presenter types

  /// `g` or a digit: asks for a step number and jumps there.
  private mutating func jump(
    startingWith first: String, _ keys: inout some KeySource, output: inout some OutputSink
  ) {
    let total = presentation.lesson.steps.count
    guard
      let text = readLine(
        prompt: strings.text(.presentGoto, ["total": "\(total)"]), initial: first,
        accepts: { $0.isASCII && $0.isNumber }, &keys, output: &output),
      let number = Int(text), (1...total).contains(number)
    else {
      draw(keys.columns, marked: false, output: &output)
      return
    }
    presentation.go(to: .step(number - 1))
    draw(keys.columns, marked: true, output: &output)
  }

  /// `:`: a command of the presenter's own, on the same cluster (a question from the room).
  private mutating func ownCommand(_ keys: inout some KeySource, output: inout some OutputSink) {
    let prompt = presentation.prompt
    guard
      let line = readLine(
        prompt: prompt, initial: "", accepts: { _ in true }, &keys, output: &output),
      !line.allSatisfy(\.isWhitespace)
    else {
      draw(keys.columns, marked: false, output: &output)
      return
    }
    below += prompt + line + "\n"
    ownCommandRan = true
    let text = presentation.runOwn(line)
    emit(text, &output)
  }

  /// Reads a line at the bottom: Enter accepts, Escape or Ctrl-C cancel (nil).
  private mutating func readLine(
    prompt: String, initial: String, accepts: (Character) -> Bool,
    _ keys: inout some KeySource, output: inout some OutputSink
  ) -> String? {
    var line = initial
    output.write(prompt + line, to: .stdout)
    output.flush()
    while let key = next(&keys) {
      switch key {
      case .enter:
        output.write("\n", to: .stdout)
        // A pasted text ends here: the rest of it is not keys for present mode.
        queued.removeAll()
        return line
      case .escape, .interrupt:
        queued.removeAll()
        return nil
      case .endOfInput:
        quitting = true
        return nil
      case .backspace:
        guard let last = line.popLast() else { continue }
        let width = PresentScreen.displayWidth(String(last))
        output.write(String(repeating: "\u{8} \u{8}", count: width), to: .stdout)
      case .character(let character) where accepts(character):
        line.append(character)
        output.write(String(character), to: .stdout)
      default:
        continue
      }
      output.flush()
    }
    return nil
  }

  private mutating func next(_ keys: inout some KeySource) -> TerminalKey? {
    if !queued.isEmpty { return queued.removeFirst() }
    let read = keys.keys(within: nil)
    guard let first = read.first else { return nil }  // the keys ended
    queued = Array(read.dropFirst())
    return first
  }
}
