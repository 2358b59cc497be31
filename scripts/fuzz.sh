#!/usr/bin/env bash
# The libFuzzer targets (tests/fuzz), built with clang and -fsanitize=fuzzer,address,undefined
# in build-fuzz/, each run for FUZZ_SECONDS (default 30) from its seed corpus. New inputs go to
# build-fuzz/corpus/<target>/, crashes to build-fuzz/crashes/<target>/ (a crash fails the run;
# keep it as a regression in tests/fuzz/corpus/<target>/). One summary line per target.
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh [TARGET ...]
# With FUZZ_CI=1 (what .ci/run does) each target makes a fixed number of runs (about 30 s
# here) from a fixed seed and a fresh working corpus: CI does the same work on every change
# (libFuzzer's coverage feedback still varies a little), and a crash input is saved under
# build-fuzz/crashes/ to reproduce with ./build-fuzz/tests/fuzz/fuzz_<target> FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
need=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ -DBIREADER_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null
seconds=${FUZZ_SECONDS:-30}
declare -A ciRuns=([encoding]=100000 [interleaved]=3000 [sentences]=300000 [cedict]=1000 [csv]=10000
                   [tbx]=100000 [tmx]=30000 [xliff]=30000 [html]=10000 [epub]=3000 [subtitle]=30000 [project]=5000
                   [glossary]=30000 [wordlist]=3000)
targets=("$@")
((${#targets[@]})) || targets=(encoding interleaved sentences cedict csv tbx tmx xliff html epub subtitle project glossary wordlist)
failed=0
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1
for t in "${targets[@]}"; do
  work=build-fuzz/corpus/$t crashes=build-fuzz/crashes/$t
  mkdir -p "$work" "$crashes"
  log=build-fuzz/fuzz_$t.log
  maxlen=8192 # inputs a parser meets in a page; a project file needs room for its SQLite pages
  [ "$t" = project ] && maxlen=65536
  [ "$t" = wordlist ] && maxlen=65536 # an SQLite word list
  [ "$t" = epub ] && maxlen=65536 # a zip archive
  budget=(-max_total_time="$seconds")
  if [ "${FUZZ_CI:-0}" = 1 ]; then
    work=build-fuzz/ci-corpus/$t log=build-fuzz/ci_$t.log
    rm -rf "$work" && mkdir -p "$work" # the same start every time
    budget=(-seed=1 -runs="${ciRuns[$t]}" -max_total_time=120)
    export QT_HASH_SEED=0 # Qt's hashes iterate in the same order every run
  fi
  if ./build-fuzz/tests/fuzz/fuzz_"$t" "${budget[@]}" -timeout=20 -rss_limit_mb=3000 -max_len=$maxlen \
       -artifact_prefix="$crashes/" -print_final_stats=1 "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED; failed=1
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -oE '(DONE|#[0-9]+) +cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || echo "cov: ?")
  echo "fuzz_$t: $status, $execs executions, $cov, corpus $(ls "$work" | wc -l) new inputs"
  [ "$status" = ok ] || tail -40 "$log"
done
exit $failed
