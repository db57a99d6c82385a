/// The part of the Pod schema kubetutor explains: `spec.containers[].lifecycle` in Kubernetes
/// 1.34, with the descriptions the API server publishes (k8s.io/api core/v1, v0.34).
enum ExplainSchema {
  /// `lifecycle` as a field of Container (the same under `containers` and `initContainers`).
  static let lifecycle = ExplainField(
    name: "lifecycle", type: "Lifecycle",
    description:
      "Actions that the management system should take in response to container lifecycle events. Cannot be updated.",
    typeDescription:
      "Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.",
    fields: [
      handler(
        "postStart",
        "PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks"
      ),
      handler(
        "preStop",
        "PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod's termination grace period countdown begins before the PreStop hook is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod's termination grace period (unless delayed by finalizers). Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks"
      ),
      ExplainField(
        name: "stopSignal", type: "string",
        description:
          "StopSignal defines which signal will be sent to a container when it is being stopped. If not specified, the default is defined by the container runtime in use. StopSignal can only be set for Pods with a non-empty .spec.os.name\n\nPossible enum values:\n - `\"SIGABRT\"`\n - `\"SIGALRM\"`\n - `\"SIGBUS\"`\n - `\"SIGCHLD\"`\n - `\"SIGCLD\"`\n - `\"SIGCONT\"`\n - `\"SIGFPE\"`\n - `\"SIGHUP\"`\n - `\"SIGILL\"`\n - `\"SIGINT\"`\n - `\"SIGIO\"`\n - `\"SIGIOT\"`\n - `\"SIGKILL\"`\n - `\"SIGPIPE\"`\n - `\"SIGPOLL\"`\n - `\"SIGPROF\"`\n - `\"SIGPWR\"`\n - `\"SIGQUIT\"`\n - `\"SIGRTMAX\"`\n - `\"SIGRTMAX-1\"`\n - `\"SIGRTMAX-10\"`\n - `\"SIGRTMAX-11\"`\n - `\"SIGRTMAX-12\"`\n - `\"SIGRTMAX-13\"`\n - `\"SIGRTMAX-14\"`\n - `\"SIGRTMAX-2\"`\n - `\"SIGRTMAX-3\"`\n - `\"SIGRTMAX-4\"`\n - `\"SIGRTMAX-5\"`\n - `\"SIGRTMAX-6\"`\n - `\"SIGRTMAX-7\"`\n - `\"SIGRTMAX-8\"`\n - `\"SIGRTMAX-9\"`\n - `\"SIGRTMIN\"`\n - `\"SIGRTMIN+1\"`\n - `\"SIGRTMIN+10\"`\n - `\"SIGRTMIN+11\"`\n - `\"SIGRTMIN+12\"`\n - `\"SIGRTMIN+13\"`\n - `\"SIGRTMIN+14\"`\n - `\"SIGRTMIN+15\"`\n - `\"SIGRTMIN+2\"`\n - `\"SIGRTMIN+3\"`\n - `\"SIGRTMIN+4\"`\n - `\"SIGRTMIN+5\"`\n - `\"SIGRTMIN+6\"`\n - `\"SIGRTMIN+7\"`\n - `\"SIGRTMIN+8\"`\n - `\"SIGRTMIN+9\"`\n - `\"SIGSEGV\"`\n - `\"SIGSTKFLT\"`\n - `\"SIGSTOP\"`\n - `\"SIGSYS\"`\n - `\"SIGTERM\"`\n - `\"SIGTRAP\"`\n - `\"SIGTSTP\"`\n - `\"SIGTTIN\"`\n - `\"SIGTTOU\"`\n - `\"SIGURG\"`\n - `\"SIGUSR1\"`\n - `\"SIGUSR2\"`\n - `\"SIGVTALRM\"`\n - `\"SIGWINCH\"`\n - `\"SIGXCPU\"`\n - `\"SIGXFSZ\"`",
        enumValues: signals),
    ])

