#!/usr/bin/env bash
# Alignment quality on the development data in ../shared, scored with its standard
# scorer (strict and lax P/R/F1, the vecalign / Bertalign metric).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
cli=./build/app/cli/bireader-cli
shared=../shared
score="python3 $shared/tools/score_align.py"
cedict=$shared/data/cc-cedict/cedict_ts.u8
out=$(mktemp -d)
[ -d "$shared/seeds" ] || { echo "../shared not found: nothing to evaluate" >&2; exit 0; }

echo "== seed 000 import: pairs found (expected 112)"
"$cli" import "$shared/seeds/000_f2ac8bfa5ff1df3e.txt" --format json |
  python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(1 for x in d if x["source"] and x["target"]))'

echo "== seed 001 vs the English paragraphs of 000, --presplit"
python3 scripts/make_seed_eval.py "$cli" "$shared" "$out/seed" >/dev/null
for dict in "" "--dict $cedict"; do
  "$cli" align "$out/seed/zh.txt" "$out/seed/en.txt" --presplit $dict > "$out/seed/test.align"
  echo "${dict:-no dictionary}: $($score "$out/seed/gold.align" "$out/seed/test.align")"
done

echo "== Bible zh-en dev set, verse groups"
b=$shared/data/bible-zh-en
for dict in "" "--dict $cedict"; do
  "$cli" align "$b/zh.txt" "$b/en.txt" --presplit $dict > "$out/bible.align"
  echo "${dict:-no dictionary}: $($score --groups "$b/zh.verse" "$b/en.verse" "$b/gold.align" "$out/bible.align")"
done
rm -rf "$out"
