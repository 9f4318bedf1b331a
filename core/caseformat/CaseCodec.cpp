#include "core/caseformat/CaseCodec.h"

#include "core/caseformat/CaseReader.h"
#include "core/caseformat/RecordJson.h"
#include "core/clinical/Stage.h"
#include "core/knowledge/Knowledge.h"
#include "core/util/Dates.h"
#include "core/validation/Validation.h"

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
    // A stage group from the fixed AJCC list, however it was written ("Stage IIa", "2A", "ⅡA期" → IIA); an unknown
    // one is refused with its field.
    const QString stage = r.string(o, "stage", path);
    if (const auto group = clinical::normalizeStage(stage))
        d.stage = *group;
    else
        r.error(CaseReader::join(path, "stage"), CaseCodec::tr("unknown stage \"%1\" (expected an AJCC group: %2)")
                                                     .arg(stage, clinical::stageGroups().join(QStringLiteral(", "))));
    d.deNovoMetastatic = r.boolean(o, "de_novo_metastatic", path);
    d.receptors = readReceptors(r, o, path);
    return d;
}

/** Reads each element of a top-level array with `read`, validating it as it goes. */
template <typename T>
QList<T> readList(CaseReader& r, const Validator& v, const Knowledge& k, const QJsonObject& root, const char* key)
{
    QList<T> list;
    const QJsonArray items = r.array(root, key, QString());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = CaseReader::index(QLatin1String(key), i);
        const int before = r.errorCount();
        const QJsonObject o = r.asObject(items[i], path);
        if (r.errorCount() > before)
            continue;
        T value = recordjson::read<T>(r, k, o, path);
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
    QStringList keys{QStringLiteral("format"), QStringLiteral("as_of"), QStringLiteral("jurisdiction"),
                     QStringLiteral("patient"), QStringLiteral("diagnosis")};
    forEachListKind([&](auto kind) { keys << QLatin1String(RecordKind<decltype(kind)>::key); });
    r.checkKeys(root, QString(), keys);
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
    forEachListKind([&](auto kind) {
        using T = decltype(kind);
        rec.*RecordKind<T>::list = readList<T>(r, v, m_knowledge, root, RecordKind<T>::key);
    });
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

    forEachListKind([&](auto kind) {
        using T = decltype(kind);
        QJsonArray items;
        for (const T& item : rec.*RecordKind<T>::list)
            items << recordjson::write(item);
        root.insert(QLatin1String(RecordKind<T>::key), items);
    });
    return root;
}

QByteArray CaseCodec::writeBytes(const PatientRecord& record) const
{
    return QJsonDocument(write(record)).toJson(QJsonDocument::Indented);
}

}  // namespace onco
