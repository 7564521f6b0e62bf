# eventwatch -- plain Makefile, dependencies through pkg-config.
#
#   make            build build/eventwatch (installs nothing)
#   make check      install missing Debian packages, build, run all tests
#   make demo       install missing Debian packages, build, run the main job
#   make asan       build + tests under AddressSanitizer and UBSan (build-asan/)
#   make fuzz       build the libFuzzer targets (build-fuzz/, clang)
#   make valgrind   tests under valgrind --leak-check=full
#
# Sources are found by wildcard: a new src/<component>/<concept>.c or
# tests/<component>/test_<concept>.c needs no Makefile edit.

PKGS      := sqlite3 libxml-2.0 jansson libmicrohttpd libutf8proc
BUILD     ?= build
OPT       ?= -O2
SAN       ?=
CC        ?= cc
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS    ?=
CFLAGS    += -std=c17 -g $(OPT) $(SAN) -Wall -Wextra -D_GNU_SOURCE -pthread \
             -Iinclude -Isrc $(PKG_CFLAGS) -DEW_SOURCE_DIR='"$(CURDIR)"'
LDLIBS    := $(PKG_LIBS) -lm -pthread
DEPFLAGS   = -MMD -MP

LIB_SRC   := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC   := $(sort $(wildcard src/cli/*.c))
TEST_SRC  := $(sort $(wildcard tests/*/test_*.c))
FUZZ_SRC  := $(sort $(wildcard fuzz/fuzz_*.c))
BENCH_SRC := $(sort $(wildcard bench/*.c))

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ   := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN  := $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRC))
BENCH_BIN := $(patsubst bench/%.c,$(BUILD)/bench/%,$(BENCH_SRC))
LIB       := $(BUILD)/libeventwatch.a
BIN       := $(BUILD)/eventwatch

.PHONY: all deps check _check tests demo _demo asan valgrind fuzz bench clean web
.DEFAULT_GOAL := all

all: $(BIN) $(BENCH_BIN)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DEPFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DEPFLAGS) -Itests -o $@ $< $(LIB) $(LDLIBS) -lcmocka

$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DEPFLAGS) -o $@ $< $(LIB) $(LDLIBS)

tests: $(TEST_BIN)

# The two user-facing entry points install what is missing first, then
# re-enter make so that pkg-config sees the freshly installed packages.
deps:
	@sh scripts/install-deps.sh

check: deps
	@$(MAKE) --no-print-directory _check

_check: all tests
	@sh scripts/run-tests.sh $(BUILD)

demo: deps
	@$(MAKE) --no-print-directory _demo

_demo: all
	@sh scripts/demo.sh $(BUILD)

asan:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT=-O1 \
	  SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" _check

valgrind: all tests
	@VALGRIND=1 sh scripts/run-tests.sh $(BUILD)

# libFuzzer targets: every fuzz/fuzz_<name>.c, linked against the library
# built with clang and the fuzzer instrumentation.
fuzz:
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT=-O1 \
	  SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" _fuzz

_fuzz: $(LIB) $(patsubst fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRC))

$(BUILD)/fuzz/%: fuzz/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(LDLIBS)

bench: all

# The dashboard's vendored libraries (web/vendor/, committed): npm ci of the
# pinned web/package-lock.json outside the tree, then a copy of the builds.
web:
	@sh web/vendor.sh

clean:
	rm -rf build build-asan build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_BIN:=.d) $(BENCH_BIN:=.d)
