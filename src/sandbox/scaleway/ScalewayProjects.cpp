#include "sandbox/scaleway/ScalewayProjects.h"

#include "sandbox/scaleway/ScalewayErrors.h"
#include "sandbox/scaleway/ScalewayQuery.h"
#include "sandbox/scaleway/ScalewayWire.h"

#include <algorithm>

namespace kw::sandbox::scaleway {

using nlohmann::json;
using namespace Qt::StringLiterals;

HttpResponse listProjects(const HttpRequest& request, const ScalewayOrganization& organization)
{
    ListQuery query(request);
    const QString order = query.oneOf(
        u"order_by"_s, {u"created_at_asc"_s, u"created_at_desc"_s, u"name_asc"_s, u"name_desc"_s});
    const std::optional<QString> organizationId = query.uuid(u"organization_id"_s);
    const std::optional<QString> name = query.text(u"name"_s);
    const QStringList projectIds = query.uuids(u"project_ids"_s);
    if (!query.ok())
        return query.refusal();
    if (organizationId && organizationId->compare(organization.id(), Qt::CaseInsensitive) != 0)
        return permissionsDenied(u"project"_s, u"read"_s);

    QList<const ScalewayProject*> projects = organization.projects();
    projects.removeIf([&](const ScalewayProject* project) {
        if (name && !project->name.contains(*name, Qt::CaseInsensitive))
            return true;
        return !projectIds.isEmpty() && !projectIds.contains(project->id, Qt::CaseInsensitive);
    });
    const bool byName = order.startsWith(u"name"_s);
    const bool descending = order.endsWith(u"_desc"_s);
    std::stable_sort(projects.begin(), projects.end(),
                     [&](const ScalewayProject* a, const ScalewayProject* b) {
                         const auto key = [byName](const ScalewayProject* p) {
                             return byName ? p->name : p->createdAt.toString(Qt::ISODateWithMs);
                         };
                         const int byField = key(a).compare(key(b));
                         if (byField != 0)
                             return descending ? byField > 0 : byField < 0;
                         return a->id < b->id;
                     });

    json page = json::array();
    for (const ScalewayProject* project : query.pageOf(projects))
        page.push_back(projectToJson(*project, organization.id()));
    return HttpResponse::json(
        200, json{{"projects", std::move(page)}, {"total_count", projects.size()}});
}

} // namespace kw::sandbox::scaleway
