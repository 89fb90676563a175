#pragma once

#include "sandbox/HttpExchange.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QXmlStreamWriter>

namespace kw::sandbox {

// The XML the IAM Query API answers with (providers.md B.1.2), in AWS's shapes (S3's is in
// S3ListBuckets.h).
namespace iamxml {

QString iamNamespace();
QString timestamp(const QDateTime& when); // 2026-02-03T21:10:00Z
QString newRequestId();

// <ErrorResponse><Error><Type>Sender|Receiver</Type><Code/><Message/></Error><RequestId/>
HttpResponse iamError(int status, const QString& code, const QString& message,
                      const QString& requestId);

// <ActionResponse xmlns=…>[<ActionResult>…</ActionResult>]<ResponseMetadata>…
class IamResponse
{
public:
    // withResult false: actions whose answer is only the request id (UpdateAccessKey, …).
    IamResponse(const QString& action, bool withResult = true);
    QXmlStreamWriter& xml() { return m_xml; }
    void element(const QString& name, const QString& text) { m_xml.writeTextElement(name, text); }
    HttpResponse finish(const QString& requestId);

private:
    QByteArray m_body;
    QXmlStreamWriter m_xml{&m_body};
    bool m_withResult;
};

} // namespace iamxml
} // namespace kw::sandbox
