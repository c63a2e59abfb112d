# Thin wrapper over CMake so that a fresh machine needs two commands: `make run` and `make test`.
BUILD ?= build
BUILD_TYPE ?= Debug
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO ?= $(BUILD)/demo.db
LAUNCHER := $(shell command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

.PHONY: all deps configure build test run demo clean format

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(LAUNCHER) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

demo: build
	@test -f $(DEMO) || $(BUILD)/bin/internkontroll-cli demo $(DEMO)

run: demo
	$(BUILD)/bin/internkontroll $(DEMO)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD)

# A Release build of its own (build-release/), packed by CPack: build-release/internkontroll_*.deb
.PHONY: package
package: deps
	cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DIK_BUILD_TESTS=OFF $(LAUNCHER) $(CMAKE_ARGS)
	cmake --build build-release -j $(JOBS) --target package
	@ls -1 build-release/*.deb 2>/dev/null || true
