#include "ServiceChecklist.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace kw {

using namespace Qt::StringLiterals;

ServiceChecklist::ServiceChecklist(QWidget* parent)
    : QWidget(parent), m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setVerticalSpacing(2);
    m_layout->setColumnStretch(1, 1);
}

ServiceChecklist::ServiceChecklist(const QList<ServiceInfo>& services, QWidget* parent)
    : ServiceChecklist(parent)
{
    setServices(services);
}

void ServiceChecklist::setServices(const QList<ServiceInfo>& services)
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    qDeleteAll(m_helpLabels);
    m_helpLabels.clear();
    m_services = services;
    int row = 0;
    for (const ServiceInfo& service : services) {
        auto* box = new QCheckBox(service.label, this);
        box->setObjectName(u"service_"_s + service.id);
        box->setToolTip(service.help);
        box->setAccessibleName(service.label);
        box->setAccessibleDescription(service.help);
        connect(box, &QCheckBox::toggled, this, &ServiceChecklist::changed);
        m_layout->addWidget(box, row, 0);
        m_boxes.append(box);

        auto* help = new QLabel(service.help, this);
        help->setObjectName(u"serviceHelp_"_s + service.id);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setForegroundRole(QPalette::PlaceholderText);
        help->setBuddy(box);
        m_layout->addWidget(help, row, 1);
        m_helpLabels.append(help);
        ++row;
    }
    emit changed();
}

QStringList ServiceChecklist::selected() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            ids.append(m_services.at(i).id);
    }
    return ids;
}

void ServiceChecklist::setSelected(const QStringList& ids)
{
    bool any = false;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const bool checked = ids.contains(m_services.at(i).id);
        if (m_boxes.at(i)->isChecked() != checked) {
            const QSignalBlocker blocker(m_boxes.at(i));
            m_boxes.at(i)->setChecked(checked);
            any = true;
        }
    }
    if (any)
        emit changed();
}

} // namespace kw
