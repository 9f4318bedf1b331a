#pragma once

#include "core/storage/OpenStore.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace onco {

class CaseService;

/** Moving the open desk database onto the department server (the window's File ▸ Move to server…; the command line
 *  has `oncocase move-to-server`). Only an administrator of a database with accounts may. */
class ServerMove
{
    Q_DECLARE_TR_FUNCTIONS(ServerMove)
public:
    /** Copies the store `cases` works on into the empty server database at `url` and checks the copy. */
    static Result<StoreCopyReport> run(const CaseService& cases, const QString& url);
    /** Whether there is a desk database to move (not when `cases` already works on a server). */
    static bool isOffered(const CaseService& cases);
    /** The report in a few lines, for the window. */
    static QString describe(const StoreCopyReport& report);
};

}  // namespace onco
