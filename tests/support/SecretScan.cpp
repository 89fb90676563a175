#include "SecretScan.h"

#include <QByteArrayMatcher>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <vector>

namespace kw::testsupport {
namespace {

QByteArray utf16Bytes(const QString& text, bool bigEndian)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

std::vector<QByteArrayMatcher> matchersFor(const QList<QByteArray>& needles)
{
    std::vector<QByteArrayMatcher> matchers;
    for (const QByteArray& needle : needles) {
        if (needle.isEmpty())
            continue;
        matchers.emplace_back(needle);
        const QString text = QString::fromUtf8(needle);
        if (text.toUtf8() != needle)
            continue; // not text: it would not be stored as UTF-16
        for (const bool bigEndian : {false, true}) {
            const QByteArray wide = utf16Bytes(text, bigEndian);
            if (wide != needle)
                matchers.emplace_back(wide);
        }
    }
    return matchers;
}

enum class FileVerdict
{
    Clean,
    Contains,
    Unreadable
};

// Reads in blocks that overlap by the longest pattern, so a needle across a block edge is found
// and a large file is never held whole.
FileVerdict scanFile(const QString& path, const std::vector<QByteArrayMatcher>& matchers,
                     qsizetype longest)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileVerdict::Unreadable;
    constexpr qsizetype blockSize = 1 << 20;
    QByteArray window;
    while (true) {
        const QByteArray block = file.read(blockSize);
        if (block.isEmpty())
            return file.error() == QFileDevice::NoError ? FileVerdict::Clean
                                                        : FileVerdict::Unreadable;
        window.append(block);
        for (const QByteArrayMatcher& matcher : matchers) {
            if (matcher.indexIn(window) >= 0)
                return FileVerdict::Contains;
        }
        if (window.size() > longest)
            window = window.right(longest - 1);
    }
}

qsizetype longestOf(const std::vector<QByteArrayMatcher>& matchers)
{
    qsizetype longest = 1;
    for (const QByteArrayMatcher& matcher : matchers)
        longest = std::max(longest, matcher.pattern().size());
    return longest;
}

void record(SecretScanResult* result, const QString& path, FileVerdict verdict)
{
    if (verdict == FileVerdict::Contains)
        result->matches.append(path);
    else if (verdict == FileVerdict::Unreadable)
        result->unreadable.append(path);
}

} // namespace

SecretScanResult scanFilesForSecrets(const QStringList& files, const QList<QByteArray>& needles)
{
    SecretScanResult result;
    const std::vector<QByteArrayMatcher> matchers = matchersFor(needles);
    if (matchers.empty())
        return result;
    for (const QString& path : files) {
        const QFileInfo info(path);
        if (info.isFile() && !info.isSymLink())
            record(&result, path, scanFile(path, matchers, longestOf(matchers)));
    }
    result.matches.sort();
    result.unreadable.sort();
    return result;
}

SecretScanResult scanForSecrets(const QString& root, const QList<QByteArray>& needles)
{
    SecretScanResult result;
    const std::vector<QByteArrayMatcher> matchers = matchersFor(needles);
    if (matchers.empty())
        return result;
    const qsizetype longest = longestOf(matchers);

    // QDir::NoSymLinks leaves links out of the listing; without FollowSymlinks the iterator
    // does not descend through them either.
    QDirIterator it(root,
                    QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoSymLinks |
                        QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !info.isFile())
            continue;
        record(&result, path, scanFile(path, matchers, longest));
    }
    result.matches.sort();
    result.unreadable.sort();
    return result;
}

QStringList filesContaining(const QString& root, const QList<QByteArray>& needles)
{
    const SecretScanResult result = scanForSecrets(root, needles);
    return result.matches + result.unreadable;
}

} // namespace kw::testsupport
