#!/usr/bin/env python3
"""Builds the seed-001 evaluation from ../shared (nothing of it is committed).

Seed 000 is an interleaved page; seed 001 is the same article's Chinese original.
Writes into OUT: zh.txt (the non-blank lines of 001, one paragraph a line), en.txt (the
English paragraphs of 000 as bireader-cli import finds them, one a line) and gold.align:
a Chinese line whose text is the source of an imported pair is linked to that pair's
English line; every other Chinese line is a 1-0 bead (chrome, the extra subtitle, footer).

usage: make_seed_eval.py CLI SHARED OUT
"""
import json, os, subprocess, sys, unicodedata

cli, shared, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
seed000 = os.path.join(shared, 'seeds', '000_f2ac8bfa5ff1df3e.txt')
seed001 = os.path.join(shared, 'seeds', '001_5ac718d42a947581.txt')
pairs = json.loads(subprocess.run([cli, 'import', seed000, '--format', 'json'], check=True,
                                  capture_output=True).stdout)
norm = lambda s: ''.join(unicodedata.normalize('NFKC', s).split())
en = [p['target'] for p in pairs if p['target']]
zh = [l.strip() for l in open(seed001, encoding='utf-8') if l.strip()]
en_of = {}
for k, p in enumerate(p for p in pairs if p['target']):
    if p['source']:
        en_of[norm(p['source'])] = k
# The English title has no Chinese side in 000; its Chinese is 001's first article line.
title_en = next(k for k, p in enumerate(p for p in pairs if p['target']) if not p['source'])
gold, used = [], set()
for i, line in enumerate(zh):
    k = en_of.get(norm(line))
    if k is None and i > 0 and zh[i - 1] and 'DeepSeek' in line and title_en not in used and i < 4:
        k = title_en
    if k is not None and k not in used:
        gold.append(f'[{i}]:[{k}]'); used.add(k)
    else:
        gold.append(f'[{i}]:[]')
for k in range(len(en)):
    if k not in used:
        gold.append(f'[]:[{k}]')
open(os.path.join(out, 'zh.txt'), 'w', encoding='utf-8').write('\n'.join(zh) + '\n')
open(os.path.join(out, 'en.txt'), 'w', encoding='utf-8').write('\n'.join(e.replace('\n', ' ') for e in en) + '\n')
open(os.path.join(out, 'gold.align'), 'w').write('\n'.join(gold) + '\n')
print(json.dumps({'zh_lines': len(zh), 'en_lines': len(en), 'one_to_one': len(used)}))
