#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

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

public slots:
    void setFilterText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace kw
