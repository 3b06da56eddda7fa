# factcheck: `make run` builds and starts the program, `make test` runs the tests.
# Both install the system libraries they need first (libedit-dev, libsqlite3-dev).
SWIFT ?= swift
# Where `make install` puts things: $(DESTDIR)$(PREFIX)/bin, .../share/man/man1, and the shells'
# completion folders under .../share. DESTDIR is for packaging (a staging root).
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
# The binary `make install` copies: built by `make build`.
BIN ?= .build/release/factcheck
ARGS ?=
# The Swift runtime and Foundation are linked into the binary: it starts sooner (no dynamic
# loading of a dozen libraries) and needs no Swift runtime on the machine it is copied to.
RELEASE_FLAGS ?= -c release --static-swift-stdlib

.PHONY: deps build run test install man bench bench-startup fuzz clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product factcheck

# Verdict exit codes (1 refuted, 2 not fully supported) are answers, not failures of make.
run: build
	@./.build/release/factcheck $(ARGS); status=$$?; [ $$status -le 2 ] || exit $$status

test: deps
	$(SWIFT) test

# Installs what `make build` made, with the man page (docs/factcheck.1) and the bash, zsh and
# fish completions (written by the binary itself). It builds nothing and never runs the
# package manager, so `sudo make install` after `make build` leaves no root-owned build files.
install:
	@test -x $(BIN) || { echo "make install: $(BIN) is missing; run 'make build' first" >&2; exit 1; }
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)/bash-completion/completions \
		$(DESTDIR)$(DATADIR)/zsh/site-functions $(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	install -m 0755 $(BIN) $(DESTDIR)$(BINDIR)/factcheck
	install -m 0644 docs/factcheck.1 $(DESTDIR)$(MANDIR)/man1/factcheck.1
	umask 022 && $(BIN) --generate-completion-script bash > $(DESTDIR)$(DATADIR)/bash-completion/completions/factcheck
	umask 022 && $(BIN) --generate-completion-script zsh > $(DESTDIR)$(DATADIR)/zsh/site-functions/_factcheck
	umask 022 && $(BIN) --generate-completion-script fish > $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/factcheck.fish

# Regenerates the man page from the command definitions with swift-argument-parser's
# generate-manual plugin (this one does run the package manager).
man:
	$(SWIFT) package plugin generate-manual --configuration debug --authors "factcheck contributors"
	cp .build/plugins/GenerateManual/outputs/factcheck/factcheck.1 docs/factcheck.1

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
