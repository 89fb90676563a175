// The audit-log reader (src/core/AuditLogReader): a whole log file as found on disk (torn
// writes, hand edits), then narrowed by filters built from its own text.
#include "FuzzSupport.h"
#include "core/AuditLogReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using kw::fuzz::require;
    const QByteArray log = kw::fuzz::bytes(data, size);
    const QList<kw::AuditRecord> records = kw::AuditLogReader::parse(log);
    require(records.size() <= log.count('\n') + 1, "at most one record a line");
    int previous = 0;
    for (const kw::AuditRecord& record : records) {
        require(record.line > previous, "records in line order");
        previous = record.line;
        require(!record.corrupt || !record.raw.isEmpty(), "a corrupt record keeps its text");
        require(record.corrupt || record.time.isValid(), "a read record has its time");
        require(record.corrupt || record.time.timeSpec() == Qt::UTC, "times are UTC");
    }

    // An empty filter hides nothing; one on a record's own fields finds it.
    require(kw::AuditLogReader::filtered(records, {}).size() == records.size(),
            "an empty filter hides nothing");
    if (!records.isEmpty() && !records.first().corrupt) {
        const kw::AuditRecord& first = records.first();
        kw::AuditFilter filter;
        filter.account = first.account;
        filter.action = first.action;
        filter.from = first.time;
        filter.text = first.action.left(3);
        require(filter.matches(first), "a record matches a filter on its own fields");
    }
    kw::AuditFilter byText;
    byText.text = QString::fromUtf8(log.left(4));
    (void)kw::AuditLogReader::filtered(records, byText);
    return 0;
}
