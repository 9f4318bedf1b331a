#include "core/caseformat/CaseCodec.h"

#include "core/caseformat/CaseReader.h"
#include "core/domain/Validation.h"
#include "core/knowledge/Knowledge.h"
#include "core/util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onco {

namespace {

void addValidation(CaseReader& r, const QString& path, const QList<FieldError>& errors)
{
    for (const auto& e : errors)
        r.error(e.field.isEmpty() ? path : path + QLatin1Char('.') + e.field, e.message);
}

Receptors readReceptors(CaseReader& r, const QJsonObject& o, const QString& path)
{
    Receptors x;
    x.er = r.enumeration<ReceptorStatus>(o, "er", path).value_or(ReceptorStatus::Unrecorded);
    x.erPercent = r.number(o, "er_percent", path);
    x.pr = r.enumeration<ReceptorStatus>(o, "pr", path).value_or(ReceptorStatus::Unrecorded);
    x.prPercent = r.number(o, "pr_percent", path);
    x.her2Ihc = r.enumeration<Her2Ihc>(o, "her2_ihc", path).value_or(Her2Ihc::Unrecorded);
    x.her2Ish = r.enumeration<Her2Ish>(o, "her2_ish", path).value_or(Her2Ish::Unrecorded);
    x.ki67Percent = r.number(o, "ki67_percent", path);
    return x;
}

Patient readPatient(CaseReader& r, const QJsonObject& o)
{
    const QString path = QStringLiteral("patient");
    r.checkKeys(o, path,
                {"mrn", "name", "name_latin", "sex", "birth_date", "menopausal_status", "menopausal_evidence",
                 "bilateral_oophorectomy", "bilateral_oophorectomy_date", "child_pugh", "visceral_crisis",
                 "outpatient_number", "inpatient_number", "id_card", "phone", "archived"});
    Patient p;
    p.mrn = r.string(o, "mrn", path, true);
    p.name = r.string(o, "name", path);
    p.nameLatin = r.string(o, "name_latin", path);
    p.sex = r.enumeration<Sex>(o, "sex", path).value_or(Sex::Unrecorded);
    p.birthDate = r.date(o, "birth_date", path);
    p.menopausalStatus =
        r.enumeration<MenopausalStatus>(o, "menopausal_status", path).value_or(MenopausalStatus::Unrecorded);
    p.menopausalEvidence = r.string(o, "menopausal_evidence", path);
    p.bilateralOophorectomy = r.boolean(o, "bilateral_oophorectomy", path);
    p.bilateralOophorectomyDate = r.date(o, "bilateral_oophorectomy_date", path);
    p.childPugh = r.enumeration<ChildPugh>(o, "child_pugh", path).value_or(ChildPugh::Unrecorded);
    p.visceralCrisis = r.boolean(o, "visceral_crisis", path);
    p.outpatientNumber = r.string(o, "outpatient_number", path);
    p.inpatientNumber = r.string(o, "inpatient_number", path);
    p.idCard = r.string(o, "id_card", path);
    p.phone = r.string(o, "phone", path);
    p.archived = r.boolean(o, "archived", path).value_or(false);
    return p;
}

Diagnosis readDiagnosis(CaseReader& r, const QJsonObject& o)
{
    const QString path = QStringLiteral("diagnosis");
    r.checkKeys(o, path,
                {"date", "laterality", "histology", "grade", "tnm", "stage", "de_novo_metastatic", "er", "er_percent",
                 "pr", "pr_percent", "her2_ihc", "her2_ish", "ki67_percent"});
    Diagnosis d;
    d.date = r.date(o, "date", path);
    d.laterality = r.string(o, "laterality", path);
    d.histology = r.string(o, "histology", path);
    d.grade = r.integer(o, "grade", path, 1, 3);
    if (const auto tnm = r.object(o, "tnm", path, false)) {
        const QString tp = CaseReader::join(path, "tnm");
        r.checkKeys(*tnm, tp, {"t", "n", "m"});
        d.tnmT = r.string(*tnm, "t", tp);
        d.tnmN = r.string(*tnm, "n", tp);
        d.tnmM = r.string(*tnm, "m", tp);
    }
    d.stage = r.string(o, "stage", path);
    d.deNovoMetastatic = r.boolean(o, "de_novo_metastatic", path);
    d.receptors = readReceptors(r, o, path);
    return d;
}

Biopsy readBiopsy(CaseReader& r, const QJsonObject& o, const QString& path)
{
    r.checkKeys(
        o, path,
        {"date", "site", "er", "er_percent", "pr", "pr_percent", "her2_ihc", "her2_ish", "ki67_percent", "note"});
    Biopsy b;
    b.date = r.date(o, "date", path, true);
    b.site = r.string(o, "site", path);
    b.receptors = readReceptors(r, o, path);
    b.note = r.string(o, "note", path);
    return b;
}

DiseaseEvent readEvent(CaseReader& r, const QJsonObject& o, const QString& path)
{
    r.checkKeys(o, path, {"date", "type", "extent", "sites", "evidence", "note"});
    DiseaseEvent e;
    e.date = r.date(o, "date", path, true);
    e.type = r.enumeration<EventType>(o, "type", path, true).value_or(EventType::Other);
    e.extent = r.enumeration<Extent>(o, "extent", path).value_or(Extent::Unrecorded);
    const QJsonArray sites = r.array(o, "sites", path);
    for (qsizetype i = 0; i < sites.size(); ++i)
        if (auto s = r.enumValue<Site>(sites[i], CaseReader::index(CaseReader::join(path, "sites"), i)))
            e.sites << *s;
    e.evidence = r.enumeration<Evidence>(o, "evidence", path).value_or(Evidence::Unrecorded);
    e.note = r.string(o, "note", path);
    return e;
}

TherapyLine readTherapy(CaseReader& r, const Knowledge& k, const QJsonObject& o, const QString& path)
{
    r.checkKeys(o, path, {"start", "end", "setting", "drugs", "stop_reason", "best_response", "line_number", "note"});
    TherapyLine t;
    t.start = r.date(o, "start", path, true);
    t.end = r.date(o, "end", path);
    t.setting = r.enumeration<Setting>(o, "setting", path, true).value_or(Setting::Advanced);
    const QString drugsPath = CaseReader::join(path, "drugs");
    const QJsonArray drugs = r.array(o, "drugs", path);
    for (qsizetype i = 0; i < drugs.size(); ++i) {
        if (!drugs[i].isString()) {
            r.error(CaseReader::index(drugsPath, i), CaseReader::tr("expected a drug name"));
            continue;
        }
        const Drug* drug = k.drug(drugs[i].toString());
        t.drugs << (drug ? drug->name : drugs[i].toString().left(100));
    }
    t.stopReason = r.enumeration<StopReason>(o, "stop_reason", path).value_or(StopReason::Unrecorded);
    t.bestResponse = r.enumeration<BestResponse>(o, "best_response", path).value_or(BestResponse::Unrecorded);
    t.lineNumberOverride = r.integer(o, "line_number", path, 1, 99);
    t.note = r.string(o, "note", path);
    return t;
}

MarkerResult readMarker(CaseReader& r, const Knowledge& k, const QJsonObject& o, const QString& path)
{
    r.checkKeys(o, path, {"date", "analyte", "value", "unit", "uln", "assay"});
    MarkerResult m;
    m.date = r.date(o, "date", path, true);
    m.analyte = r.string(o, "analyte", path, true);
    if (const MarkerInfo* info = k.marker(m.analyte))
        m.analyte = info->analyte;
    m.value = r.number(o, "value", path, true).value_or(0);
    m.unit = r.string(o, "unit", path);
    m.uln = r.number(o, "uln", path);
    m.assay = r.string(o, "assay", path);
    return m;
}

GeneticResult readGenetic(CaseReader& r, const QJsonObject& o, const QString& path)
{
    r.checkKeys(o, path, {"date", "gene", "variant", "result", "specimen", "origin", "vaf_percent", "assay"});
    GeneticResult g;
    g.date = r.date(o, "date", path, true);
    g.gene = r.string(o, "gene", path, true).toUpper();
    g.variant = r.string(o, "variant", path);
    g.result = r.enumeration<GeneticOutcome>(o, "result", path, true).value_or(GeneticOutcome::NotDetected);
    g.specimen = r.enumeration<Specimen>(o, "specimen", path).value_or(Specimen::Unrecorded);
    g.origin = r.enumeration<Origin>(o, "origin", path).value_or(Origin::Unrecorded);
    g.vafPercent = r.number(o, "vaf_percent", path);
    g.assay = r.string(o, "assay", path);
    return g;
}

Medication readMedication(CaseReader& r, const QJsonObject& o, const QString& path)
{
    r.checkKeys(o, path, {"name", "start", "end"});
    Medication m;
    m.name = r.string(o, "name", path, true);
    m.start = r.date(o, "start", path, true);
    m.end = r.date(o, "end", path);
    return m;
}

/** Reads each element of a top-level array with `read`, validating it as it goes. */
template <typename T, typename ReadFn>
QList<T> readList(CaseReader& r, const Validator& v, const QJsonObject& root, const char* key, ReadFn read)
{
    QList<T> list;
    const QJsonArray items = r.array(root, key, QString());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = CaseReader::index(QLatin1String(key), i);
        const int before = r.errorCount();
        const QJsonObject o = r.asObject(items[i], path);
        if (r.errorCount() > before)
            continue;
        T value = read(o, path);
        if (r.errorCount() == before)
            addValidation(r, path, v.check(value));
        list << value;
    }
    return list;
}

