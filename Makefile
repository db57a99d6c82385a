# kubetutor — the README's two fresh-machine commands are `make run` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo)
BIN_DEBUG := .build/debug/kubetutor
# `make bench SCRATCH=DIR` builds and measures in another build directory (a second worktree).
SCRATCH ?= .build
BIN_RELEASE := $(SCRATCH)/release/kubetutor
# The binary handed out: optimized, with the Swift runtime and Foundation linked in, so that it
# runs where no Swift toolchain is installed (libedit and cmark-gfm stay system libraries). It
# also starts faster and maps less: the runtime's unused parts are never loaded.
RELEASE_FLAGS := -c release --static-swift-stdlib
CORE := Sources/Container Sources/Cluster Sources/Kubectl Sources/Lessons

.PHONY: site deps build run release test unit check-core lessons-check e2e record bench format lint clean fuzz fuzz-ci

## deps: install what a fresh Debian machine lacks, via apt: libedit and cmark-gfm (linked),
## tmux, chromium and tidy (tests), hugo (the site benchmark), asciinema (recordings).
deps:
	@missing=""; \
	{ [ -f /usr/include/editline/readline.h ] && pkg-config --exists libedit 2>/dev/null; } || missing="$$missing libedit-dev pkg-config"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	pkg-config --exists libcmark-gfm 2>/dev/null && [ -f /usr/include/cmark-gfm-core-extensions.h ] || missing="$$missing libcmark-gfm-dev libcmark-gfm-extensions-dev"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v tidy >/dev/null 2>&1 || missing="$$missing tidy"; \
	command -v hugo >/dev/null 2>&1 || missing="$$missing hugo"; \
	command -v asciinema >/dev/null 2>&1 || missing="$$missing asciinema"; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing (apt-get)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

## site: build the static docs site into Site/public (`kubetutor site`).
site: build
	@$(BIN_DEBUG) site

## build: debug build of the kubetutor executable.
build: deps
	$(SWIFT) build --product kubetutor

## release: the binary to hand out ($(SCRATCH)/release/kubetutor): see RELEASE_FLAGS.
release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product kubetutor --scratch-path $(SCRATCH)

## run: build and start the interactive shell.
run: build
	@$(BIN_DEBUG)

## test: everything — formatting, the core purity check, unit, golden and end-to-end tests,
## and a CI-sized fuzz run.
test: deps build lint check-core lessons-check unit fuzz-ci

## lessons-check: every lesson solvable from a fresh cluster, in both languages (`kubetutor lessons check`).
lessons-check: build
	@$(BIN_DEBUG) lessons check

unit: deps
	$(SWIFT) test

## e2e: only the end-to-end tests of the built binary (piped stdin, the terminal under tmux).
e2e: deps build
	$(SWIFT) test --filter EndToEndTests

## record: re-record golden files (the tests that record fail, so run `make test` again after reading the diff).
record: deps
	RECORD=1 $(SWIFT) test || true
	@git status --short -- Tests

## check-core: the core layers never print, read the wall clock, the environment or a global random source.
check-core:
	@hits=$$(grep -rnE '(^|[^A-Za-z_.])(print|readLine|getenv|system|posix_spawn)\(|Date\(\)|\.random\(|arc4random|ProcessInfo\.processInfo|FileManager|Foundation\.Process' $(CORE) | grep -vE '^\S+:[0-9]+:\s*///?|func (print|readLine)\(' || true); \
	if [ -n "$$hits" ]; then echo "core purity check failed:"; echo "$$hits"; exit 1; fi; \
	echo "core purity check: ok"

## bench: the release binary; start-up, lines per second, commands on 100 to 10,000 pods, peak
## memory, and the site build against Hugo: a table, also saved as JSON ($(SCRATCH)/bench.json, or BENCH_JSON).
bench: release
	@BENCH_JSON="$${BENCH_JSON:-$(SCRATCH)/bench.json}" ./Tests/bench.sh $(BIN_RELEASE)

## fuzz: build the libFuzzer targets (Fuzz/) and run each for FUZZ_SECONDS (default 300); the
## corpus grows in Fuzz/.work, findings land in Fuzz/findings (see Fuzz/README.md).
fuzz: deps
	@SWIFT=$(SWIFT) Fuzz/run --seconds $(or $(FUZZ_SECONDS),300) $(FUZZ_TARGETS)

## fuzz-ci: each target for FUZZ_SECONDS (default 60) from the checked-in seeds; fails on a finding.
fuzz-ci: deps
	@SWIFT=$(SWIFT) Fuzz/run --ci --seconds $(or $(FUZZ_SECONDS),60) $(FUZZ_TARGETS)

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift Fuzz/Sources Fuzz/Package.swift

## lint: the code is formatted as `swift format` (the toolchain's defaults) formats it.
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift Fuzz/Sources Fuzz/Package.swift

clean:
	rm -rf .build Fuzz/.build Fuzz/.work
