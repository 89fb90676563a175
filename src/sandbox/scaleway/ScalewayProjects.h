#pragma once

#include "sandbox/HttpExchange.h"
#include "sandbox/scaleway/ScalewayOrganization.h"

namespace kw::sandbox::scaleway {

// The Account API's project list (GET /account/v3/projects): {"projects":[…],"total_count":N},
// paged like the IAM lists (page, page_size 1–100), order_by created_at|name × _asc|_desc,
// filters organization_id (another Organization's is refused), name (a part of it) and
// project_ids (repeated). The caller has authenticated the request.
HttpResponse listProjects(const HttpRequest& request, const ScalewayOrganization& organization);

} // namespace kw::sandbox::scaleway
