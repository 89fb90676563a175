#pragma once

#include "console/KeyFilters.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>
#include <vector>

namespace kw {

class KeyTableModel;

// Filters the key table by the words typed in the filter box: a row stays when every word
// occurs in one of its fields (name, prefix, id, services, whitelist, status, description…),
// and by the KeyFilter the window's filter row sets (console/KeyFilters, which keywarden-cli
// keys list applies too); every filter that is set must hold.
// In the fleet view each row is filtered with its own account's capabilities and rotation policy.
// Sorts by the model's raw values (KeyTableModel::SortRole), never by display text.
class KeyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit KeyFilterProxy(QObject* parent = nullptr);

    QString filterText() const { return m_text; }
    bool rotationDueOnly() const { return m_filter.rotationDueOnly; }
    std::optional<KeyStatus> statusFilter() const { return m_filter.status; }
    const KeyFilter& keyFilter() const { return m_filter; }

public slots:
    void setFilterText(const QString& text);
    // Only keys whose rotation is due (KeyTableModel::RotationDueRole).
    void setRotationDueOnly(bool only);
    // Only keys shown with this status (KeyTableModel::StatusRole); nullopt: every status.
    void setStatusFilter(std::optional<KeyStatus> status);
    // The filters of KeyFilters; status and rotation due as the two setters above.
    void setExpiresWithinDays(std::optional<int> days);
    void setUnusedForDays(std::optional<int> days);
    void setInactiveOnly(bool only);
    void setNeverUsedOnly(bool only);
    // Keys with this drift (KeyTableModel::DriftRole); DriftKind::None: any; nullopt: every key.
    void setDriftFilter(std::optional<DriftKind> drift);
    // What the listed account's provider reports (whether it reports last use).
    void setCapabilities(const Capabilities& caps);
    // The same for the rows of one account (the fleet view); setCapabilities' for the others.
    void setAccountCapabilities(const QString& accountId, const Capabilities& caps);
    void removeAccountCapabilities(const QString& accountId);

public:
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // On a KeyTableModel: by its precomputed sort ranks, which order rows as comparing their
    // SortRole values would.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void setFilter(const KeyFilter& filter);
    bool textMatches(int sourceRow) const;
    // Which rows hold every word, for the model generation m_matchGeneration; when the new text
    // only narrows the old one, the rows that failed the old text are not looked at again.
    // How many rows now hold the words and did not, or the reverse; -1: not known.
    qsizetype matchText(bool hadNoWords, bool narrowsBefore);

    QString m_text;
    QStringList m_words;
    QList<QByteArray> m_foldedWords;
    const KeyTableModel* m_model = nullptr; // the source model, when it is a KeyTableModel
    std::vector<bool> m_matched;            // by source row: holds every word
    quint64 m_matchGeneration = 0;
    bool m_matchValid = false;
    KeyFilter m_filter;
    Capabilities m_caps;
    QHash<QString, Capabilities> m_accountCaps;
};

} // namespace kw
