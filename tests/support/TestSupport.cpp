#include "tests/support/TestSupport.h"

#include "core/knowledge/Knowledge.h"
#include "core/storage/sql/SqlConnection.h"
#include "core/storage/sqlite/SqliteStorage.h"
#include "tests/support/PgTestCluster.h"

#include <QDir>
#include <QFile>

namespace onco::test {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(ONCO_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool onPostgres()
{
    return qEnvironmentVariable("ONCO_TEST_BACKEND") == QLatin1String("postgresql");
}

TempDatabase::TempDatabase()
    : m_path(onPostgres() ? PgTestCluster::shared().newDatabase()
                          : QDir(m_dir.path()).filePath(QStringLiteral("test.sqlite")))
{
    reopen();
}

std::unique_ptr<AppContext> openContext(const QString& path, const Clock& clock, Storage::Access access,
                                        const QString& user)
{
    auto context = AppContext::open({path, access, &clock, user}, Knowledge::builtin());
    if (!context)
        throw std::runtime_error(context.error().message.toStdString());
    return std::move(context).value();
}

Database& sqliteOf(Storage& storage)
{
    return dynamic_cast<SqliteStorage&>(storage).database();
}

SqlConnection& TempDatabase::db()
{
    return dynamic_cast<SqlStorage&>(m_context->storage()).connection();
}

void TempDatabase::close()
{
    m_context.reset();
}

void TempDatabase::reopen()
{
    close();
    m_context = openContext(m_path, m_clock);
}

void storeAssessment(Storage& storage, const Clock& clock, qint64 patientId, rules::OptionStatus status,
                     const QStringList& actions)
{
    assessments::StoredAssessment a;
    a.patientId = patientId;
    a.asOf = clock.today();
    a.computedAt = clock.now();
    a.recordUpdatedAt = clock.now();
    a.knowledgeVersion = Knowledge::builtin().version();
    a.resistanceRule = QStringLiteral("ER-M1");
    a.options = {{QStringLiteral("elacestrant"), status, {}},
                 {QStringLiteral("imlunestrant"), rules::OptionStatus::NotOption, {}}};
    a.actions = actions;
    if (auto s = storage.assessments().write(a); !s)
        throw std::runtime_error(s.error().message.toStdString());
}

PatientRecord sampleRecord(const QString& mrn)
{
    PatientRecord r;
    r.patient.mrn = mrn;
    r.patient.name = QStringLiteral("张伟");
    r.patient.nameLatin = QStringLiteral("Zhang Wei");
    r.patient.sex = Sex::Female;
    r.patient.birthDate = QDate(1970, 3, 1);
    r.patient.menopausalStatus = MenopausalStatus::Postmenopausal;
    r.patient.menopausalEvidence = QStringLiteral("age");
    r.patient.bilateralOophorectomy = false;
    r.patient.childPugh = ChildPugh::A;
    r.patient.visceralCrisis = false;
    r.patient.idCard = QStringLiteral("44060419900301002X");
    r.patient.phone = QStringLiteral("+86 757 0000 0000");
    Diagnosis d;
    d.date = QDate(2019, 4, 10);
    d.laterality = QStringLiteral("left");
    d.histology = QStringLiteral("invasive ductal carcinoma");
    d.grade = 2;
    d.tnmT = QStringLiteral("T2");
    d.tnmN = QStringLiteral("N1");
    d.tnmM = QStringLiteral("M0");
    d.stage = QStringLiteral("IIA");
    d.deNovoMetastatic = false;
    d.receptors = {ReceptorStatus::Positive, 90, ReceptorStatus::Positive, 60, Her2Ihc::One, Her2Ish::NotDone, 20};
    r.diagnosis = d;
    r.biopsies << Biopsy{0,
                         0,
                         QDate(2022, 3, 5),
                         QStringLiteral("lung"),
                         {ReceptorStatus::Positive, 80, ReceptorStatus::Negative, std::nullopt, Her2Ihc::Zero}};
    r.events << DiseaseEvent{0, 0, QDate(2022, 3, 1), EventType::Recurrence, Extent::Distant, {Site::Lung, Site::Bone}}
             << DiseaseEvent{0,
                             0,
                             QDate(2025, 5, 10),
                             EventType::Progression,
                             Extent::Unrecorded,
                             {Site::Bone},
                             Evidence::Imaging,
                             QStringLiteral("new lesion L3")};
    r.therapies << TherapyLine{0,
                               0,
                               QDate(2019, 11, 1),
                               QDate(2022, 3, 1),
                               Setting::Adjuvant,
                               {QStringLiteral("tamoxifen")},
                               StopReason::Progression}
                << TherapyLine{0,
                               0,
                               QDate(2022, 3, 15),
                               {},
                               Setting::Advanced,
                               {QStringLiteral("letrozole"), QStringLiteral("palbociclib")},
                               StopReason::Unrecorded,
                               BestResponse::Partial,
                               1,
                               QStringLiteral("note")};
    r.markers << MarkerResult{0,
                              0,
                              QDate(2025, 5, 12),
                              QStringLiteral("CA15-3"),
                              88.5,
                              QStringLiteral("U/mL"),
                              25.0,
                              QStringLiteral("Roche Elecsys")};
    r.genomics << GeneticResult{0,
                                0,
                                QDate(2025, 5, 15),
                                QStringLiteral("ESR1"),
                                QStringLiteral("p.Y537S"),
                                GeneticOutcome::Mutated,
                                Specimen::Plasma,
                                Origin::Somatic,
                                3.2,
                                QStringLiteral("Guardant360 CDx")};
    r.medications << Medication{0, 0, QStringLiteral("clarithromycin"), QDate(2025, 6, 1), QDate(2025, 6, 10)};
    return r;
}

}  // namespace onco::test
