#include "tests/support/TestSupport.h"

#include "core/knowledge/Knowledge.h"

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

TempDatabase::TempDatabase()
    : m_path(QDir(m_dir.path()).filePath(QStringLiteral("test.sqlite")))
{
    reopen();
}

void TempDatabase::close()
{
    m_service.reset();
    m_db.reset();
}

void TempDatabase::reopen()
{
    close();
    auto db = Database::open(m_path);
    if (!db)
        throw std::runtime_error(db.error().message.toStdString());
    m_db = std::move(db).value();
    m_service = std::make_unique<CaseService>(*m_db, m_clock, Knowledge::builtin(), QStringLiteral("tester"));
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
