# Thin wrapper over CMake so that a fresh machine needs two commands: `make run` and `make test`.
SHELL := bash
BUILD ?= build
BUILD_TYPE ?= Debug
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO ?= $(BUILD)/demo.db
LAUNCHER := $(shell command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

FUZZ_SECONDS ?= 20
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all deps configure build test run demo clean format sanitize fuzz bench screenshots

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(LAUNCHER) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# CI (CI=true) and FULL=1 also run the whole suite under ASan+UBSan and a short fuzzing run.
test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)
	@if [ -n "$(CI)$(FULL)" ]; then $(MAKE) --no-print-directory sanitize fuzz; fi

# Every test again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug $(LAUNCHER) -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)"
	cmake --build build-asan -j $(JOBS)
	cd build-asan && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp UBSAN_OPTIONS=print_stacktrace=1 \
	    ctest --output-on-failure -j $(JOBS)

# libFuzzer (clang): the CSV importer, the template loader and opening damaged unit files,
# each for FUZZ_SECONDS on the seed corpora in tests/fuzz/corpus.
fuzz: deps
	cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" \
	    -DIK_FUZZ=ON -DIK_BUILD_GUI=OFF -DIK_BUILD_TESTS=OFF $(LAUNCHER)
	cmake --build build-fuzz -j $(JOBS) --target fuzz_csv fuzz_template fuzz_unitfile fuzz_xlsx
	set -e; for t in csv template unitfile xlsx; do \
	    mkdir -p build-fuzz/corpus-$$t; \
	    build-fuzz/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1 \
	        build-fuzz/corpus-$$t tests/fuzz/corpus/$$t 2>&1 | tail -n 12; \
	    test $${PIPESTATUS[0]} -eq 0; \
	done

demo: build
	@test -f $(DEMO) || $(BUILD)/bin/internkontroll-cli demo $(DEMO)

run: demo
	$(BUILD)/bin/internkontroll $(DEMO)

# A PNG of every page in bokmål and English, from the real program on a fresh demo unit.
screenshots: build
	QT_QPA_PLATFORM=offscreen $(BUILD)/bin/internkontroll-screenshots docs/screenshots

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD) build-asan build-fuzz

# Benchmarks (Release build): writes docs/performance.md. BENCH_ARGS="--runs 3 --scales 1,10".
bench: deps
	cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release $(LAUNCHER)
	cmake --build build-release -j $(JOBS)
	python3 bench/bench.py build-release $(BENCH_ARGS)

# A Release build of its own (build-package/) packed by CPack into build-package/internkontroll_*.deb
.PHONY: package
package: deps
	cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=Release -DIK_BUILD_TESTS=OFF $(LAUNCHER) $(CMAKE_ARGS)
	cmake --build build-package -j $(JOBS) --target package
	@ls -1 build-package/*.deb 2>/dev/null || true
