#include "tests/core/rules/RuleTestSupport.h"

#include "core/rules/Codes.h"

namespace onco::test {

namespace {

TherapyLine line(Setting setting, QDate start, QDate end, QStringList drugs, StopReason stop)
{
    TherapyLine t;
    t.setting = setting;
    t.start = start;
    t.end = end;
    t.drugs = std::move(drugs);
    t.stopReason = end.isValid() ? stop : StopReason::Unrecorded;
    return t;
}

}  // namespace

Receptors receptors(const char* er, double erPercent, const char* ihc, const char* ish)
{
    Receptors r;
    r.er = fromCode<ReceptorStatus>(QLatin1String(er)).value_or(ReceptorStatus::Unrecorded);
    if (erPercent >= 0)
        r.erPercent = erPercent;
    r.her2Ihc = fromCode<Her2Ihc>(QLatin1String(ihc)).value_or(Her2Ihc::Unrecorded);
    r.her2Ish = fromCode<Her2Ish>(QLatin1String(ish)).value_or(Her2Ish::Unrecorded);
    return r;
}

Rx::Rx()
{
    Patient& p = m_record.patient;
    p.mrn = QStringLiteral("RULE-1");
    p.sex = Sex::Female;
    p.birthDate = d("1960-01-01");
    p.menopausalStatus = MenopausalStatus::Postmenopausal;
    p.childPugh = ChildPugh::A;
    p.visceralCrisis = false;
    Diagnosis dx;
    dx.date = d("2018-01-10");
    dx.stage = QStringLiteral("IIA");
    dx.deNovoMetastatic = false;
    dx.receptors = test::receptors("positive", 90, "1+", "not_done");
    m_record.diagnosis = dx;
}

Rx& Rx::adjuvant(QDate start, QDate end, QStringList drugs, StopReason stop)
{
    m_record.therapies << line(Setting::Adjuvant, start, end, std::move(drugs), stop);
    return *this;
}

Rx& Rx::neoadjuvant(QDate start, QDate end, QStringList drugs, StopReason stop)
{
    m_record.therapies << line(Setting::Neoadjuvant, start, end, std::move(drugs), stop);
    return *this;
}

Rx& Rx::advanced(QDate start, QDate end, QStringList drugs, StopReason stop)
{
    m_record.therapies << line(Setting::Advanced, start, end, std::move(drugs), stop);
    return *this;
}

Rx& Rx::relapse(QDate date, Extent extent)
{
    DiseaseEvent e;
    e.date = date;
    e.type = EventType::Recurrence;
    e.extent = extent;
    m_record.events << e;
    return *this;
}

Rx& Rx::progression(QDate date, Evidence evidence)
{
    DiseaseEvent e;
    e.date = date;
    e.type = EventType::Progression;
    e.evidence = evidence;
    m_record.events << e;
    return *this;
}

Rx& Rx::esr1(QDate date, GeneticOutcome result, QString variant, Specimen specimen)
{
    GeneticResult g;
    g.date = date;
    g.gene = QStringLiteral("ESR1");
    g.result = result;
    g.variant = std::move(variant);
    g.specimen = specimen;
    g.origin = Origin::Somatic;
    m_record.genomics << g;
    return *this;
}

Rx& Rx::gene(QDate date, QString gene, GeneticOutcome result, Origin origin)
{
    GeneticResult g;
    g.date = date;
    g.gene = std::move(gene);
    g.result = result;
    g.specimen = Specimen::Plasma;
    g.origin = origin;
    m_record.genomics << g;
    return *this;
}

Rx& Rx::medication(QString name, QDate start, QDate end)
{
    m_record.medications << Medication{0, 0, std::move(name), start, end};
    return *this;
}

Rx& Rx::biopsy(QDate date, Receptors r, QString site)
{
    m_record.biopsies << Biopsy{0, 0, date, std::move(site), r, {}};
    return *this;
}

Rx& Rx::receptors(Receptors r)
{
    m_record.diagnosis->receptors = r;
    return *this;
}

Rx& Rx::deNovo()
{
    m_record.diagnosis->deNovoMetastatic = true;
    m_record.diagnosis->stage = QStringLiteral("IV");
    return *this;
}

Rx& Rx::premenopausal()
{
    m_record.patient.menopausalStatus = MenopausalStatus::Premenopausal;
    m_record.patient.birthDate = d("1985-01-01");
    return *this;
}

Rx& Rx::menopause(MenopausalStatus status)
{
    m_record.patient.menopausalStatus = status;
    return *this;
}

Rx& Rx::born(QDate date)
{
    m_record.patient.birthDate = date;
    return *this;
}

Rx& Rx::male()
{
    m_record.patient.sex = Sex::Male;
    m_record.patient.menopausalStatus = MenopausalStatus::Unrecorded;
    return *this;
}

Rx& Rx::oophorectomy(QDate date)
{
    m_record.patient.bilateralOophorectomy = true;
    m_record.patient.bilateralOophorectomyDate = date;
    return *this;
}

Rx& Rx::childPugh(ChildPugh c)
{
    m_record.patient.childPugh = c;
    return *this;
}

Rx& Rx::visceralCrisis()
{
    m_record.patient.visceralCrisis = true;
    return *this;
}

Rx& Rx::tested(QDate date)
{
    esr1(date, GeneticOutcome::Mutated, QStringLiteral("p.D538G"));
    gene(date, QStringLiteral("PIK3CA"), GeneticOutcome::NotDetected);
    gene(date, QStringLiteral("BRCA1"), GeneticOutcome::NotDetected, Origin::Germline);
    return *this;
}

rules::Assessment Rx::assess(QDate asOf, Jurisdiction jurisdiction) const
{
    return rules::assess(m_record, {asOf, jurisdiction, Knowledge::builtin()});
}

Rx optionPatient()
{
    Rx rx;
    rx.adjuvant(d("2018-02-01"), d("2022-02-01"), {QStringLiteral("letrozole")})
        .relapse(d("2024-06-01"))
        .advanced(d("2024-06-15"), d("2025-09-01"), {QStringLiteral("letrozole"), QStringLiteral("palbociclib")},
                  StopReason::Progression)
        .tested(d("2025-09-10"));
    return rx;
}

QStringList flagsOf(const rules::Assessment& a, const QString& drug)
{
    const rules::OptionCard* c = a.option(drug);
    return c ? rules::codesOf(c->flags) : QStringList();
}

QString statusOf(const rules::Assessment& a, const QString& drug)
{
    const rules::OptionCard* c = a.option(drug);
    return c ? rules::optionStatusCode(c->status) : QString();
}

QString criterionOf(const rules::Assessment& a, const QString& drug, const QString& id)
{
    const rules::OptionCard* c = a.option(drug);
    const rules::Criterion* k = c ? c->criterion(id) : nullptr;
    return k ? rules::criterionStatusCode(k->status) : QStringLiteral("(absent)");
}

QStringList resistanceFlags(const rules::Assessment& a)
{
    return rules::codesOf(a.resistance.flags);
}

}  // namespace onco::test
