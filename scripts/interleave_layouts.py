#!/usr/bin/env python3
"""Interleaved bilingual pages in randomized layouts, made from any aligned set.

An interleaved page is what a browser translator saves: each paragraph followed (or
preceded) by its translation. This tool turns an aligned sentence set into such pages in
the layout families a reader meets, with the gold pairs, so that the interleaved importer
can be measured on text it was never tuned on:

  make  SET OUT [--pages N] [--seed S] [--families F,...]   write pages and gold
  score CLI OUT [--dict FILE]                                import each page, report

SET is either a folder with zh.txt / en.txt and gold.align ("[zh indices]:[en indices]"
a bead a line; the Bible dev set), or a MAC-style folder (zh/NNN, en/NNN, gold/NNN.align).
Sentences of consecutive beads are joined into paragraph pairs (Chinese without spaces,
English with one). Each page gets chrome lines on top and a footer in the family's
scripts, and the families vary what a real page varies:

  zh-first / en-first      which side comes first in a pair
  *-blank / *-tight        a blank line between pairs, or none at all
  blocks                   every paragraph its own blank-line block
  same-line                short pairs on one line, two spaces or a tab apart
  other-chrome             chrome in the other script than the first paragraph's
  kept-sentence            a translation that keeps a source sentence at its start
  untranslated             a few source paragraphs without a translation
  mixed                    orientation changes partway through the page
  inline-chrome            lines of chrome inside the article (a caption, "Read more", an ad's label)

`score` imports every page with `CLI import PAGE --format json`, compares the pairs with
the gold (as unordered pairs: which side is the source is a separate question) and prints,
per family: gold pairs found, false pairs (a pair the gold does not have), chrome or
footer lines paired, and the pages whose source language is the one that comes first in
most of their pairs.
"""
import argparse, json, os, random, subprocess, sys
from collections import Counter, defaultdict

FAMILIES = ['zh-first-blank', 'zh-first-tight', 'en-first-blank', 'en-first-tight', 'blocks', 'same-line',
            'other-chrome', 'kept-sentence', 'untranslated', 'mixed', 'inline-chrome']

CHROME = {
    'zh': ['跳至主要内容', '首页 | 新闻 | 科技 | 财经 | 关于我们', '登录', '当前位置：首页 > 文章', '搜索本站'],
    'en': ['Skip to content', 'Home | News | Tech | Business | About', 'Sign in', 'Menu', 'Search this site'],
}
FOOTER = {
    'zh': ['评论', '此博客中的热门博文', '分享到微博', '版权所有 © 2024 保留所有权利', '上一篇 下一篇', '相关文章'],
    'en': ['Comments', 'Popular posts from this blog', 'Share this post', 'Copyright © 2024. All rights reserved.',
           'Previous post Next post', 'Related articles', 'Leave a reply'],
}

# Chrome inside an article, between its paragraphs.
INLINE = {
    'zh': ['广告', '点击查看大图', '图片来源：网络', '（未完待续）', '相关阅读：城市夜晚的另一种声音', '编辑：王明', '扫码关注我们'],
    'en': ['Advertisement', 'Photo: Reuters', 'Continue reading below', 'Read more: Seven Fragments About Rivers and Memory',
           'Subscribe to our newsletter', 'Click to enlarge', 'Sponsored'],
}

# A headline between the chrome and the article (pages without one are made too).
HEADLINES = {
    'zh': ['北方小镇的冬天比往年来得更早', '一位老教师和他的三十年', '城市夜晚的另一种声音', '关于河流与记忆的七个片段'],
    'en': ['The Winter That Came Early to the Northern Towns', 'A Teacher and His Thirty Years',
           'Another Sound of the City at Night', 'Seven Fragments About Rivers and Memory'],
}


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines


def read_beads(path):
    beads = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line:
            continue
        parts = line.split(']')
        to = lambda s: [int(x) for x in s.split('[', 1)[1].split(',') if x.strip()]
        beads.append((to(parts[0]), to(parts[1])))
    return beads


def load_sets(path):
    """Yields (zh sentences, en sentences, beads) for each document of the set."""
    if os.path.isdir(os.path.join(path, 'gold')):
        for name in sorted(os.listdir(os.path.join(path, 'gold'))):
            if name.endswith('.align'):
                doc = name[:-6]
                yield (read_lines(os.path.join(path, 'zh', doc)), read_lines(os.path.join(path, 'en', doc)),
                       read_beads(os.path.join(path, 'gold', name)))
    else:
        yield (read_lines(os.path.join(path, 'zh.txt')), read_lines(os.path.join(path, 'en.txt')),
               read_beads(os.path.join(path, 'gold.align')))


