#include "synthetic.h"

#include <random>

namespace bireader::bench {
namespace {

struct Vocabulary {
    QStringList source, target;
};

Vocabulary makeVocabulary(std::mt19937 &rng, int size)
{
    Vocabulary v;
    std::uniform_int_distribution<int> han(0x4E00, 0x9FA5), letter('a', 'z'), len1(1, 3), len2(3, 9);
    for (int i = 0; i < size; ++i) {
        QString s, t;
        for (int k = len1(rng); k > 0; --k)
            s += QChar(han(rng));
        for (int k = len2(rng); k > 0; --k)
            t += QChar(letter(rng));
        v.source.append(s);
        v.target.append(t);
    }
    return v;
}

// One sentence pair worth of words: Zipf-like word choice, some words untranslated.
void makeSentence(std::mt19937 &rng, const Vocabulary &v, QString &src, QString &tgt)
{
    std::uniform_int_distribution<int> words(4, 18);
    std::uniform_real_distribution<double> u(0, 1);
    const int n = words(rng);
    for (int k = 0; k < n; ++k) {
        const int w = int(std::pow(u(rng), 2.5) * (v.source.size() - 1));
        src += v.source[w];
        if (u(rng) < 0.75)
            tgt += (tgt.isEmpty() ? QString() : QStringLiteral(" ")) + v.target[w];
        if (u(rng) < 0.3) // function words with no counterpart
            tgt += QStringLiteral(" the");
    }
    src += QChar(0x3002);
    tgt += QLatin1Char('.');
}

} // namespace

SyntheticPair makeSyntheticPair(int sourceSentences, unsigned seed)
{
    std::mt19937 rng(seed);
    const Vocabulary vocab = makeVocabulary(rng, 20000);
    std::discrete_distribution<int> beadType({ 62, 15, 6, 4, 4, 1, 2, 2 }); // 1-1 1-2 2-1 1-3 2-2 1-4 1-0 0-1
    static const int shapes[][2] = { { 1, 1 }, { 1, 2 }, { 2, 1 }, { 1, 3 }, { 2, 2 }, { 1, 4 }, { 1, 0 }, { 0, 1 } };
    SyntheticPair p;
    while (p.source.size() < sourceSentences) {
        const auto [a, b] = shapes[beadType(rng)];
        Bead bead { int(p.source.size()), a, int(p.target.size()), b, 1.0 };
        // Build max(a, b) sentence pairs of content and regroup them into a and b sentences.
        QStringList src, tgt;
        for (int k = 0; k < std::max(a, b); ++k) {
            QString s, t;
            makeSentence(rng, vocab, s, t);
            src.append(s);
            tgt.append(t);
        }
        auto regroup = [](const QStringList &parts, int count, const QString &sep) {
            QStringList out;
            for (int k = 0; k < count; ++k)
                out.append(QString());
            for (int k = 0; k < parts.size() && count > 0; ++k)
                out[k * count / parts.size()] += (out[k * count / parts.size()].isEmpty() ? QString() : sep) + parts[k];
            return out;
        };
        p.source += regroup(src, a, QString());
        p.target += regroup(tgt, b, QStringLiteral(" "));
        p.gold.append(bead);
    }
    return p;
}

} // namespace bireader::bench
