#pragma once

#include "core/ApiKey.h"

#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>

namespace kw {

// Filters the key table by the words typed in the filter box: a row stays when every word
// occurs in one of its fields (name, prefix, id, services, whitelist, status, description…).
// Sorts by the model's raw values (KeyTableModel::SortRole), never by display text.
class KeyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit KeyFilterProxy(QObject* parent = nullptr);

    QString filterText() const { return m_text; }
    bool rotationDueOnly() const { return m_rotationDueOnly; }
    std::optional<KeyStatus> statusFilter() const { return m_status; }

public slots:
    void setFilterText(const QString& text);
    // Only keys whose rotation is due (KeyTableModel::RotationDueRole).
    void setRotationDueOnly(bool only);
    // Only keys shown with this status (KeyTableModel::StatusRole); nullopt: every status.
    void setStatusFilter(std::optional<KeyStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    bool m_rotationDueOnly = false;
    std::optional<KeyStatus> m_status;
};

} // namespace kw
