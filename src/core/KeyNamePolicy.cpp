#include "KeyNamePolicy.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <algorithm>

// A warning, never a block: the user may have reasons, and providers accept any name.

namespace kw {

namespace {

using namespace Qt::StringLiterals;

// Words that say nothing about what a key is for. A name made only of these (and numbers) is
// not descriptive: "key1", "Test API key 2", "my new key".
bool isFillerWord(const QString& word)
{
    static const QSet<QString> fillers = {
        u"key"_s,      u"keys"_s,    u"api"_s,   u"apikey"_s,  u"token"_s,  u"secret"_s,
        u"access"_s,   u"test"_s,    u"tests"_s, u"testing"_s, u"my"_s,     u"new"_s,
        u"the"_s,      u"a"_s,       u"temp"_s,  u"tmp"_s,     u"foo"_s,    u"bar"_s,
        u"baz"_s,      u"foobar"_s,  u"asdf"_s,  u"qwerty"_s,  u"dummy"_s,  u"sample"_s,
        u"untitled"_s, u"default"_s, u"name"_s,  u"mykey"_s,   u"newkey"_s, u"testkey"_s,
        u"x"_s,        u"xx"_s,      u"xxx"_s,   u"abc"_s,     u"blah"_s,   u"stuff"_s,
    };
    return fillers.contains(word);
}

bool isNumber(QStringView word)
{
    for (QChar c : word) {
        if (!c.isDigit())
            return false;
    }
    return !word.isEmpty();
}

// "key1" → "key", "1"; "Test_API-key" → "test", "api", "key".
QStringList wordsOf(const QString& name)
{
    QStringList words;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            words.append(current);
        current.clear();
    };
    for (QChar c : name.toLower()) {
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty() && current.back().isDigit() != c.isDigit())
            flush();
        current.append(c);
    }
    flush();
    return words;
}

const QStringList keyboardRows = {
    u"1234567890"_s, u"qwertyuiop"_s, u"asdfghjkl"_s, u"zxcvbnm"_s, // QWERTY
    u"azertyuiop"_s, u"qwertzuiop"_s, u"yxcvbnm"_s,                 // AZERTY, QWERTZ
};

// The longest run of the word that follows a keyboard row, either way ("asdf", "lkjh").
qsizetype longestKeyboardRun(const QString& word)
{
    qsizetype longest = 0;
    for (const QString& row : keyboardRows) {
        QString reversed = row;
        std::reverse(reversed.begin(), reversed.end());
        for (const QString& line : {row, reversed}) {
            for (qsizetype start = 0; start < word.size(); ++start) {
                qsizetype length = 0;
                qsizetype at = line.indexOf(word.at(start));
                while (at >= 0 && at < line.size() && start + length < word.size() &&
                       line.at(at) == word.at(start + length)) {
                    ++length;
                    ++at;
                }
                longest = std::max(longest, length);
            }
        }
    }
    return longest;
}

// "abab", "jkjkjk", "aaaa", "asdfasdf"
bool isRepeatedPattern(const QString& word)
{
    for (qsizetype unit = 1; unit * 2 <= word.size(); ++unit) {
        if (word.size() % unit != 0)
            continue;
        bool repeats = true;
        for (qsizetype i = unit; i < word.size() && repeats; ++i)
            repeats = word.at(i) == word.at(i - unit);
        if (repeats)
            return true;
    }
    return false;
}

bool hasVowel(const QString& word)
{
    for (QChar c : word) {
        if (QStringView(u"aeiouy").contains(c))
            return true;
    }
    return false;
}

bool isKeyboardMash(const QString& word)
{
    if (word.size() < 4)
        return false;
    if (isRepeatedPattern(word))
        return true;
    // Most of the word is one sweep along a row ("asdfgh", "qwerty123"), not a word that happens
    // to contain one ("property").
    const qsizetype run = longestKeyboardRun(word);
    if (run >= 4 && run * 5 >= word.size() * 3)
        return true;
    // "sdfkjh": Latin letters only and not a vowel in sight (other scripts are left alone).
    bool latinLettersOnly = true;
    for (QChar c : word)
        latinLettersOnly = latinLettersOnly && c >= u'a' && c <= u'z';
    return latinLettersOnly && word.size() >= 5 && !hasVowel(word);
}

bool isNonDescriptive(const QString& name)
{
    const QString simplified = name.simplified();
    const QStringList words = wordsOf(simplified);
    if (words.isEmpty())
        return true; // only punctuation
    if (!simplified.contains(u' ') && simplified.size() <= 3)
        return true;
    bool allFiller = true;
    for (const QString& word : words)
        allFiller = allFiller && (isFillerWord(word) || isNumber(word));
    if (allFiller)
        return true;
    return !simplified.contains(u' ') && isKeyboardMash(words.join(QString()));
}

} // namespace

QString nonDescriptiveNameWarning(const QString& name)
{
    if (name.trimmed().isEmpty() || !isNonDescriptive(name))
        return {};
    return QCoreApplication::translate("kw::KeyNamePolicy",
                                       "“%1” does not say what the key is for. A name like "
                                       "“Production Storage API” helps you find it later.")
        .arg(name.simplified());
}

} // namespace kw
