#!/usr/bin/env bash
# Alignment benchmarks (Release build): the Bible set with and without CC-CEDICT
# (needs ../shared), generated pairs from 5k to 50k source sentences, and the term
# matcher over CC-CEDICT.
# Prints one JSON line a run: align_ms, dict_load_ms, peak_mb, phase times; then the
# reader window at 5k to 50k segments.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
bench=./build/bench/bench_align
bible=../shared/data/bible-zh-en
cedict=../shared/data/cc-cedict/cedict_ts.u8
runs=${RUNS:-9}
# The median of cold runs (a process each): the build machine's speed drifts between runs.
summary() {
  python3 -c 'import json,statistics as s,sys
r=[json.loads(l) for l in sys.stdin if l.startswith("{")]
t=[x["total_ms"] for x in r]
print("%s: median %.1f ms, min %.1f, max %.1f over %d runs (align %.1f + dictionary load %.1f)" % (sys.argv[1], s.median(t), min(t), max(t), len(t), s.median(x["align_ms"] for x in r), s.median(x["dict_load_ms"] for x in r)))' "$1"
}
if [ -f "$bible/zh.txt" ]; then
  for i in $(seq "$runs"); do "$bench" file "$bible/zh.txt" "$bible/en.txt"; done | tee /dev/stderr | summary "Bible"
  "$bench" file "$bible/zh.txt" "$bible/en.txt" --repeat 5
  [ -f "$cedict" ] && for i in $(seq "$runs"); do "$bench" file "$bible/zh.txt" "$bible/en.txt" --dict "$cedict"; done \
    | tee /dev/stderr | summary "Bible with CC-CEDICT"
else
  echo "(../shared/data/bible-zh-en not found: Bible runs skipped)" >&2
fi
for n in 5000 10000 20000 50000; do "$bench" synthetic "$n"; done
# Term matcher: build over CC-CEDICT, then match ~1 MB of text.
if [ -f "$cedict" ] && [ -f "$bible/zh.txt" ]; then
  ./build/bench/bench_matcher "$cedict" "$bible/zh.txt" ../shared/seeds/000_f2ac8bfa5ff1df3e.txt
fi
# Word list: 100,000 words imported and opened, status lookups, a page counted.
./build/bench/bench_words 100000 $( [ -f "$cedict" ] && echo "$cedict" )
# Project file: create and open 100,000 segments, one committed edit.
./build/bench/bench_store 100000
# Exports of 80,000 units with a note each, every format (linear in notes, < 2 s each).
./build/bench/bench_export 80000
# A novel's size as two EPUBs (~200k Chinese, ~600k English characters): import and align.
./build/bench/bench_epub
# Reader window (offscreen): open-to-painted, scroll step, jump, hover, peak memory, 5k to 50k segments.
dictarg=()
[ -f "$cedict" ] && dictarg=(--dict "$cedict")
for n in 5000 10000 20000 50000; do ./build/bench/bench_reader "$n" "${dictarg[@]}"; done
# Typing a correction in a 50k-segment project on disk: per key (committed, both panes
# repainted), at a sustained 30 keys/s, and the pause after.
(cd build && ./bench/bench_typing 50000)
