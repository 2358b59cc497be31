#!/usr/bin/env python3
"""Literary alignment on a MAC-style set (zh/NNN, en/NNN, gold/NNN.align; one sentence a line).

usage: eval_literary.py CLI DATASET [--dict FILE] [--per-doc] [--extra ARG ...]
Aligns every chapter with `CLI align --presplit --format beads`, scores it with the standard
scorer (../shared/tools/score_align.py, strict and lax F1) and prints the bead census: for each
bead type, how many the gold has, how many were predicted and how many of those are right.
"""
import argparse, collections, json, os, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from interleave_layouts import read_beads


def read(path):
    return [(tuple(s), tuple(t)) for s, t in read_beads(path)]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('cli'); ap.add_argument('dataset')
    ap.add_argument('--dict'); ap.add_argument('--per-doc', action='store_true')
    ap.add_argument('--scorer', default=os.path.join(here, '..', '..', 'shared', 'tools', 'score_align.py'))
    ap.add_argument('--extra', action='append', default=[])
    a = ap.parse_args()
    gold_dir = os.path.join(a.dataset, 'gold')
    names = sorted(f[:-6] for f in os.listdir(gold_dir) if f.endswith('.align'))
    out = tempfile.mkdtemp()
    pairs = []; census = collections.defaultdict(lambda: [0, 0, 0]); elapsed = 0.0
    for n in names:
        cmd = [a.cli, 'align', '--presplit', '--format', 'beads'] + a.extra
        if a.dict:
            cmd += ['--dict', a.dict]
        cmd += [os.path.join(a.dataset, 'zh', n), os.path.join(a.dataset, 'en', n)]
        t0 = time.time()
        res = subprocess.run(cmd, capture_output=True, text=True, check=True)
        elapsed += time.time() - t0
        test_path = os.path.join(out, n)
        open(test_path, 'w').write(res.stdout)
        g = os.path.join(gold_dir, n + '.align')
        pairs += [g, test_path]
        gold = read(g); test = read(test_path); gs = set(gold)
        for s, t in gold:
            census[(len(s), len(t))][0] += 1
        for s, t in test:
            census[(len(s), len(t))][1] += 1
            if (s, t) in gs:
                census[(len(s), len(t))][2] += 1
        if a.per_doc:
            r = subprocess.run([sys.executable, a.scorer, g, test_path], capture_output=True, text=True, check=True)
            d = json.loads(r.stdout)
            print(f"{n}: strict {d['f1_strict']:.4f} lax {d['f1_lax']:.4f}")
    r = subprocess.run([sys.executable, a.scorer] + pairs, capture_output=True, text=True, check=True)
    d = json.loads(r.stdout)
    print(f"strict F1 {d['f1_strict']:.4f} (P {d['precision_strict']:.4f} R {d['recall_strict']:.4f})  "
          f"lax F1 {d['f1_lax']:.4f}  chapters {len(names)}  align time {elapsed:.2f} s")
    print('bead   gold  pred  right')
    for k in sorted(census, key=lambda k: (k[0] + k[1], k)):
        g, p, ok = census[k]
        print(f'{k[0]}-{k[1]:<3} {g:5d} {p:5d} {ok:6d}')

main()
