#include "app/AppContext.h"

#include "core/assessments/AssessmentService.h"
#include "core/knowledgepack/KnowledgeUpdates.h"
#include "core/patientlist/PatientDirectory.h"
#include "core/services/CaseService.h"
#include "core/services/PatientSnapshot.h"

namespace onco {

Result<std::unique_ptr<AppContext>> AppContext::open(const StoreRequest& request, const Knowledge& builtin)
{
    auto storage = openStore(request);
    if (!storage)
        return storage.error();
    auto inForce = knowledgepack::knowledgeInForce((*storage)->knowledgePacks(), builtin);
    if (!inForce)
        return inForce.error();
    return std::unique_ptr<AppContext>(
        new AppContext(std::move(storage).value(), *request.clock, std::move(inForce).value()));
}

AppContext::AppContext(std::unique_ptr<Storage> storage, const Clock& clock, knowledgepack::InForce inForce)
    : m_storage(std::move(storage))
    , m_clock(clock)
    , m_inForce(std::move(inForce))
    , m_cases(std::make_unique<CaseService>(*m_storage, clock, *m_inForce.knowledge))
{}

AppContext::~AppContext()
{
    // Services first (a background run of the assessments stops here), the connection last.
    m_knowledgeUpdates.reset();
    m_openPatient.reset();
    m_directory.reset();
    m_assessments.reset();
    m_cases.reset();
}

assessments::AssessmentService& AppContext::assessments()
{
    if (!m_assessments)
        m_assessments = std::make_unique<assessments::AssessmentService>(services(), *m_cases);
    return *m_assessments;
}

OpenPatient& AppContext::openPatient()
{
    if (!m_openPatient)
        m_openPatient = std::make_unique<OpenPatient>(*m_cases);
    return *m_openPatient;
}

PatientDirectory& AppContext::directory()
{
    if (!m_directory)
        m_directory = std::make_unique<PatientDirectory>(*m_storage, knowledge(), m_clock);
    return *m_directory;
}

}  // namespace onco

namespace onco {

knowledgepack::KnowledgeUpdates& AppContext::knowledgeUpdates()
{
    if (!m_knowledgeUpdates)
        m_knowledgeUpdates = std::make_unique<knowledgepack::KnowledgeUpdates>(*m_storage, m_clock, m_inForce);
    return *m_knowledgeUpdates;
}

}  // namespace onco
