// The rotation-record reader (src/core/Rotation: RotationStore over QSettings): a settings file
// as found on disk, read with the INI parser the app's settings use. Records come back sorted,
// and one that is saved again reads back the same.
#include "FuzzSupport.h"
#include "core/Rotation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

namespace {

using kw::fuzz::require;

// QSettings keeps parsed files by name and reads one again only when its size or time changed:
// every input is written with a time of its own, so that it is never mistaken for the last one.
// (A new name per input would do too, but each would stay in Qt's cache, and libFuzzer would
// scan for leaks after every input.)
void writeInput(const QString& path, const QByteArray& input)
{
    static qint64 count = 0;
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the scratch file opens");
    file.write(input);
    require(file.setFileTime(QDateTime::fromMSecsSinceEpoch(1'000'000'000'000 + ++count, Qt::UTC),
                             QFileDevice::FileModificationTime),
            "the scratch file takes a time");
}

bool sameRecord(const kw::RotationRecord& a, const kw::RotationRecord& b)
{
    return a.id == b.id && a.accountId == b.accountId && a.oldKeyId == b.oldKeyId &&
           a.oldKeyName == b.oldKeyName && a.oldKeyOwner == b.oldKeyOwner &&
           a.newKeyId == b.newKeyId && a.newKeyName == b.newKeyName && a.started == b.started &&
           a.revokeAfter == b.revokeAfter && a.state == b.state && a.note == b.note;
}

void checkRoundTrip(const QTemporaryDir& dir, const kw::RotationRecord& record)
{
    const QString path = dir.filePath(QStringLiteral("saved.ini"));
    QFile::remove(path);
    QSettings settings(path, QSettings::IniFormat);
    kw::RotationStore store(settings);
    store.save(record);
    const QList<kw::RotationRecord> back = store.all();
    require(back.size() == 1 && sameRecord(back.first(), record),
            "a saved record reads back the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // In memory where there is a tmpfs: saving syncs the file to disk, 30 ms on a real one.
    static const QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                       ? QStringLiteral("/dev/shm/keywarden-fuzz-XXXXXX")
                                       : QDir::tempPath() +
                                             QStringLiteral("/keywarden-fuzz-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("input.ini"));
    writeInput(path, kw::fuzz::bytes(data, size));
    QList<kw::RotationRecord> records;
    {
        QSettings settings(path, QSettings::IniFormat);
        kw::RotationStore store(settings);
        records = store.all();
        const QList<kw::RotationRecord> open = store.open();
        const QList<kw::RotationRecord> due = store.due(kw::fuzz::fixedNow());
        require(open.size() <= records.size() && due.size() <= open.size(),
                "due records are open, open ones are records");
        for (qsizetype i = 1; i < records.size(); ++i)
            require(!(records.at(i).started < records.at(i - 1).started),
                    "records in the order they started");
        (void)store.graceDays();
    }
    if (!records.isEmpty() && !records.first().id.isEmpty())
        checkRoundTrip(dir, records.first());
    return 0;
}
