/// The official `nginx` image (Debian 12 bookworm): files, config and binaries.
///
/// Like the real image it has bash and curl but **no** `ps`, `killall` or `procps`, which is why
/// the lifecycle-demo preStop hook's `killall -0 nginx` fails with `not found` there.
enum NginxImage {
  static func make(version: String, tag: String, digest: String, size: Int64) -> Image {
    var fs = ImageFiles.base()
    // Debian 12 has a merged /usr: /bin, /sbin and /lib are links into /usr.
    try? fs.createDirectory("/usr/bin", intermediates: true)
    try? fs.createDirectory("/usr/sbin", intermediates: true)
    try? fs.createDirectory("/usr/lib", intermediates: true)
    try? fs.symlink("/bin", to: "usr/bin")
    try? fs.symlink("/sbin", to: "usr/sbin")
    try? fs.symlink("/lib", to: "usr/lib")
    try? fs.symlink("/lib64", to: "usr/lib64")
    try? fs.symlink("/var/run", to: "/run")
    ImageFiles.installPrograms(
      ImageFiles.coreutils + ["bash", "dash", "curl", "which"], in: "/usr/bin", into: &fs)
    ImageFiles.installUnsimulated(
      ImageFiles.unsimulatedDebian + ["envsubst", "openssl", "gpg"], in: "/usr/bin", into: &fs)
    fs.install(.symlink(to: "dash"), at: "/usr/bin/sh")
    fs.install(.symlink(to: "bash"), at: "/usr/bin/rbash")
    ImageFiles.installPrograms(["nginx"], in: "/usr/sbin", into: &fs)
    fs.install(.file("\u{7F}ELF", mode: 0o755, program: "nginx"), at: "/usr/sbin/nginx-debug")
    fs.install(
      .file(ImageFiles.debianPasswd + "nginx:x:101:101:nginx user:/nonexistent:/bin/false\n"),
      at: "/etc/passwd")
    fs.install(.file("root:x:0:\nnginx:x:101:\n"), at: "/etc/group")
    fs.install(.file(osRelease), at: "/etc/os-release")
    fs.install(.file("12.8\n"), at: "/etc/debian_version")
    fs.install(.file(ImageFiles.bashrc), at: "/root/.bashrc")
    fs.install(.file(nginxConf), at: "/etc/nginx/nginx.conf")
    fs.install(.file(defaultConf), at: "/etc/nginx/conf.d/default.conf")
    fs.install(
      .file(
        "types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n    application/javascript                           js;\n    application/json                                 json;\n    image/png                                        png;\n}\n"
      ), at: "/etc/nginx/mime.types")
    fs.install(.file(indexHTML), at: "/usr/share/nginx/html/index.html")
    fs.install(.file(errorHTML), at: "/usr/share/nginx/html/50x.html")
    fs.install(
      .file(entrypoint, mode: 0o775, program: "docker-entrypoint"), at: "/docker-entrypoint.sh")
    for (name, body) in entrypointScripts {
      fs.install(
        .file(body, mode: name.hasSuffix(".envsh") ? 0o775 : 0o775),
        at: "/docker-entrypoint.d/" + name)
    }
    try? fs.createDirectory("/var/cache/nginx", intermediates: true)
    fs.install(.symlink(to: "/dev/stdout"), at: "/var/log/nginx/access.log")
    fs.install(.symlink(to: "/dev/stderr"), at: "/var/log/nginx/error.log")
    try? fs.createDirectory("/usr/share/doc", intermediates: true)
    try? fs.createDirectory("/usr/share/man", intermediates: true)
    try? fs.createDirectory("/usr/share/zoneinfo", intermediates: true)
    fs.compact()  // its containers share these entries and store only their own changes
    return Image(
      reference: "docker.io/library/nginx:\(tag)", repository: "docker.io/library/nginx", tag: tag,
      digest: digest, sizeBytes: size, kind: .nginx,
      entrypoint: ["/docker-entrypoint.sh"], cmd: ["nginx", "-g", "daemon off;"],
      env: [
        EnvVar(name: "PATH", value: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        EnvVar(name: "NGINX_VERSION", value: version),
        EnvVar(name: "NJS_VERSION", value: version == "1.25.5" ? "0.8.4" : "0.8.7"),
        EnvVar(name: "NJS_RELEASE", value: "1~bookworm"),
        EnvVar(name: "PKG_RELEASE", value: "1~bookworm"),
        EnvVar(name: "DYNPKG_RELEASE", value: "1~bookworm"),
      ],
      workingDir: "/", stopSignal: .quit, exposedPorts: [80], shellFlavor: .dash,
      programVersions: ["nginx": version, "curl": "7.88.1", "bash": "5.2.15(1)-release"],
      filesystem: fs)
  }

  static let osRelease = """
    PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
    NAME="Debian GNU/Linux"
    VERSION_ID="12"
    VERSION="12 (bookworm)"
    VERSION_CODENAME=bookworm
    ID=debian
    HOME_URL="https://www.debian.org/"
    SUPPORT_URL="https://www.debian.org/support"
    BUG_REPORT_URL="https://bugs.debian.org/"

    """

  static let nginxConf = """

    user  nginx;
    worker_processes  auto;

    error_log  /var/log/nginx/error.log notice;
    pid        /run/nginx.pid;


    events {
        worker_connections  1024;
    }


    http {
        include       /etc/nginx/mime.types;
        default_type  application/octet-stream;

        log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                          '$status $body_bytes_sent "$http_referer" '
                          '"$http_user_agent" "$http_x_forwarded_for"';

        access_log  /var/log/nginx/access.log  main;

        sendfile        on;
        #tcp_nopush     on;

        keepalive_timeout  65;

        #gzip  on;

        include /etc/nginx/conf.d/*.conf;
    }

    """

  static let defaultConf = """
    server {
        listen       80;
        listen  [::]:80;
        server_name  localhost;

        #access_log  /var/log/nginx/host.access.log  main;

        location / {
            root   /usr/share/nginx/html;
            index  index.html index.htm;
        }

        #error_page  404              /404.html;

        # redirect server error pages to the static page /50x.html
        #
        error_page   500 502 503 504  /50x.html;
        location = /50x.html {
            root   /usr/share/nginx/html;
        }
    }

    """

  /// The welcome page (615 bytes, as served by the real image).
  static let indexHTML = """
    <!DOCTYPE html>
    <html>
    <head>
    <title>Welcome to nginx!</title>
    <style>
    html { color-scheme: light dark; }
    body { width: 35em; margin: 0 auto;
    font-family: Tahoma, Verdana, Arial, sans-serif; }
    </style>
    </head>
    <body>
    <h1>Welcome to nginx!</h1>
    <p>If you see this page, the nginx web server is successfully installed and
    working. Further configuration is required.</p>

    <p>For online documentation and support please refer to
    <a href="http://nginx.org/">nginx.org</a>.<br/>
    Commercial support is available at
    <a href="http://nginx.com/">nginx.com</a>.</p>

    <p><em>Thank you for using nginx.</em></p>
    </body>
    </html>

    """

  static let errorHTML = """
    <!DOCTYPE html>
    <html>
    <head>
    <title>Error</title>
    <style>
    html { color-scheme: light dark; }
    body { width: 35em; margin: 0 auto;
    font-family: Tahoma, Verdana, Arial, sans-serif; }
    </style>
    </head>
    <body>
    <h1>An error occurred.</h1>
    <p>Sorry, the page you are looking for is currently unavailable.<br/>
    Please try again later.</p>
    <p>If you are the system administrator of this resource then you should check
    the error log for details.</p>
    <p><em>Faithfully yours, nginx.</em></p>
    </body>
    </html>

    """

  static let entrypoint = """
    #!/bin/sh
    # vim:sw=4:ts=4:et

    set -e

    entrypoint_log() {
        if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
            echo "$@"
        fi
    }

    if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
        if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
            entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"

            entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
            find "/docker-entrypoint.d/" -follow -type f -print | sort -V | while read -r f; do
                case "$f" in
                    *.envsh)
                        if [ -x "$f" ]; then
                            entrypoint_log "$0: Sourcing $f";
                            . "$f"
                        else
                            # warn on shell scripts without exec bit
                            entrypoint_log "$0: Ignoring $f, not executable";
                        fi
                        ;;
                    *.sh)
                        if [ -x "$f" ]; then
                            entrypoint_log "$0: Launching $f";
                            "$f"
                        else
                            # warn on shell scripts without exec bit
                            entrypoint_log "$0: Ignoring $f, not executable";
                        fi
                        ;;
                    *) entrypoint_log "$0: Ignoring $f";;
                esac
            done

            entrypoint_log "$0: Configuration complete; ready for start up"
        else
            entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
        fi
    fi

    exec "$@"

    """

  static let entrypointScripts: [(String, String)] = [
    (
      "10-listen-on-ipv6-by-default.sh",
      "#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n\nentrypoint_log() {\n    if [ -z \"${NGINX_ENTRYPOINT_QUIET_LOGS:-}\" ]; then\n        echo \"$@\"\n    fi\n}\n\nME=$(basename \"$0\")\nDEFAULT_CONF_FILE=\"etc/nginx/conf.d/default.conf\"\n\n# check if we have ipv6 available\nif [ ! -f \"/proc/net/if_inet6\" ]; then\n    entrypoint_log \"$ME: info: ipv6 not available\"\n    exit 0\nfi\n"
    ),
    (
      "15-local-resolvers.envsh",
      "#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nPATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n\n[ \"${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}\" ] || return 0\n"
    ),
    (
      "20-envsubst-on-templates.sh",
      "#!/bin/sh\n\nset -e\n\nME=$(basename \"$0\")\n\nentrypoint_log() {\n    if [ -z \"${NGINX_ENTRYPOINT_QUIET_LOGS:-}\" ]; then\n        echo \"$@\"\n    fi\n}\n"
    ),
    (
      "30-tune-worker-processes.sh",
      "#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nME=$(basename \"$0\")\nPATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n\n[ \"${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}\" ] || exit 0\n"
    ),
  ]

  /// What `/docker-entrypoint.sh nginx …` prints before exec'ing nginx (stdout, in order).
  static let entrypointLog = [
    "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
    "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
    "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
    "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
    "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
    "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
    "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
    "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
    "/docker-entrypoint.sh: Configuration complete; ready for start up",
  ]
}