def paragraph_pairs(zh, en, beads, rng):
    """Consecutive non-null beads joined into paragraph pairs of one to four beads."""
    pairs, k = [], 0
    beads = [b for b in beads if b[0] and b[1]]
    while k < len(beads):
        n = rng.choice([1, 1, 2, 2, 3, 4])
        group = beads[k:k + n]
        k += n
        z = ''.join(zh[i].strip() for b in group for i in b[0])
        e = ' '.join(en[j].strip() for b in group for j in b[1])
        if z and e:
            pairs.append((z, e))
    return pairs


def first_sentence(zh_paragraph, en_paragraph):
    """The paragraph's first sentence, when it is a short part of it: what a machine
    translator leaves untranslated at the start of a longer translation."""
    ends = [at for at in (zh_paragraph.find(mark) for mark in '。！？') if at > 0]
    if not ends:
        return None
    sentence = zh_paragraph[:min(ends) + 1]
    if len(sentence) * 3 > len(zh_paragraph) or len(sentence) * 8 > len(en_paragraph):
        return None
    return sentence


def make_page(family, pairs, rng):
    """Lines of one page and its gold: pairs as (zh, en), chrome/footer lines, unpaired."""
    order = 'en' if family.startswith('en-first') else 'zh'
    if family == 'inline-chrome':
        order = rng.choice(['zh', 'en'])
    blank = not family.endswith('-tight')
    first_script = order
    chrome_script = ('en' if first_script == 'zh' else 'zh') if family == 'other-chrome' else rng.choice(['zh', 'en'])
    footer_script = rng.choice(['zh', 'en'])
    lines, gold, extra, unpaired = [], [], [], []
    firsts = {'zh': 0, 'en': 0}  # which language comes first in the page's pairs
    chrome = rng.sample(CHROME[chrome_script], rng.randint(1, 2))
    for c in chrome:
        lines.append(c)
        if blank or family == 'blocks':
            lines.append('')
        extra.append(c)
    headline = None
    if rng.random() < 0.7:
        headline = rng.choice(HEADLINES[rng.choice(['zh', 'en'])])
        lines.append(headline)
        if blank or family == 'blocks':
            lines.append('')
    if family == 'mixed':
        switch = rng.randint(len(pairs) // 3, 2 * len(pairs) // 3)
    inline = {}
    if family == 'inline-chrome' and len(pairs) > 2:
        for k in rng.sample(range(1, len(pairs)), min(len(pairs) - 1, rng.randint(1, 3))):
            inline[k] = rng.choice(INLINE[rng.choice(['zh', 'en'])])
    untranslated = set()
    if family == 'untranslated':
        untranslated = set(rng.sample(range(len(pairs)), max(1, len(pairs) // 10)))
    for k, (z, e) in enumerate(pairs):
        side_first = order
        if family == 'mixed' and k >= switch:
            side_first = 'en' if order == 'zh' else 'zh'
        if k in inline:
            lines += [inline[k], '']
            extra.append(inline[k])
        if k in untranslated:
            lines.append(z)
            unpaired.append(z)
            lines.append('')
            continue
        if family == 'kept-sentence' and k % 4 == 1:
            kept = first_sentence(z, e)
            if kept:
                e = kept + ' ' + e
        if family == 'same-line' and len(z) < 40 and len(e) < 120 and rng.random() < 0.7:
            sep = rng.choice(['  ', '\t', '   '])
            lines.append(z + sep + e)
            gold.append((z, e))
            firsts['zh'] += 1
            if rng.random() < 0.5:
                lines.append('')
            continue
        a, b = (z, e) if side_first == 'zh' else (e, z)
        firsts[side_first] += 1
        if family == 'blocks':
            lines += [a, '', b, '']
        else:
            lines += [a, b] + ([''] if blank else [])
        gold.append((z, e))
    for f in rng.sample(FOOTER[footer_script], rng.randint(1, 3)):
        lines.append(f)
        if blank or family == 'blocks':
            lines.append('')
        extra.append(f)
    first = 'en' if firsts['en'] > firsts['zh'] else 'zh'
    return lines, gold, extra, unpaired, first, headline


def cmd_make(args):
    rng = random.Random(args.seed)
    families = args.families.split(',') if args.families else FAMILIES
    documents = [paragraph_pairs(z, e, b, rng) for z, e, b in load_sets(args.set)]
    all_pairs = [p for d in documents for p in d]
    os.makedirs(args.out, exist_ok=True)
    index = []
    for family in families:
        for page in range(args.pages):
            # A page: a run of 8 to 30 consecutive paragraph pairs from one document.
            n = rng.randint(8, 30)
            start = rng.randrange(0, max(1, len(all_pairs) - n))
            lines, gold, extra, unpaired, first, headline = make_page(family, all_pairs[start:start + n], rng)
            name = f'{family}-{page:02d}.txt'
            with open(os.path.join(args.out, name), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines) + '\n')
            index.append({'file': name, 'family': family, 'pairs': gold, 'chrome': extra, 'unpaired': unpaired,
                          'first': first, 'headline': headline})
    with open(os.path.join(args.out, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump(index, f, ensure_ascii=False, indent=0)
    print(f'{len(index)} pages in {args.out}')


def norm(s):
    return ' '.join((s or '').split())


def cmd_score(args):
    index = json.load(open(os.path.join(args.out, 'gold.json'), encoding='utf-8'))
    stats = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # gold pairs, found, false, chrome paired, pages, oriented
    edges = defaultdict(lambda: [0, 0, 0])  # chrome lines, chrome set aside, article paragraphs set aside
    for page in index:
        cmd = [args.cli, 'import', os.path.join(args.out, page['file']), '--format', 'json']
        if args.dict:
            cmd += ['--dict', args.dict]
        res = subprocess.run(cmd, capture_output=True, text=True)
        s = stats[page['family']]
        s[4] += 1
        gold = Counter(frozenset((norm(z), norm(e))) for z, e in page['pairs'])
        s[0] += sum(gold.values())
        if res.returncode != 0:
            print(f"{page['file']}: exit {res.returncode}: {res.stderr.strip()}", file=sys.stderr)
            continue
        chrome = {norm(c) for c in page['chrome']}
        imported = json.loads(res.stdout)
        paired = [x for x in imported if x['source'] and x['target']]
        if paired:
            han = lambda t: sum('\u4e00' <= ch <= '\u9fff' for ch in t) * 3 > len(t)
            source = 'zh' if han(paired[0]['source']) else 'en'
            s[5] += source == page.get('first', source)
        e = edges[page['family']]
        e[0] += len(page['chrome'])
        for x in imported:
            if x.get('excluded'):
                text = norm(x['source'] or x['target'])
                if text in chrome:
                    e[1] += 1
                else:
                    e[2] += 1
                    if args.verbose:
                        print(f"{page['file']}: set aside {text[:60]!r}")
        for x in imported:
            if x['source'] and x['target']:
                pair = frozenset((norm(x['source']), norm(x['target'])))
                if gold[pair] > 0:
                    gold[pair] -= 1
                    s[1] += 1
                else:
                    s[2] += 1
                    if args.verbose:
                        print(f"{page['file']}: false pair {norm(x['source'])[:40]!r} | {norm(x['target'])[:60]!r}")
                if pair & chrome:
                    s[3] += 1
        if args.verbose:
            for pair, left in gold.items():
                for _ in range(left):
                    z, e = sorted(pair, key=lambda x: not any('\u4e00' <= ch <= '\u9fff' for ch in x))
                    print(f"{page['file']}: missed {z[:40]!r} | {e[:60]!r}")
    total = [0, 0, 0, 0, 0, 0]
    aside = [sum(e[k] for e in edges.values()) for k in range(3)]
    print(f"page edges: {aside[1]}/{aside[0]} chrome and footer lines set aside, "
          f"{aside[2]} article paragraphs set aside")
    print(f"{'family':16} {'pages':>5} {'pairs':>6} {'right':>6} {'share':>7} {'false':>6} {'chrome':>6} {'source':>6}")
    for family in sorted(stats, key=lambda f: FAMILIES.index(f) if f in FAMILIES else 99):
        g, ok, bad, ch, pages, oriented = stats[family]
        total = [t + v for t, v in zip(total, stats[family])]
        print(f'{family:16} {pages:5d} {g:6d} {ok:6d} {ok / max(1, g):7.2%} {bad:6d} {ch:6d} {oriented:3d}/{pages:<3d}')
    g, ok, bad, ch, pages, oriented = total
    print(f"{'all':16} {pages:5d} {g:6d} {ok:6d} {ok / max(1, g):7.2%} {bad:6d} {ch:6d} {oriented:3d}/{pages:<3d}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    m = sub.add_parser('make')
    m.add_argument('set'); m.add_argument('out')
    m.add_argument('--pages', type=int, default=10); m.add_argument('--seed', type=int, default=1)
    m.add_argument('--families')
    s = sub.add_parser('score')
    s.add_argument('cli'); s.add_argument('out'); s.add_argument('--dict'); s.add_argument('--verbose', action='store_true')
    a = ap.parse_args()
    cmd_make(a) if a.cmd == 'make' else cmd_score(a)


if __name__ == "__main__":
    main()
