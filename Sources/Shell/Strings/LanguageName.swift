import Lessons

/// The languages kubetutor speaks (the lessons' own type, named here so the shell's callers
/// need not import the Lessons layer).
public typealias Language = Lessons.Language