  static func handler(_ name: String, _ description: String) -> ExplainField {
    ExplainField(
      name: name, type: "LifecycleHandler", description: description,
      typeDescription:
        "LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.",
      fields: [
        ExplainField(
          name: "exec", type: "ExecAction",
          description: "Exec specifies a command to execute in the container.",
          typeDescription: "ExecAction describes a \"run in container\" action.",
          fields: [
            ExplainField(
              name: "command", type: "[]string",
              description:
                "Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy."
            )
          ]),
        ExplainField(
          name: "httpGet", type: "HTTPGetAction",
          description: "HTTPGet specifies an HTTP GET request to perform.",
          typeDescription: "HTTPGetAction describes an action based on HTTP Get requests.",
          fields: [
            ExplainField(
              name: "host", type: "string",
              description:
                "Host name to connect to, defaults to the pod IP. You probably want to set \"Host\" in httpHeaders instead."
            ),
            ExplainField(
              name: "httpHeaders", type: "[]HTTPHeader",
              description: "Custom headers to set in the request. HTTP allows repeated headers.",
              typeDescription: "HTTPHeader describes a custom header to be used in HTTP probes",
              fields: [
                ExplainField(
                  name: "name", type: "string",
                  description:
                    "The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header.",
                  required: true),
                ExplainField(
                  name: "value", type: "string", description: "The header field value",
                  required: true),
              ]),
            ExplainField(
              name: "path", type: "string", description: "Path to access on the HTTP server."),
            port(
              "Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME."
            ),
            ExplainField(
              name: "scheme", type: "string",
              description:
                "Scheme to use for connecting to the host. Defaults to HTTP.\n\nPossible enum values:\n - `\"HTTP\"` means that the scheme used will be http://\n - `\"HTTPS\"` means that the scheme used will be https://",
              enumValues: ["HTTP", "HTTPS"]),
          ]),
        ExplainField(
          name: "sleep", type: "SleepAction",
          description: "Sleep represents a duration that the container should sleep.",
          typeDescription: "SleepAction describes a \"sleep\" action.",
          fields: [
            ExplainField(
              name: "seconds", type: "integer",
              description: "Seconds is the number of seconds to sleep.", required: true)
          ]),
        ExplainField(
          name: "tcpSocket", type: "TCPSocketAction",
          description:
            "Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility. There is no validation of this field and lifecycle hooks will fail at runtime when it is specified.",
          typeDescription: "TCPSocketAction describes an action based on opening a socket",
          fields: [
            ExplainField(
              name: "host", type: "string",
              description: "Optional: Host name to connect to, defaults to the pod IP."),
            port(
              "Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME."
            ),
          ]),
      ])
  }

  static func port(_ description: String) -> ExplainField {
    ExplainField(
      name: "port", type: "IntOrString", description: description,
      typeDescription:
        "IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.",
      required: true)
  }

  /// The 65 signal names of `core/v1.Signal`, in the order the API lists them.
  static let signals = [
    "SIGABRT",
    "SIGALRM",
    "SIGBUS",
    "SIGCHLD",
    "SIGCLD",
    "SIGCONT",
    "SIGFPE",
    "SIGHUP",
    "SIGILL",
    "SIGINT",
    "SIGIO",
    "SIGIOT",
    "SIGKILL",
    "SIGPIPE",
    "SIGPOLL",
    "SIGPROF",
    "SIGPWR",
    "SIGQUIT",
    "SIGRTMAX",
    "SIGRTMAX-1",
    "SIGRTMAX-10",
    "SIGRTMAX-11",
    "SIGRTMAX-12",
    "SIGRTMAX-13",
    "SIGRTMAX-14",
    "SIGRTMAX-2",
    "SIGRTMAX-3",
    "SIGRTMAX-4",
    "SIGRTMAX-5",
    "SIGRTMAX-6",
    "SIGRTMAX-7",
    "SIGRTMAX-8",
    "SIGRTMAX-9",
    "SIGRTMIN",
    "SIGRTMIN+1",
    "SIGRTMIN+10",
    "SIGRTMIN+11",
    "SIGRTMIN+12",
    "SIGRTMIN+13",
    "SIGRTMIN+14",
    "SIGRTMIN+15",
    "SIGRTMIN+2",
    "SIGRTMIN+3",
    "SIGRTMIN+4",
    "SIGRTMIN+5",
    "SIGRTMIN+6",
    "SIGRTMIN+7",
    "SIGRTMIN+8",
    "SIGRTMIN+9",
    "SIGSEGV",
    "SIGSTKFLT",
    "SIGSTOP",
    "SIGSYS",
    "SIGTERM",
    "SIGTRAP",
    "SIGTSTP",
    "SIGTTIN",
    "SIGTTOU",
    "SIGURG",
    "SIGUSR1",
    "SIGUSR2",
    "SIGVTALRM",
    "SIGWINCH",
    "SIGXCPU",
    "SIGXFSZ",
  ]
}
