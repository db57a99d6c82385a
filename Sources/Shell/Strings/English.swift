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
      timeline POD         draw what happened to POD's containers and hooks, in time
      lang zh|en           switch kubetutor's language (kubectl stays English)
      clear                clear the screen (Ctrl-L also works)
      help [kubectl]       this text, or what the simulated kubectl can do
      exit [N]             leave kubetutor (Ctrl-D also works)

    Inside `kubectl exec -it POD -- /bin/bash` you type into the simulated container
    until `exit`. Time: the cluster clock follows the real clock while you read (see
    `kubetutor shell --speed`); `ff` skips ahead. Commands that wait (`kubectl delete`,
    `kubectl get -w`, `sleep`) take real time; Ctrl-C stops them. One command per line,
    no pipes; `>`, `>>`, `2>&1`, `<` and here-documents (`cat <<EOF > pod.yaml`,
    `kubectl apply -f - <<EOF`) work, writing only inside the directory the shell started
    in; `$?`, `$HOME` and `$PWD` expand. Ctrl-C cancels the line, Up/Down and Ctrl-R
    recall history, Tab completes commands, pod names, flags and paths.

    """,
    .helpKubectl: """
    The simulated kubectl answers like kubectl 1.34, for pods:
      kubectl apply -f FILE|URL|-      create or update pods (also: kubectl create -f)
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
    .lessonNotice:
      "kubetutor: lessons arrive in a later version; starting a sandbox shell instead of lesson \"{lesson}\".\n",
    .languageSwitched: "kubetutor now speaks English.\n",
    .waitIndicator: "… {activity} · {elapsed} · Ctrl-C stops",
    .waitDeletion: "waiting for {pods} to be deleted",
    .waitCondition: "waiting for {condition} on {pod}",
    .waitWatch: "watching pods",
    .waitLogs: "following the logs of {pod}",
    .waitExec: "running in {pod}",
    .waitSleep: "sleeping",
  ]
}
