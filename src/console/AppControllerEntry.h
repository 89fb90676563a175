#pragma once

// The controller's record of one account; shared by the controller's source files only.
#include "console/AppController.h"
#include "providers/KeyProvider.h"
#include "providers/ProviderReply.h"

#include <QPointer>
#include <memory>

namespace kw {

struct AppController::Entry
{
    AccountView view;
    SecretStore* store = nullptr;
    std::unique_ptr<KeyProvider> provider;
    QPointer<ProviderReply> listReply;
    // A refresh asked for while a list was in flight: that list may predate the change that
    // asked (a revoke finishing after the list started), so list again once it is back.
    bool listAgain = false;
};

} // namespace kw
