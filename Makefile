# factdesk: `make demo` runs the sample session, `make test` runs every test.
# Both install the Debian packages they need first, when they are missing.

SWIFT ?= swift
STORE ?= factdesk.db
BUILD_PACKAGES = libedit-dev libxml2-dev libsqlite3-dev
TEST_PACKAGES = $(BUILD_PACKAGES) tmux python3 python3-jsonschema chromium
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# A statically linked Swift runtime and Foundation start in a third of the time (Benchmarks/STARTUP.md).
# Every release build uses the same flags: a build with other flags recompiles everything.
RELEASE = $(SWIFT) build -c release $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib)

.PHONY: demo test build release deps test-deps lint format benchmarks clean

demo: deps release
	rm -f $(STORE) $(STORE)-wal $(STORE)-shm
	.build/release/factdesk --db $(STORE) --echo -f Sessions/demo.fd
	@echo
	@echo "The store is in $(STORE): open it with .build/release/factdesk --db $(STORE)"

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Benchmarks

build: deps
	$(SWIFT) build

release: deps
	$(RELEASE) --product factdesk

deps:
	@./.ci/install-packages $(BUILD_PACKAGES)

test-deps:
	@./.ci/install-packages $(TEST_PACKAGES)

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Benchmarks

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Benchmarks

benchmarks: release
	./Benchmarks/run-all.sh

clean:
	rm -rf .build
