import Cluster

/// Pods whose `-o json` and `-o yaml` were recorded from the real kubectl 1.34 (the oracle
/// tests in ClusterTests and KubectlTests compare the printers with those recordings).
public enum OracleFixtures {
  public static let lifecycleDemoPod: JSONValue = .object([
    "apiVersion": .string("v1"),
    "kind": .string("Pod"),
    "metadata": .object([
      "annotations": .object([
        "kubectl.kubernetes.io/last-applied-configuration": .string(
          "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{},\"name\":\"lifecycle-demo\",\"namespace\":\"default\"},\"spec\":{\"containers\":[{\"image\":\"nginx\",\"lifecycle\":{\"postStart\":{\"exec\":{\"command\":[\"/bin/sh\",\"-c\",\"echo Hello from the postStart handler \\u003e /usr/share/message\"]}},\"preStop\":{\"exec\":{\"command\":[\"/bin/sh\",\"-c\",\"nginx -s quit; while killall -0 nginx; do sleep 1; done\"]}}},\"name\":\"lifecycle-demo-container\"}]}}\n"
        )
      ]),
      "creationTimestamp": .string("2025-01-15T10:00:00Z"),
      "name": .string("lifecycle-demo"),
      "namespace": .string("default"),
      "resourceVersion": .string("4821"),
      "uid": .string("8e0b5a1c-2f6d-4c39-9a57-1d3e6b7f9c20"),
    ]),
    "spec": .object([
      "containers": .array([
        .object([
          "image": .string("nginx"),
          "imagePullPolicy": .string("Always"),
          "lifecycle": .object([
            "postStart": .object([
              "exec": .object([
                "command": .array([
                  .string("/bin/sh"),
                  .string("-c"),
                  .string("echo Hello from the postStart handler > /usr/share/message"),
                ])
              ])
            ]),
            "preStop": .object([
              "exec": .object([
                "command": .array([
                  .string("/bin/sh"),
                  .string("-c"),
                  .string("nginx -s quit; while killall -0 nginx; do sleep 1; done"),
                ])
              ])
            ]),
          ]),
          "name": .string("lifecycle-demo-container"),
          "resources": .object([:]),
          "terminationMessagePath": .string("/dev/termination-log"),
          "terminationMessagePolicy": .string("File"),
          "volumeMounts": .array([
            .object([
              "mountPath": .string("/var/run/secrets/kubernetes.io/serviceaccount"),
              "name": .string("kube-api-access-7k2xq"),
              "readOnly": .bool(true),
            ])
          ]),
        ])
      ]),
      "dnsPolicy": .string("ClusterFirst"),
      "enableServiceLinks": .bool(true),
      "nodeName": .string("node01"),
      "preemptionPolicy": .string("PreemptLowerPriority"),
      "priority": .int(0),
      "restartPolicy": .string("Always"),
      "schedulerName": .string("default-scheduler"),
      "securityContext": .object([:]),
      "serviceAccount": .string("default"),
      "serviceAccountName": .string("default"),
      "terminationGracePeriodSeconds": .int(30),
      "tolerations": .array([
        .object([
          "effect": .string("NoExecute"),
          "key": .string("node.kubernetes.io/not-ready"),
          "operator": .string("Exists"),
          "tolerationSeconds": .int(300),
        ]),
        .object([
          "effect": .string("NoExecute"),
          "key": .string("node.kubernetes.io/unreachable"),
          "operator": .string("Exists"),
          "tolerationSeconds": .int(300),
        ]),
      ]),
      "volumes": .array([
        .object([
          "name": .string("kube-api-access-7k2xq"),
          "projected": .object([
            "defaultMode": .int(420),
            "sources": .array([
              .object([
                "serviceAccountToken": .object([
                  "expirationSeconds": .int(3607),
                  "path": .string("token"),
                ])
              ]),
              .object([
                "configMap": .object([
                  "items": .array([
                    .object([
                      "key": .string("ca.crt"),
                      "path": .string("ca.crt"),
                    ])
                  ]),
                  "name": .string("kube-root-ca.crt"),
                ])
              ]),
              .object([
                "downwardAPI": .object([
                  "items": .array([
                    .object([
                      "fieldRef": .object([
                        "apiVersion": .string("v1"),
                        "fieldPath": .string("metadata.namespace"),
                      ]),
                      "path": .string("namespace"),
                    ])
                  ])
                ])
              ]),
            ]),
          ]),
        ])
      ]),
    ]),
    "status": .object([
      "conditions": .array([
        .object([
          "lastProbeTime": .null,
          "lastTransitionTime": .string("2025-01-15T10:00:05Z"),
          "status": .string("True"),
          "type": .string("PodReadyToStartContainers"),
        ]),
        .object([
          "lastProbeTime": .null,
          "lastTransitionTime": .string("2025-01-15T10:00:00Z"),
          "status": .string("True"),
          "type": .string("Initialized"),
        ]),
        .object([
          "lastProbeTime": .null,
          "lastTransitionTime": .string("2025-01-15T10:00:05Z"),
          "status": .string("True"),
          "type": .string("Ready"),
        ]),
        .object([
          "lastProbeTime": .null,
          "lastTransitionTime": .string("2025-01-15T10:00:05Z"),
          "status": .string("True"),
          "type": .string("ContainersReady"),
        ]),
        .object([
          "lastProbeTime": .null,
          "lastTransitionTime": .string("2025-01-15T10:00:00Z"),
          "status": .string("True"),
          "type": .string("PodScheduled"),
        ]),
      ]),
      "containerStatuses": .array([
        .object([
          "containerID": .string(
            "containerd://3f1a8e2b6c0d4e5f9a7b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"),
          "image": .string("docker.io/library/nginx:latest"),
          "imageID": .string(
            "docker.io/library/nginx@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a"
          ),
          "lastState": .object([:]),
          "name": .string("lifecycle-demo-container"),
          "ready": .bool(true),
          "restartCount": .int(0),
          "started": .bool(true),
          "state": .object([
            "running": .object([
              "startedAt": .string("2025-01-15T10:00:05Z")
            ])
          ]),
          "volumeMounts": .array([
            .object([
              "mountPath": .string("/var/run/secrets/kubernetes.io/serviceaccount"),
              "name": .string("kube-api-access-7k2xq"),
              "readOnly": .bool(true),
              "recursiveReadOnly": .string("Disabled"),
            ])
          ]),
        ])
      ]),
      "hostIP": .string("172.30.2.2"),
      "hostIPs": .array([
        .object([
          "ip": .string("172.30.2.2")
        ])
      ]),
      "phase": .string("Running"),
      "podIP": .string("192.168.1.4"),
      "podIPs": .array([
        .object([
          "ip": .string("192.168.1.4")
        ])
      ]),
      "qosClass": .string("BestEffort"),
      "startTime": .string("2025-01-15T10:00:00Z"),
    ]),
  ])

