# pingyou — build, demo, test, bench.
# A fresh clone needs only Go; `make test` runs every test (poppler-utils,
# qpdf and LibreOffice make more of them run: .ci/run installs them).

GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
SAMPLES := samples/花名册.xlsx samples/测评表.xlsx

.PHONY: all build demo test fuzz bench samples clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o bin/pingyou ./cmd/pingyou

# The main job on the sample organisation: results land in out/.
demo: build
	./bin/pingyou run --force --config samples/pingyou.yaml -o out $(SAMPLES)
	@echo
	@echo "结果在 out/ 目录中；校验：./bin/pingyou verify out"
	./bin/pingyou verify out

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	cd third_party/gopdf && $(GO) test -count=1 -run '^TestPingyou' .
	$(MAKE) fuzz

# Short, bounded fuzzing of the value normalisers, workbook reading and line
# breaking; crashers found are kept in testdata/fuzz as regression seeds.
FUZZTIME ?= 10s
fuzz:
	@for t in $$($(GO) test -list '^Fuzz' ./pipeline/... 2>/dev/null | grep -E '^(Fuzz|ok)' | awk '/^Fuzz/{f=f" "$$1} /^ok/{if(f!="")print $$2":"f; f=""}'); do \
		pkg=$${t%%:*}; for f in $${t#*:}; do \
			echo "fuzz $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

samples:
	$(GO) run ./samples/gen -members 800 -seed 2012 -o samples

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./pipeline/...

clean:
	rm -rf bin out
