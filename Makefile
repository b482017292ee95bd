# pingyou — build, demo, test, bench.
# A fresh clone needs only Go; `make test` runs every test (poppler-utils,
# qpdf and LibreOffice make more of them run: .ci/run installs them).

GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
SAMPLES := samples/花名册.xlsx samples/测评表.xlsx

.PHONY: all build demo test cross fuzz bench samples dist clean gopdf-check gopdf-patches

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o bin/pingyou ./cmd/pingyou

# The main job on the sample organisation: results land in out/.
demo: build
	./bin/pingyou run --force --config samples/pingyou.yaml -o out $(SAMPLES)
	@echo
	@echo "结果在 out/ 目录中；校验：./bin/pingyou verify out"
	./bin/pingyou verify out

# What a developer runs often (a few minutes on 2 cores). Bounded fuzzing is
# longer and runs as its own CI step: `make fuzz`. The vendored gopdf is its
# own module: checked against upstream + its patch series, then tested whole
# (upstream's tests and the TestPingyou ones).
test: gopdf-check
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	cd third_party/gopdf && $(GO) vet ./... && $(GO) test -count=1 ./...

# third_party/gopdf is upstream gopdf + third_party/gopdf-patches/*.patch;
# see third_party/gopdf-patches/PATCHES.md.
gopdf-check:
	GO=$(GO) bash third_party/gopdf-patches/series.sh check

# Rebuilds third_party/gopdf from upstream and the series (after editing a patch).
gopdf-patches:
	GO=$(GO) bash third_party/gopdf-patches/series.sh apply

# linux/arm64 and linux/loong64 (信创 machines, issue 22): cross-builds pingyou and the
# archive tests, runs them and the sample batch under qemu-user (arm64 on qemu's max CPU,
# which has the SM3 instructions, and on cortex-a72, which has not) and compares every
# output byte with the host's run. About a minute with a warm build cache, several the
# first time (two cross builds); CI runs it as its own step. Needs qemu-user-static.
cross:
	PINGYOU_CROSS=1 $(GO) test -count=1 -timeout 30m -v -run '^TestCrossArchitecture$$' ./pipeline

# Bounded fuzzing (CI runs it after `make test`) of the value normalisers,
# workbook reading (.xlsx, and .xls with its compound-file container), name
# ordering and line breaking; crashers found land in testdata/fuzz and stay
# as regression seeds. Bounded by iteration count, not time: a time limit
# makes `go test -fuzz` fail with "context deadline exceeded" when a worker
# is busy at the deadline on a loaded machine. FuzzRead is slow per input
# (it writes and opens a workbook), so it gets fewer iterations.
FUZZ := pipeline/sheet:FuzzNumber:20000x pipeline/sheet:FuzzPercent:20000x pipeline/sheet:FuzzDate:20000x \
	pipeline/sheet:FuzzIDNumber:20000x pipeline/sheet:FuzzName:20000x pipeline/sheet:FuzzRead:1000x \
	pipeline/sheet/internal/xmlscan:FuzzFast:20000x pipeline/sheet:FuzzXLS:20000x pipeline/sheet/internal/cfb:FuzzOpen:20000x \
	pipeline/collate:FuzzCompare:200000x pipeline/layout:FuzzLines:20000x
fuzz:
	@set -e; for t in $(FUZZ); do \
		pkg=$${t%%:*}; rest=$${t#*:}; name=$${rest%%:*}; n=$${rest#*:}; \
		echo "fuzz $$pkg $$name $$n"; \
		$(GO) test ./$$pkg -run '^$$' -fuzz "^$$name$$" -fuzztime $$n -fuzzminimizetime 100x; \
	done

samples:
	$(GO) run ./samples/gen -members 800 -seed 2012 -o samples

# End-to-end runs on generated organisations (10k and 100k members) under
# GNU time, then the Go benchmarks; tables are printed and appended to
# bench/RESULTS.md; then departments (issue 19: 100k members in 20 units,
# 1,000,000 in 200). BENCH_SIZES="10000" BENCH_DEPTS="" for a quick run;
# see bench/run.sh.
BENCH_SIZES ?= 10000 100000
BENCH_DEPTS ?= 20:100000 200:1000000
bench: build
	GO=$(GO) BENCH_SIZES="$(BENCH_SIZES)" BENCH_DEPTS="$(BENCH_DEPTS)" bash bench/run.sh

# Zips an office can unpack and run without installing anything, made by
# cmd/mkdist: the program (templates and the web page are built in), fonts/
# with their licences, README and LICENSE, 使用说明.txt and 使用说明.pdf for
# the system (docs/使用说明-*.txt, the PDF typeset by bin/pingyou), 空白模板/
# (pingyou init's workbooks) and 示例数据/ (samples/); the Windows zip also has
# pingyou-web.bat, which starts `pingyou serve --open` on a double-click (data
# in pingyou-data/ beside it). Linux: amd64, and arm64 and loong64 for
# 飞腾/鲲鹏 and 龙芯 machines.
DIST_TARGETS := windows/amd64 linux/amd64 linux/arm64 linux/loong64 darwin/amd64 darwin/arm64
dist: build
	$(GO) run ./cmd/mkdist -host bin/pingyou -version $(VERSION) -ldflags '$(LDFLAGS)' -o dist $(DIST_TARGETS)
	@ls -l dist

clean:
	rm -rf bin out dist
