#include "ui/worklists/WorklistLoader.h"

#include "core/worklists/Screening.h"

namespace onco {

WorklistLoader::WorklistLoader(worklists::WorklistSource source, assessments::Freshness now, QObject* parent)
    : QThread(parent)
    , m_source(std::move(source))
    , m_now(std::move(now))
{}

WorklistLoader::~WorklistLoader()
{
    wait();
}

void WorklistLoader::run()
{
    {
        // A connection of this thread only (connections must not cross threads); reading needs no writing.
        if (auto s = m_source.screenStored(m_now)) {
            m_result = std::make_shared<const worklists::Screening>(std::move(s).value());
        } else {
            m_error = s.error().message;
        }
    }
    emit loaded();
}

}  // namespace onco
