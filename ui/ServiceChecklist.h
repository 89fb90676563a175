#pragma once

#include "core/Capabilities.h"

#include <QList>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QGridLayout;
class QLabel;
QT_END_NAMESPACE

namespace kw {

// One check box per service a key can be scoped to (objectName "service_<id>", tooltip = the
// service's help), with the help beside it so that nobody has to hover to learn what a service
// enables. The services come from a provider's Capabilities.
class ServiceChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceChecklist(QWidget* parent = nullptr);
    explicit ServiceChecklist(const QList<ServiceInfo>& services, QWidget* parent = nullptr);

    void setServices(const QList<ServiceInfo>& services);
    QList<ServiceInfo> services() const { return m_services; }
    QList<QCheckBox*> checkBoxes() const { return m_boxes; } // in service order, for tab chains

    QStringList selected() const; // ids in the order of the services
    void setSelected(const QStringList& ids);

signals:
    void changed();

private:
    QGridLayout* m_layout;
    QList<ServiceInfo> m_services;
    QList<QCheckBox*> m_boxes;
    QList<QLabel*> m_helpLabels;
};

} // namespace kw
