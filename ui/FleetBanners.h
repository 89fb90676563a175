#pragma once

#include <QList>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QVBoxLayout;
QT_END_NAMESPACE

namespace kw {

// Above the "All accounts" table: one line per account whose keys could not be listed
// ("Scaleway prod: token refused — Fix…"). Fix… asks for that account's own view, where its
// Retry and Replace Token are; the other accounts' keys stay listed below.
class FleetBanners : public QWidget
{
    Q_OBJECT
public:
    struct Line
    {
        QString accountId;
        QString label; // the account's
        QString text;  // what failed
    };

    explicit FleetBanners(QWidget* parent = nullptr);

    // Replaces the lines; none hides the widget.
    void setLines(const QList<Line>& lines);
    const QList<Line>& lines() const { return m_lines; }

signals:
    void fixRequested(const QString& accountId);

private:
    QVBoxLayout* m_layout;
    QList<Line> m_lines;
};

} // namespace kw
