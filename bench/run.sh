#!/usr/bin/env bash
# bench/run.sh — the end-to-end benchmark behind `make bench` (issue 10).
#
# For each size (default 10k and 100k members) it generates a synthetic
# organisation with the samples generator (cached in bench/tmp/<label>, made
# again when the generator changes), runs `bin/pingyou run` under GNU time,
# and reports wall time, CPU, peak RSS, certificates per second, average
# certificate size, notice pages per second and xlsx time; then the Go
# benchmarks (layout engine, one certificate, one notice page, reading 100k
# rows). Everything is printed as markdown tables and appended, with the
# machine and date, to bench/RESULTS.md.
#
# Environment:
#   BENCH_SIZES   members per run, space separated (default "10000 100000")
#   BENCH_SEED    generator seed (default 2012)
#   BENCHTIME     go test -benchtime (default 2s)
#   BENCH_GO=0    skip the Go benchmarks
#   BENCH_NOTE    a line written into the RESULTS.md section (e.g. what changed)
#   BENCH_RESULTS file to append to (default bench/RESULTS.md; "-" for none)
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
SIZES=${BENCH_SIZES:-"10000 100000"}
SEED=${BENCH_SEED:-2012}
BENCHTIME=${BENCHTIME:-2s}
RESULTS=${BENCH_RESULTS:-bench/RESULTS.md}
TMP=bench/tmp
mkdir -p "$TMP"

if [ ! -x /usr/bin/time ]; then
	echo "bench: /usr/bin/time (GNU time) is missing; installing the Debian package 'time' …" >&2
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
	else
		echo "bench: please install GNU time (apt-get install time)" >&2
		exit 2
	fi
fi
[ -x bin/pingyou ] || $GO build -trimpath -o bin/pingyou ./cmd/pingyou

label() { # 10000 → 10k
	local n=$1
	if [ $((n % 1000)) -eq 0 ]; then echo "$((n / 1000))k"; else echo "$n"; fi
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

genhash=$(cat samples/gen/*.go | sha256sum | cut -c1-16)
runargs=()
loads=()
for n in $SIZES; do
	l=$(label "$n")
	data=$TMP/$l
	stamp="members=$n seed=$SEED gen=$genhash"
	if [ "$(cat "$data/.stamp" 2>/dev/null)" != "$stamp" ]; then
		echo "bench: generating $l members into $data …" >&2
		rm -rf "$data"
		$GO run ./samples/gen -members "$n" -seed "$SEED" -o "$data" >"$TMP/gen-$l.txt"
		echo "$stamp" >"$data/.stamp"
	fi
	out=$TMP/out-$l
	# Each run writes a fresh folder, as a first run of the year does: removing
	# the previous one (15k files at 100k) is not part of the measurement.
	rm -rf "$out"
	echo "bench: pingyou run on $l members (load before: $(loadavg)) …" >&2
	before=$(loadavg)
	# stderr gets a timestamp (seconds since start) before each line; GNU
	# time writes its report to its own file.
	set +e
	# --sample: the sample unit and scheme (the generated workbooks have no
	# 单位信息 sheet, and a run needs to know whose name the documents carry).
	/usr/bin/time -v -o "$TMP/time-$l.txt" env PINGYOU_TIMINGS=1 bin/pingyou run --force --sample -o "$out" \
		"$data/花名册.xlsx" "$data/测评表.xlsx" 2>&1 >/dev/null |
		perl -MTime::HiRes=time -ne 'BEGIN { $| = 1; $t0 = time } printf "%.3f\t%s", time - $t0, $_' >"$TMP/log-$l.txt"
	rc=${PIPESTATUS[0]}
	set -e
	if [ "$rc" != 0 ]; then
		echo "bench: pingyou run failed on $l (exit $rc); see $TMP/log-$l.txt" >&2
		tail -20 "$TMP/log-$l.txt" >&2
		exit 1
	fi
	loads+=("$l: $before → $(loadavg)")
	runargs+=("$l:$n:$out:$TMP/time-$l.txt:$TMP/log-$l.txt")
done

table=$($GO run ./bench/report runs "${runargs[@]}")

gotable=""
if [ "${BENCH_GO:-1}" != 0 ]; then
	echo "bench: Go benchmarks (-benchtime $BENCHTIME) …" >&2
	# BenchmarkRead100k reuses bench/tmp/100k when it is there; Evaluate100k
	# and WriteReal100k (the summary workbook) need it.
	PINGYOU_BENCH_100K=$PWD/$TMP/100k $GO test -run '^$' -benchmem -benchtime "$BENCHTIME" \
		-bench '^(BenchmarkLinesGongwen|BenchmarkCertificate|BenchmarkCertificateOFD|BenchmarkCertificateParallel|BenchmarkCertificateStage|BenchmarkNoticePage|BenchmarkCertificateBook|BenchmarkRead100k|BenchmarkEvaluate100k|BenchmarkWriteReal100k|BenchmarkManifestHash)$' \
		./pipeline/ ./pipeline/layout/ ./pipeline/sheet/ ./pipeline/rules/ ./pipeline/render/xlsx/ ./pipeline/archive/ | tee "$TMP/gobench.txt" >&2
	gotable=$($GO run ./bench/report gobench <"$TMP/gobench.txt")
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
rev=$(git describe --tags --always --dirty 2>/dev/null || echo unknown)
section=$(
	echo "## $(date -u '+%Y-%m-%d %H:%M UTC') — $rev"
	echo
	echo "Machine: $(nproc) CPUs ($cpu), $mem RAM, $(uname -sr), $($GO version | cut -d' ' -f3)."
	echo "Load average (1/5/15 min) before → after each run: ${loads[*]}."
	[ -n "${BENCH_NOTE:-}" ] && echo && echo "$BENCH_NOTE"
	echo
	echo "$table"
	if [ -n "$gotable" ]; then
		echo
		echo "Go benchmarks (-benchtime $BENCHTIME):"
		echo
		echo "$gotable"
	fi
	echo
)
echo
echo "$section"
if [ "$RESULTS" != "-" ]; then
	if [ ! -f "$RESULTS" ]; then
		printf '# Benchmark results\n\nAppended by `make bench` (bench/run.sh), newest last. See bench/README.md.\n\n' >"$RESULTS"
	fi
	printf '%s\n\n' "$section" >>"$RESULTS"
	echo "bench: appended to $RESULTS" >&2
fi
