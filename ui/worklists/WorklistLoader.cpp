#include "ui/worklists/WorklistLoader.h"

#include "core/storage/Database.h"
#include "core/worklists/Screening.h"

namespace onco {

WorklistLoader::WorklistLoader(QString databasePath, summary::Freshness now, QObject* parent)
    : QThread(parent)
    , m_path(std::move(databasePath))
    , m_now(std::move(now))
{}

WorklistLoader::~WorklistLoader()
{
    wait();
}

void WorklistLoader::run()
{
    {
        // A connection of this thread only (QtSql connections must not cross threads); reading needs no writing.
        auto db = Database::open(m_path, Database::Mode::ReadOnly);
        if (!db) {
            m_error = db.error().message;
        } else if (auto s = worklists::screenStored(*db.value(), m_now)) {
            m_result = std::make_shared<const worklists::Screening>(std::move(s).value());
        } else {
            m_error = s.error().message;
        }
    }
    emit loaded();
}

}  // namespace onco
