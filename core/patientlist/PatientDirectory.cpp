#include "core/patientlist/PatientDirectory.h"

#include "core/clinical/Definitions.h"
#include "core/knowledge/Knowledge.h"
#include "core/patientlist/ListAssessments.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/Storage.h"
#include "core/util/Clock.h"
#include "core/util/Dates.h"

#include <QSet>

namespace onco {

namespace {

bool needsAssessments(PatientSort sort)
{
    return sort == PatientSort::SerdStatus || sort == PatientSort::DueActions;
}

/** Appends each row to the record of its patient. */
template <typename T>
void distribute(QHash<qint64, PatientRecord>& records, const QList<T>& rows, QList<T> PatientRecord::*list)
{
    for (const T& row : rows)
        (records[row.patientId].*list).append(row);
}

}  // namespace

PatientDirectory::PatientDirectory(Storage& storage, const Knowledge& knowledge, const Clock& clock)
    : m_storage(storage)
    , m_knowledge(knowledge)
    , m_clock(clock)
{}

PatientDirectory::~PatientDirectory() = default;

bool PatientDirectory::canSort(PatientSort sort) const
{
    return !needsAssessments(sort) || m_assessmentsAvailable;
}

Result<QList<qint64>> PatientDirectory::search(const PatientQuery& query) const
{
    if ((query.serdOptionOnly || query.actionDueOnly) && !m_assessmentsAvailable)
        return Error{ErrorKind::InvalidInput, tr("the stored assessments are not available yet")};
    if (!canSort(query.sort))
        return Error{ErrorKind::InvalidInput, tr("the patient list cannot be sorted by this column")};
    return m_storage.search().search(query);
}

Result<qint64> PatientDirectory::activeCount() const
{
    return m_storage.search().activeCount();
}

Result<QList<PatientListRow>> PatientDirectory::rows(const QList<qint64>& ids, const QString& searchText) const
{
    QList<PatientListRow> out;
    if (ids.isEmpty())
        return out;
    PatientRepository& repo = m_storage.patients();
    const auto patients = repo.patientsByIds(ids);
    const auto lines = repo.ofPatients(RecordOf<TherapyLine>{}, ids);
    const auto events = repo.ofPatients(RecordOf<DiseaseEvent>{}, ids);
    const auto genomics = repo.ofPatients(RecordOf<GeneticResult>{}, ids);
    const auto advanced = m_storage.search().advanced(ids);
    for (const Error* e :
         {patients ? nullptr : &patients.error(), lines ? nullptr : &lines.error(), events ? nullptr : &events.error(),
          genomics ? nullptr : &genomics.error(), advanced ? nullptr : &advanced.error()})
        if (e)
            return *e;

    QHash<qint64, PatientRecord> records;
    for (const Patient& p : patients.value())
        records[p.id].patient = p;
    distribute(records, lines.value(), &PatientRecord::therapies);
    distribute(records, events.value(), &PatientRecord::events);
    distribute(records, genomics.value(), &PatientRecord::genomics);

    QHash<qint64, ListAssessment> assessments;
    if (m_assessmentsAvailable)
        if (const auto stored = m_storage.assessments().read(ids))
            assessments = patientlist::listAssessments(stored.value());
    const QDate today = m_clock.today();
    out.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = records.constFind(id);
        if (it == records.constEnd() || it->patient.id != id)
            continue;
        const PatientRecord& rec = *it;
        PatientListRow row;
        row.patient = rec.patient;
        const QDate death = clinical::deathDate(rec.events, today);  // a deceased patient's age at death
        row.age = dates::ageOn(rec.patient.birthDate, death.isValid() ? death : today);
        row.advanced = advanced->contains(id);
        if (const int current = clinical::currentLineIndex(rec.therapies, m_knowledge, today); current >= 0) {
            row.currentLine = rec.therapies[current];
            row.currentLineNumber = clinical::advancedLineNumbers(rec.therapies, m_knowledge)[current];
        }
        row.esr1 = clinical::latestEsr1(rec.genomics, today);
        if (row.esr1)
            row.esr1Currency = clinical::currencyOf(*row.esr1, clinical::latestProgressionDate(rec, today));
        row.assessment = assessments.value(id);
        row.matched = patientlist::matchedFields(rec.patient, searchText);
        out.append(std::move(row));
    }
    return out;
}

Status PatientDirectory::syncKnowledge()
{
    if (m_storage.isReadOnly())
        return {};
    PatientSearch& search = m_storage.search();
    const auto version = search.factsKnowledgeVersion();
    if (!version)
        return version.error();
    if (version.value() == m_knowledge.version())
        return {};
    QStringList names;
    for (const Drug& d : m_knowledge.drugs()) {
        if (d.drugClass != DrugClass::Ofs && d.drugClass != DrugClass::Bone)
            continue;
        QStringList all = d.aliases;
        all << d.name << d.zh;
        for (const QString& name : std::as_const(all))
            if (!name.trimmed().isEmpty())
                names << name.trimmed().toLower();
    }
    return search.recomputeFacts(names, m_knowledge.version());
}

}  // namespace onco
