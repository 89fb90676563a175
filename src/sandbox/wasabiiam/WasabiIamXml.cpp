#include "sandbox/wasabiiam/WasabiIamXml.h"

#include "sandbox/SandboxCrypto.h"

namespace kw::sandbox::iamxml {

namespace {

using namespace Qt::StringLiterals;

HttpResponse xmlResponse(int status, QByteArray body, const QString& requestId,
                         QByteArray contentType)
{
    HttpResponse response = HttpResponse::empty(status);
    response.body = std::move(body);
    response.withHeader("Content-Type", std::move(contentType));
    response.withHeader("x-amzn-RequestId", requestId.toLatin1());
    return response;
}

} // namespace

QString iamNamespace()
{
    return u"https://iam.amazonaws.com/doc/2010-05-08/"_s;
}

QString timestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QString newRequestId()
{
    return randomUuid();
}

HttpResponse iamError(int status, const QString& code, const QString& message,
                      const QString& requestId)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"ErrorResponse"_s);
    xml.writeDefaultNamespace(iamNamespace());
    xml.writeStartElement(u"Error"_s);
    xml.writeTextElement(u"Type"_s, status >= 500 ? u"Receiver"_s : u"Sender"_s);
    xml.writeTextElement(u"Code"_s, code);
    xml.writeTextElement(u"Message"_s, message);
    xml.writeEndElement();
    xml.writeTextElement(u"RequestId"_s, requestId);
    xml.writeEndElement();
    xml.writeEndDocument();
    return xmlResponse(status, body, requestId, "text/xml");
}

IamResponse::IamResponse(const QString& action, bool withResult) : m_withResult(withResult)
{
    m_xml.writeStartDocument();
    m_xml.writeStartElement(action + u"Response"_s);
    m_xml.writeDefaultNamespace(iamNamespace());
    if (m_withResult)
        m_xml.writeStartElement(action + u"Result"_s);
}

HttpResponse IamResponse::finish(const QString& requestId)
{
    if (m_withResult)
        m_xml.writeEndElement();
    m_xml.writeStartElement(u"ResponseMetadata"_s);
    m_xml.writeTextElement(u"RequestId"_s, requestId);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    return xmlResponse(200, m_body, requestId, "text/xml");
}

} // namespace kw::sandbox::iamxml
