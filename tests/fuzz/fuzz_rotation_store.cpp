// The rotation-record reader (src/core/Rotation: RotationStore over QSettings): a settings file
// as found on disk, read with the INI parser the app's settings use. Records come back sorted,
// and one that is saved again reads back the same.
#include "FuzzSupport.h"
#include "core/Rotation.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

namespace {

using kw::fuzz::require;

// A file name of its own for every input: QSettings caches parsed files by name, and two inputs
// of the same size written within the same millisecond would read as the first.
QString nextPath(const QTemporaryDir& dir)
{
    static quint64 count = 0;
    return dir.filePath(QString::number(++count) + QStringLiteral(".ini"));
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
    const QString path = nextPath(dir);
    {
        QSettings settings(path, QSettings::IniFormat);
        kw::RotationStore store(settings);
        store.save(record);
        const QList<kw::RotationRecord> back = store.all();
        require(back.size() == 1 && sameRecord(back.first(), record),
                "a saved record reads back the same");
    }
    QFile::remove(path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QTemporaryDir dir;
    const QString path = nextPath(dir);
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly), "the scratch file opens");
        file.write(kw::fuzz::bytes(data, size));
    }
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
    QFile::remove(path);
    if (!records.isEmpty() && !records.first().id.isEmpty())
        checkRoundTrip(dir, records.first());
    return 0;
}
