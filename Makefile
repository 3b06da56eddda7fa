# factcheck: `make run` builds and starts the program, `make test` runs the tests.
# Both install the system libraries they need first (libedit-dev, libsqlite3-dev).
SWIFT ?= swift
PREFIX ?= /usr/local
ARGS ?=
# The Swift runtime and Foundation are linked into the binary: it starts sooner (no dynamic
# loading of a dozen libraries) and needs no Swift runtime on the machine it is copied to.
RELEASE_FLAGS ?= -c release --static-swift-stdlib

.PHONY: deps build run test install bench bench-startup fuzz clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product factcheck

# Verdict exit codes (1 refuted, 2 not fully supported) are answers, not failures of make.
run: build
	@./.build/release/factcheck $(ARGS); status=$$?; [ $$status -le 2 ] || exit $$status

test: deps
	$(SWIFT) test

install: build
	install -d $(PREFIX)/bin
	install -m 0755 .build/release/factcheck $(PREFIX)/bin/factcheck

bench: build
	$(SWIFT) build $(RELEASE_FLAGS) --product factcheck-bench
	./.build/release/factcheck-bench

# The fuzz suite on the release binary, for FUZZ_SECONDS (default 120) from FUZZ_SEED.
FUZZ_SECONDS ?= 120
FUZZ_SEED ?= 1
fuzz: build
	$(SWIFT) build $(RELEASE_FLAGS) --product factcheck-fuzz
	./.build/release/factcheck-fuzz --seconds $(FUZZ_SECONDS) --seed $(FUZZ_SEED) --binary .build/release/factcheck

bench-startup: deps
	./Benchmarks/startup.sh

clean:
	rm -rf .build
