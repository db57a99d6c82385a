/// The text of the `help` builtin.
///
/// Kept in one place so the interactive banner, `help` and the documentation agree. (UI strings
/// will move to a keyed en/zh table with the lessons; for now they are English only.)
public enum HelpText {
  /// What `help` prints.
  public static let help = """
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
      timeline POD         draw what happened to POD's containers and hooks, in time
      clear                clear the screen
      help                 this text
      exit [N]             leave kubetutor (Ctrl-D also works)

    Inside `kubectl exec -it POD -- /bin/bash` you type into the simulated container
    until `exit`. Time: the cluster clock follows the real clock while you read (see
    `kubetutor shell --speed`); `ff` skips ahead. One command per line, no pipes; `>`,
    `>>`, `2>&1`, `<` and here-documents (`cat <<EOF > pod.yaml`, `kubectl apply -f - <<EOF`)
    work, writing only inside the directory the shell started in; `$?`, `$HOME` and `$PWD`
    expand. Ctrl-C cancels the line, Up/Down recall history, Tab completes commands, pod
    names, flags and paths.

    """

  /// The line the interactive shell greets the learner with.
  public static let banner = """
    kubetutor \(KubetutorInfo.version): a simulated Kubernetes cluster that answers like kubectl 1.34.
    Type `help` for commands, Ctrl-D to leave.

    """
}

/// Facts about this build of kubetutor.
public enum KubetutorInfo {
  /// The version `kubetutor --version` prints.
  public static let version = "0.1.0"
}
