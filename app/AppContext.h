#pragma once

#include "core/knowledgepack/KnowledgePack.h"
#include "core/services/ServiceContext.h"
#include "core/storage/OpenStore.h"
#include "core/util/Result.h"
#include "core/worklists/Screening.h"

#include <memory>

namespace onco {

class CaseService;
class Knowledge;
class OpenPatient;
class PatientDirectory;
namespace assessments {
class AssessmentService;
}
namespace knowledgepack {
class KnowledgeUpdates;
}

/**
 * The composition root: one store connection, the clock, the knowledge in force and the services on them, built once
 * per process (the window, or one command) and handed down. Nothing else opens a store or builds a CaseService.
 */
class AppContext
{
public:
    /** Opens the store of `request` (OpenStore.h: refused untouched when it is not ours, newer, locked …). The
     *  knowledge in force is the store's installed pack, or `builtin` (knowledgepack::knowledgeInForce). */
    static Result<std::unique_ptr<AppContext>> open(const StoreRequest& request, const Knowledge& builtin);
    ~AppContext();
    AppContext(const AppContext&) = delete;
    AppContext& operator=(const AppContext&) = delete;

    Storage& storage() { return *m_storage; }
    const Clock& clock() const { return m_clock; }
    const Knowledge& knowledge() const { return *m_inForce.knowledge; }
    /** Where the knowledge in force comes from (built in, or installed into the store: when and by whom). */
    const knowledgepack::InForce& knowledgeInForce() const { return m_inForce; }
    ServiceContext services() { return {*m_storage, m_clock, knowledge()}; }
    CaseService& cases() { return *m_cases; }
    /** The stored assessments kept current (built on first use: the window and the commands that store them). */
    assessments::AssessmentService& assessments();
    /** Where the window's worklists are read (each run on a connection of its own thread). */
    worklists::WorklistSource worklistSource() const
    {
        return worklists::WorklistSource(m_storage->connector(Storage::Access::ReadOnly));
    }
    /** The open patient's snapshot (built on first use: the window). */
    OpenPatient& openPatient();
    /** The patient list's search and rows (built on first use: the window). */
    PatientDirectory& directory();
    /** The knowledge in force and its updates, for the window (built on first use). */
    knowledgepack::KnowledgeUpdates& knowledgeUpdates();

private:
    AppContext(std::unique_ptr<Storage> storage, const Clock& clock, knowledgepack::InForce inForce);

    std::unique_ptr<Storage> m_storage;
    const Clock& m_clock;
    knowledgepack::InForce m_inForce;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<assessments::AssessmentService> m_assessments;
    std::unique_ptr<PatientDirectory> m_directory;
    std::unique_ptr<OpenPatient> m_openPatient;
    std::unique_ptr<knowledgepack::KnowledgeUpdates> m_knowledgeUpdates;
};

}  // namespace onco
