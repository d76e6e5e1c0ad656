# warta - GNU make build.  `make demo` and `make test` are the two commands
# a new user needs; both install missing Debian packages first (make deps).

CC      ?= cc
BUILD   ?= build
SHARED  ?= ../shared
PKGS    := libutf8proc sqlite3 jansson zlib
DATADIR ?= $(CURDIR)/data

WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wno-overlength-strings
OPT     ?= -O2 -g
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L $(OPT) $(WARN) $(WERROR) \
           -fPIC -fvisibility=hidden -Iinclude -Isrc -I$(BUILD)/gen \
           '-DWARTA_DATADIR="$(DATADIR)"' $(PKG_CFLAGS) $(XCFLAGS)
LDLIBS  += $(PKG_LIBS) -lm -lpthread $(XLDLIBS)

LIB_SRC := $(sort $(wildcard src/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
LEX     := $(sort $(wildcard data/*.txt))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/lexdata.o
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_SRC := $(sort $(wildcard test/unit/*.c))
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)

.PHONY: all deps build test unit golden badinput shtests sanitize fuzz eval bench \
        demo model clean check-shared

all: build
build: $(BUILD)/warta $(BUILD)/libwarta.a $(BUILD)/libwarta.so

# ---- dependencies ---------------------------------------------------------
DEBS := $(shell sed -e 's/\#.*//' debian-packages.txt)
deps:
	@missing=$$(for p in $(DEBS); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing" $$missing; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# ---- library and CLI ------------------------------------------------------
$(BUILD)/gen/lexdata.c: $(LEX) tools/embed.awk
	@mkdir -p $(dir $@)
	awk -f tools/embed.awk $(LEX) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/lexdata.o: $(BUILD)/gen/lexdata.c src/lex.h
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/%.o: %.c include/warta.h $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/libwarta.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/libwarta.so: $(LIB_OBJ)
	$(CC) -shared -o $@ $^ $(LDLIBS)

$(BUILD)/warta: $(CLI_OBJ) $(BUILD)/libwarta.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libwarta.a $(LDLIBS) $(shell pkg-config --libs sqlite3 2>/dev/null)

# ---- tests ----------------------------------------------------------------
$(BUILD)/test_unit: $(TEST_OBJ) $(BUILD)/libwarta.a
	$(CC) $(CFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libwarta.a $(LDLIBS)

test: deps
	$(MAKE) build $(BUILD)/test_unit
	$(MAKE) unit golden badinput shtests

unit: $(BUILD)/test_unit
	LC_ALL=C $(BUILD)/test_unit

golden: $(BUILD)/warta
	LC_ALL=C /usr/bin/python3 test/golden.py $(BUILD)/warta test/corpus

badinput: $(BUILD)/warta
	LC_ALL=C sh test/badinput.sh $(BUILD)/warta

# Module shell tests: test/sh/<name>.sh WARTA_BINARY, each exits non-zero on
# failure (store durability, report rendering, ...).
shtests: $(BUILD)/warta
	@fail=0; for t in $(sort $(wildcard test/sh/*.sh)); do \
	  echo "sh $$t $(BUILD)/warta"; \
	  LC_ALL=C sh $$t $(BUILD)/warta || { echo "FAILED: $$t"; fail=1; }; \
	done; exit $$fail

# ASan + UBSan build of the whole test suite, in its own build directory.
sanitize: deps
	$(MAKE) BUILD=build-san OPT='-O1 -g -fno-omit-frame-pointer' \
	  XCFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all' \
	  XLDLIBS='-fsanitize=address,undefined' \
	  build build-san/test_unit
	ASAN_OPTIONS=detect_leaks=1 $(MAKE) BUILD=build-san \
	  XCFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all' \
	  XLDLIBS='-fsanitize=address,undefined' unit golden badinput shtests

# libFuzzer targets over wt_analyze and over the stemmer, store and search;
# FUZZ_SECONDS bounds each run.
FUZZ_SECONDS ?= 60
fuzz: deps
	$(MAKE) BUILD=build-fuzz CC=clang OPT='-O1 -g' \
	  XCFLAGS='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' build-fuzz/libwarta.a
	clang -std=c11 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Iinclude \
	  fuzz/analyze.c build-fuzz/libwarta.a $(PKG_LIBS) -lm -lpthread \
	  -o build-fuzz/fuzz_analyze
	mkdir -p build-fuzz/corpus
	cp test/corpus/*.txt build-fuzz/corpus/ 2>/dev/null || true
	build-fuzz/fuzz_analyze -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  -timeout=10 -rss_limit_mb=2048 build-fuzz/corpus
	clang -std=c11 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Iinclude \
	  fuzz/search.c build-fuzz/libwarta.a $(PKG_LIBS) -lm -lpthread \
	  -o build-fuzz/fuzz_search
	mkdir -p build-fuzz/corpus-search
	printf 'berikan\nmeniru-nirukan\n"gempa susulan" OR (Jong-un NOT x*)\n' \
	  > build-fuzz/corpus-search/seed
	build-fuzz/fuzz_search -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	  -timeout=10 -rss_limit_mb=2048 build-fuzz/corpus-search
	clang -std=c11 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Iinclude \
	  fuzz/ner.c build-fuzz/libwarta.a $(PKG_LIBS) -lm -lpthread \
	  -o build-fuzz/fuzz_ner
	mkdir -p build-fuzz/corpus-ner
	cp test/data/ner_mini.txt build-fuzz/corpus-ner/
	build-fuzz/fuzz_ner -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	  -timeout=10 -rss_limit_mb=2048 build-fuzz/corpus-ner

# ---- evaluation, benchmarks, demo -------------------------------------------
check-shared:
	@if [ ! -d $(SHARED)/seeds ]; then \
	  echo "$(SHARED) is missing: skipping (it holds the seeds, gold and corpora)"; exit 0; fi

eval: deps build
	@if [ ! -d $(SHARED)/seeds ]; then \
	  echo "make eval: $(SHARED) is missing, nothing to evaluate: skipped"; \
	else sh eval/run.sh $(BUILD)/warta $(SHARED); fi

bench: deps build
	@if [ ! -d $(SHARED)/data ]; then \
	  echo "make bench: $(SHARED)/data is missing, nothing to measure: skipped"; \
	else sh bench/run.sh $(BUILD)/warta $(SHARED); fi

demo: deps build
	sh tools/demo.sh $(BUILD)/warta

clean:
	rm -rf build build-san build-fuzz

# Extra targets owned by one module each (make model, ...).
-include $(wildcard mk/*.mk)