// --- writing ---

void put(QJsonObject& o, const char* key, const QString& v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}
void put(QJsonObject& o, const char* key, const QDate& v)
{
    if (v.isValid())
        o.insert(QLatin1String(key), dates::toIso(v));
}
template <typename V> void put(QJsonObject& o, const char* key, const std::optional<V>& v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}
template <typename E>
requires std::is_enum_v<E>
void put(QJsonObject& o, const char* key, E v)
{
    put(o, key, toCode(v));
}

void putReceptors(QJsonObject& o, const Receptors& x)
{
    put(o, "er", x.er);
    put(o, "er_percent", x.erPercent);
    put(o, "pr", x.pr);
    put(o, "pr_percent", x.prPercent);
    put(o, "her2_ihc", x.her2Ihc);
    put(o, "her2_ish", x.her2Ish);
    put(o, "ki67_percent", x.ki67Percent);
}

}  // namespace

CaseCodec::CaseCodec(const Knowledge& knowledge, QDate today)
    : m_knowledge(knowledge)
    , m_today(today)
{}

std::optional<CaseFile> CaseCodec::parse(const QByteArray& json, QList<CaseError>& errors) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append(
            {QString(), tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors.append({QString(), tr("expected a JSON object")});
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    CaseReader r(errors);
    const Validator v(m_knowledge, m_today);
    r.checkKeys(root, QString(),
                {"format", "as_of", "jurisdiction", "patient", "diagnosis", "biopsies", "events", "therapies",
                 "markers", "genomics", "medications"});
    const QString format = r.string(root, "format", QString(), true);
    if (!format.isEmpty() && format != QLatin1String(kFormat))
        r.error(QStringLiteral("format"), tr("\"%1\" is not %2").arg(format.left(40), QLatin1String(kFormat)));

    CaseFile file;
    file.asOf = r.date(root, "as_of", QString());
    file.jurisdiction = r.enumeration<Jurisdiction>(root, "jurisdiction", QString());
    PatientRecord& rec = file.record;
    if (const auto patient = r.object(root, "patient", QString(), true)) {
        const int before = r.errorCount();
        rec.patient = readPatient(r, *patient);
        if (r.errorCount() == before)
            addValidation(r, QStringLiteral("patient"), v.check(rec.patient));
    }
    if (const auto diagnosis = r.object(root, "diagnosis", QString(), false)) {
        const int before = r.errorCount();
        rec.diagnosis = readDiagnosis(r, *diagnosis);
        if (r.errorCount() == before)
            addValidation(r, QStringLiteral("diagnosis"), v.check(*rec.diagnosis));
    }
    const Knowledge& k = m_knowledge;
    rec.biopsies = readList<Biopsy>(r, v, root, "biopsies", [&](auto& o, auto& p) { return readBiopsy(r, o, p); });
    rec.events = readList<DiseaseEvent>(r, v, root, "events", [&](auto& o, auto& p) { return readEvent(r, o, p); });
    rec.therapies =
        readList<TherapyLine>(r, v, root, "therapies", [&](auto& o, auto& p) { return readTherapy(r, k, o, p); });
    rec.markers =
        readList<MarkerResult>(r, v, root, "markers", [&](auto& o, auto& p) { return readMarker(r, k, o, p); });
    rec.genomics =
        readList<GeneticResult>(r, v, root, "genomics", [&](auto& o, auto& p) { return readGenetic(r, o, p); });
    rec.medications =
        readList<Medication>(r, v, root, "medications", [&](auto& o, auto& p) { return readMedication(r, o, p); });
    if (!errors.isEmpty())
        return std::nullopt;
    return file;
}

QJsonObject CaseCodec::write(const PatientRecord& rec, const QDate& asOf,
                             std::optional<Jurisdiction> jurisdiction) const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormat));
    put(root, "as_of", asOf);
    if (jurisdiction)
        put(root, "jurisdiction", *jurisdiction);

    const Patient& p = rec.patient;
    QJsonObject patient;
    put(patient, "mrn", p.mrn);
    put(patient, "name", p.name);
    put(patient, "name_latin", p.nameLatin);
    put(patient, "sex", p.sex);
    put(patient, "birth_date", p.birthDate);
    put(patient, "menopausal_status", p.menopausalStatus);
    put(patient, "menopausal_evidence", p.menopausalEvidence);
    put(patient, "bilateral_oophorectomy", p.bilateralOophorectomy);
    put(patient, "bilateral_oophorectomy_date", p.bilateralOophorectomyDate);
    put(patient, "child_pugh", p.childPugh);
    put(patient, "visceral_crisis", p.visceralCrisis);
    put(patient, "outpatient_number", p.outpatientNumber);
    put(patient, "inpatient_number", p.inpatientNumber);
    put(patient, "id_card", p.idCard);
    put(patient, "phone", p.phone);
    if (p.archived)
        patient.insert(QStringLiteral("archived"), true);
    root.insert(QStringLiteral("patient"), patient);

    if (rec.diagnosis) {
        const Diagnosis& d = *rec.diagnosis;
        QJsonObject o;
        put(o, "date", d.date);
        put(o, "laterality", d.laterality);
        put(o, "histology", d.histology);
        put(o, "grade", d.grade);
        if (!d.tnmT.isEmpty() || !d.tnmN.isEmpty() || !d.tnmM.isEmpty()) {
            QJsonObject tnm;
            put(tnm, "t", d.tnmT);
            put(tnm, "n", d.tnmN);
            put(tnm, "m", d.tnmM);
            o.insert(QStringLiteral("tnm"), tnm);
        }
        put(o, "stage", d.stage);
        put(o, "de_novo_metastatic", d.deNovoMetastatic);
        putReceptors(o, d.receptors);
        root.insert(QStringLiteral("diagnosis"), o);
    }

    QJsonArray biopsies, events, therapies, markers, genomics, medications;
    for (const Biopsy& b : rec.biopsies) {
        QJsonObject o;
        put(o, "date", b.date);
        put(o, "site", b.site);
        putReceptors(o, b.receptors);
        put(o, "note", b.note);
        biopsies << o;
    }
    for (const DiseaseEvent& e : rec.events) {
        QJsonObject o;
        put(o, "date", e.date);
        put(o, "type", e.type);
        put(o, "extent", e.extent);
        if (!e.sites.isEmpty()) {
            QJsonArray sites;
            for (Site s : e.sites)
                sites << toCode(s);
            o.insert(QStringLiteral("sites"), sites);
        }
        put(o, "evidence", e.evidence);
        put(o, "note", e.note);
        events << o;
    }
    for (const TherapyLine& t : rec.therapies) {
        QJsonObject o;
        put(o, "start", t.start);
        put(o, "end", t.end);
        put(o, "setting", t.setting);
        o.insert(QStringLiteral("drugs"), QJsonArray::fromStringList(t.drugs));
        put(o, "stop_reason", t.stopReason);
        put(o, "best_response", t.bestResponse);
        put(o, "line_number", t.lineNumberOverride);
        put(o, "note", t.note);
        therapies << o;
    }
    for (const MarkerResult& m : rec.markers) {
        QJsonObject o;
        put(o, "date", m.date);
        put(o, "analyte", m.analyte);
        o.insert(QStringLiteral("value"), m.value);
        put(o, "unit", m.unit);
        put(o, "uln", m.uln);
        put(o, "assay", m.assay);
        markers << o;
    }
    for (const GeneticResult& g : rec.genomics) {
        QJsonObject o;
        put(o, "date", g.date);
        put(o, "gene", g.gene);
        put(o, "variant", g.variant);
        put(o, "result", g.result);
        put(o, "specimen", g.specimen);
        put(o, "origin", g.origin);
        put(o, "vaf_percent", g.vafPercent);
        put(o, "assay", g.assay);
        genomics << o;
    }
    for (const Medication& m : rec.medications) {
        QJsonObject o;
        put(o, "name", m.name);
        put(o, "start", m.start);
        put(o, "end", m.end);
        medications << o;
    }
    root.insert(QStringLiteral("biopsies"), biopsies);
    root.insert(QStringLiteral("events"), events);
    root.insert(QStringLiteral("therapies"), therapies);
    root.insert(QStringLiteral("markers"), markers);
    root.insert(QStringLiteral("genomics"), genomics);
    root.insert(QStringLiteral("medications"), medications);
    return root;
}

QByteArray CaseCodec::writeBytes(const PatientRecord& record) const
{
    return QJsonDocument(write(record)).toJson(QJsonDocument::Indented);
}

}  // namespace onco