  public static let nastyPod: JSONValue = .object([
    "apiVersion": .string("v1"),
    "kind": .string("Pod"),
    "metadata": .object([
      "name": .string("nasty"),
      "namespace": .string("default"),
      "annotations": .object([
        "a01-long": .string(
          "Back-off restarting failed container lifecycle-demo-container in pod lifecycle-demo_default(8e0b5a1c-2f6d-4c39-9a57-1d3e6b7f9c20) because the hook failed"
        ),
        "a02-yes": .string("yes"),
        "a03-octal": .string("0755"),
        "a04-exp": .string("1e3"),
        "a05-dash": .string("-c"),
        "a06-colon": .string(": x"),
        "a07-hash": .string("a #b"),
        "a08-unicode": .string("h\u{E9}llo w\u{F6}rld \u{65E5}\u{672C}\u{8A9E}"),
        "a09-ml-trailing": .string("line one  \nline two\n"),
        "a10-tab": .string("a\tb"),
        "a11-empty": .string(""),
        "a12-on": .string("on"),
        "a13-null": .string("null"),
        "a14-tilde": .string("~"),
        "a15-ts": .string("2025-01-15T10:00:00Z"),
        "a16-date": .string("2025-01-15"),
        "a17-lead-space": .string(" x"),
        "a18-trail-space": .string("x "),
        "a19-quote": .string("it's"),
        "a20-dquote": .string("\"q\""),
        "a21-star": .string("*x"),
        "a22-amp": .string("&x"),
        "a23-bang": .string("!x"),
        "a24-pipe": .string("|x"),
        "a25-gt": .string(">x"),
        "a26-pct": .string("%x"),
        "a27-at": .string("@x"),
        "a28-backtick": .string("`x"),
        "a29-brace": .string("{x"),
        "a30-bracket": .string("[x"),
        "a31-hash": .string("#x"),
        "a32-qmark": .string("?x"),
        "a33-colon-end": .string("a:"),
        "a34-html": .string("<a href=\"x\">&</a>"),
        "a35-emoji": .string("smile \u{1F600}"),
        "a36-ls": .string("a\u{2028}b"),
        "a37-ctrl": .string("a\u{1}b\u{1B}c"),
        "a38-clip": .string("a\nb\n"),
        "a39-strip": .string("a\nb"),
        "a40-keep": .string("a\nb\n\n"),
        "a41-lead-nl": .string("\na"),
        "a42-lead-space-ml": .string("  a\nb\n"),
        "a43-long-single": .string(
          "!important Back-off restarting failed container lifecycle-demo-container in pod lifecycle-demo_default(8e0b5a1c-2f6d-4c39-9a57-1d3e6b7f9c20) because the hook failed 'quoted' and more words to pass the width"
        ),
        "a44-long-double": .string(
          "tab\there Back-off restarting failed container lifecycle-demo-container in pod lifecycle-demo_default(8e0b5a1c-2f6d-4c39-9a57-1d3e6b7f9c20) because the hook failed and more words to pass the width"
        ),
        "a45-long-nospace": .string(
          "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ),
        "a46-true": .string("True"),
        "a47-float": .string("1.5"),
        "a48-hex": .string("0x1F"),
        "a49-base60": .string("1:20"),
        "a50-dots": .string("..."),
        "a51-dashes": .string("---x"),
        "a52-dash-space": .string("- x"),
        "a53-comma": .string("a,b"),
        "a54-08": .string("08"),
        "a55-plus": .string("+1"),
        "a56-dotnum": .string(".5"),
        "a57-inf": .string(".inf"),
        "a58-underscore": .string("1_000"),
        "a59-binary": .string("0b101"),
        "a60-y": .string("y"),
        "a61-n": .string("N"),
        "a62-0o": .string("0o17"),
        "a63-bf": .string("\u{8}\u{C}"),
        "a64-crlf": .string("a\u{D}\nb"),
        "a65-nbsp": .string("a\u{A0}b"),
        "a66-bom": .string("\u{FEFF}x"),
        "a67-nel": .string("a\u{85}b"),
        "a68-double-spaces": .string(
          "0123456789 123456789 123456789 123456789 123456789 123456789 123456789  two  spaces   three"
        ),
        "a69-date-short": .string("2025-1-5"),
        "a70-ts-space": .string("2025-01-15 10:00:00"),
        "a71-long-ml": .string(
          "Back-off restarting failed container lifecycle-demo-container in pod lifecycle-demo_default(8e0b5a1c-2f6d-4c39-9a57-1d3e6b7f9c20) because the hook failed\nsecond line\n"
        ),
        "a72-backslash": .string("a\\b"),
        "a73-colon-mid": .string("a:b"),
        "a74-colon-space": .string("a: b"),
        "a75-hash-mid": .string("a#b"),
        "a76-dash-only": .string("-"),
        "a77-neg": .string("-12"),
        "a78-neg-float": .string("-1.5e-3"),
        "a79-NO": .string("NO"),
        "a80-off": .string("Off"),
        "a81-nan": .string(".NaN"),
        "a82-merge": .string("<<"),
        "a83-bigint": .string("99999999999999999999"),
        "a84-ts-frac": .string("2025-01-15T10:00:00.123+02:00"),
        "a85-ts-bad": .string("2025-13-45"),
        "a86-version": .string("1.2.3"),
        "a87-ipv4": .string("10.0.0.1"),
        "a88-ws-only": .string(" "),
        "a89-long-dquote-spaces": .string(
          "tab\tword word word word word word word word word word word word word word word word word word word word  two  spaces end"
        ),
        "a90-url": .string("http://example.com/a?b=c#frag"),
        "a91-percent-mid": .string("50%"),
        "a92-eq": .string("="),
        "a93-sp-nl": .string("a \nb"),
        "a94-nl-sp": .string("a\n b"),
        "a95-cr": .string("a\u{D}b"),
        "a96-bigint2": .string("9223372036854775808"),
        "a97-longkeyish": .string(
          "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
        ),
      ]),
      "labels": .object([
        "a10": .string("v"),
        "a9": .string("v"),
        "a_b": .string("v"),
        "aB": .string("v"),
        "A": .string("v"),
        "a-b": .string("v"),
        "a.b": .string("v"),
        "a/b": .string("v"),
        "z": .string("v"),
        "a01": .string("v"),
        "a1": .string("v"),
        "\u{65E5}\u{672C}": .string("v"),
        "a0": .string("v"),
        "a00": .string("v"),
        "b2c": .string("v"),
        "b10c": .string("v"),
        "x9y": .string("v"),
        "x09y": .string("v"),
        "x0": .string("v"),
        "x00": .string("v"),
      ]),
      "creationTimestamp": .string("2025-01-15T10:00:00Z"),
      "resourceVersion": .string("4821"),
      "uid": .string("u-1"),
    ]),
    "spec": .object([
      "containers": .array([
        .object([
          "name": .string("c"),
          "image": .string("nginx"),
          "command": .array([
            .string("/bin/sh"),
            .string("-c"),
            .string("echo hi > /tmp/x; sleep 3600"),
          ]),
          "ports": .array([
            .object([
              "containerPort": .int(80)
            ])
          ]),
        ])
      ]),
      "x-numbers": .object([
        "a": .double(1.5),
        "b": .double(1e-07),
        "c": .double(1e+21),
        "d": .double(1e+20),
        "e": .double(0.1),
        "f": .int(100),
        "g": .double(-0.0),
        "h": .int(123_456_789_012_345_678),
        "i": .double(2.5e-05),
        "j": .double(1000000.0),
        "k": .double(123456.789),
        "l": .int(-7),
        "m": .double(1e-06),
      ]),
      "x-nested": .array([
        .array([
          .int(1),
          .int(2),
        ]),
        .array([]),
        .object([:]),
        .null,
        .bool(true),
        .bool(false),
        .array([
          .object([
            "a": .int(1),
            "b": .array([
              .int(3),
              .array([
                .int(4)
              ]),
            ]),
          ])
        ]),
        .array([
          .array([
            .array([
              .string("deep")
            ])
          ])
        ]),
      ]),
      "x-keys": .object([
        "yes": .int(1),
        "": .int(2),
        "a: b": .int(3),
        "-": .int(4),
        "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":
          .int(5),
        "a\nb": .int(6),
        "123": .int(7),
        "null": .int(8),
        " sp": .int(9),
        "it's": .int(10),
      ]),
      "x-emptymap": .object([:]),
      "x-emptylist": .array([]),
      "x-null": .null,
    ]),
    "status": .object([
      "phase": .string("Pending"),
      "message": .string(
        "Back-off restarting failed container lifecycle-demo-container in pod lifecycle-demo_default(8e0b5a1c-2f6d-4c39-9a57-1d3e6b7f9c20) because the hook failed Back-off restarting failed container lifecycle-demo-container in pod lifecycle-demo_default(8e0b5a1c-2f6d-4c39-9a57-1d3e6b7f9c20) because the hook failed"
      ),
    ]),
  ])

  public static let nasty2Pod: JSONValue = .object([
    "apiVersion": .string("v1"),
    "kind": .string("Pod"),
    "metadata": .object([
      "name": .string("nasty2"),
      "namespace": .string("default"),
    ]),
    "spec": .object([
      "containers": .array([
        .object([
          "name": .string("c"),
          "image": .string("busybox"),
          "args": .array([
            .string(
              "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau"
            ),
            .string(
              "tab\talpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau"
            ),
            .string(
              "'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau"
            ),
            .string("multi\nline\n"),
            .string("trailing  \n"),
            .string(
              "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau\nalpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau\n"
            ),
            .string(
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx y"),
            .string(
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx y"),
            .string(
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx y"),
            .string(
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  y z"),
          ]),
        ])
      ]),
      "deep": .object([
        "a": .object([
          "b": .object([
            "c": .object([
              "d": .object([
                "e": .string(
                  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau"
                )
              ])
            ])
          ])
        ])
      ]),
      "seqseq": .array([
        .array([
          .string(
            "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau"
          ),
          .array([
            .string(
              "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau"
            )
          ]),
        ])
      ]),
      "keys": .object([
        "long key long key long key long key long key long key long key long key long key long key long key long key long key long key long key long key":
          .string("v"),
        "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":
          .object([
            "nested": .string("v")
          ]),
        "short": .array([
          .string(
            "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau"
          )
        ]),
      ]),
      "unicode": .string(
        "\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} \u{65E5}\u{672C}\u{8A9E} "
      ),
    ]),
  ])
}
