#include "core/services/CaseService.h"

#include "core/domain/Pinyin.h"
#include "core/knowledge/Knowledge.h"
#include "core/storage/Database.h"
#include "core/storage/SqlTable.h"
#include "core/util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace onco {

namespace {

QString nowText(const Clock& clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

template <typename T> QList<FieldError> validateRecord(const Validator& v, const T& record)
{
    return v.check(record);
}

}  // namespace

CaseService::CaseService(Database& db, const Clock& clock, const Knowledge& knowledge, const QString& user,
                         QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_knowledge(knowledge)
    , m_audit(db, clock, user)
{}

CaseService::~CaseService() = default;

Validator CaseService::validator() const
{
    return Validator(m_knowledge, m_clock.today());
}

Error CaseService::invalid(const QString& entity, const QList<FieldError>& errors) const
{
    QStringList parts;
    for (const auto& e : errors)
        parts << (e.field.isEmpty() ? e.message : e.field + QStringLiteral(": ") + e.message);
    return {ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(entity, parts.join(QStringLiteral("; ")))};
}

Result<PatientRecord> CaseService::loadPatient(qint64 patientId)
{
    Status status;
    PatientRecord rec;
    const auto patient = SqlTable<Patient>(m_db).load(patientId, &status);
    if (!status)
        return status.error();
    if (!patient)
        return Error{ErrorKind::NotFound, tr("no patient with id %1").arg(patientId)};
    rec.patient = *patient;
    const auto diagnoses = SqlTable<Diagnosis>(m_db).loadForPatient(patientId, &status);
    if (!diagnoses.isEmpty())
        rec.diagnosis = diagnoses.front();
    rec.biopsies = SqlTable<Biopsy>(m_db).loadForPatient(patientId, &status);
    rec.events = SqlTable<DiseaseEvent>(m_db).loadForPatient(patientId, &status);
    rec.therapies = SqlTable<TherapyLine>(m_db).loadForPatient(patientId, &status);
    rec.markers = SqlTable<MarkerResult>(m_db).loadForPatient(patientId, &status);
    rec.genomics = SqlTable<GeneticResult>(m_db).loadForPatient(patientId, &status);
    rec.medications = SqlTable<Medication>(m_db).loadForPatient(patientId, &status);
    if (!status)
        return status.error();
    return rec;
}

namespace {

/** Appends each row to the record of its patient (rows and records both in patient order). */
template <typename T>
void distribute(QList<PatientRecord>& records, const QHash<qint64, int>& index, QList<T> rows,
                QList<T> PatientRecord::*list)
{
    for (T& row : rows)
        if (const auto it = index.constFind(row.patientId); it != index.constEnd())
            (records[*it].*list).append(std::move(row));
}

}  // namespace

Result<QList<PatientRecord>> CaseService::loadPatientRange(qint64 firstId, qint64 lastId, bool markers)
{
    Status status;
    QList<PatientRecord> records;
    QHash<qint64, int> index;
    for (Patient& p : SqlTable<Patient>(m_db).loadRange(firstId, lastId, &status)) {
        index.insert(p.id, int(records.size()));
        records.append(PatientRecord{std::move(p), {}, {}, {}, {}, {}, {}, {}});
    }
    for (Diagnosis& d : SqlTable<Diagnosis>(m_db).loadRange(firstId, lastId, &status))
        if (const auto it = index.constFind(d.patientId); it != index.constEnd() && !records[*it].diagnosis)
            records[*it].diagnosis = std::move(d);
    distribute(records, index, SqlTable<Biopsy>(m_db).loadRange(firstId, lastId, &status), &PatientRecord::biopsies);
    distribute(records, index, SqlTable<DiseaseEvent>(m_db).loadRange(firstId, lastId, &status),
               &PatientRecord::events);
    distribute(records, index, SqlTable<TherapyLine>(m_db).loadRange(firstId, lastId, &status),
               &PatientRecord::therapies);
    if (markers)
        distribute(records, index, SqlTable<MarkerResult>(m_db).loadRange(firstId, lastId, &status),
                   &PatientRecord::markers);
    distribute(records, index, SqlTable<GeneticResult>(m_db).loadRange(firstId, lastId, &status),
               &PatientRecord::genomics);
    distribute(records, index, SqlTable<Medication>(m_db).loadRange(firstId, lastId, &status),
               &PatientRecord::medications);
    if (!status)
        return status.error();
    return records;
}

std::optional<qint64> CaseService::findPatientId(const QString& mrn)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"));
    q.bindValue(0, mrn.trimmed());
    std::optional<qint64> id;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<QList<PatientListEntry>> CaseService::listPatients()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, mrn, name, name_latin, sex, birth_date, archived, updated_at "
                               "FROM patients ORDER BY mrn")))
        return sqlError(tr("patient list"), q.lastError().text(), q.lastError().nativeErrorCode().toInt());
    QList<PatientListEntry> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     fromCode<Sex>(q.value(4).toString()).value_or(Sex::Unrecorded),
                     QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toBool(),
                     QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)});
    }
    return list;
}

QList<PatientListEntry> CaseService::findDuplicates(const Patient& p)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, mrn, name, name_latin, sex, birth_date, archived, updated_at FROM patients "
                             "WHERE id != ? AND (mrn = ? OR (name = ? AND birth_date = ?) "
                             "OR (name_latin = ? AND birth_date = ?))"));
    q.bindValue(0, p.id);
    q.bindValue(1, p.mrn.trimmed());
    q.bindValue(2, p.name.isEmpty() ? QVariant() : QVariant(p.name));
    q.bindValue(3, p.birthDate.isValid() ? QVariant(p.birthDate.toString(Qt::ISODate)) : QVariant());
    q.bindValue(4, p.nameLatin.isEmpty() ? QVariant() : QVariant(p.nameLatin));
    q.bindValue(5, p.birthDate.isValid() ? QVariant(p.birthDate.toString(Qt::ISODate)) : QVariant());
    QList<PatientListEntry> list;
    if (q.exec()) {
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         fromCode<Sex>(q.value(4).toString()).value_or(Sex::Unrecorded),
                         QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toBool(),
                         QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)});
    }
    return list;
}

Status CaseService::touch(qint64 patientId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE patients SET updated_at = ? WHERE id = ?"));
    q.bindValue(0, nowText(m_clock));
    q.bindValue(1, patientId);
    const bool ok = q.exec();
    const QSqlError e = q.lastError();
    q.finish();
    if (!ok)
        return sqlError(tr("patient"), e.text(), e.nativeErrorCode().toInt());
    return {};
}

Status CaseService::finish(Transaction& tx)
{
    if (auto s = tx.commit(); !s)
        return s;
    // The head file only lags (never leads) the table: written after the commit.
    return m_audit.writeHead();
}

Result<qint64> CaseService::savePatient(Patient p)
{
    p.mrn = p.mrn.trimmed();
    if (const auto errors = validator().check(p); !errors.isEmpty())
        return invalid(tr("patient"), errors);
    p.namePinyin = pinyin::fromHan(p.name);
    p.nameInitials = pinyin::initials(p.namePinyin);
    if (const auto other = findPatientId(p.mrn); other && *other != p.id)
        return Error{ErrorKind::InvalidInput, tr("patient: the MRN %1 is already used by another patient").arg(p.mrn)};

    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginError();
    SqlTable<Patient> table(m_db);
    const QString now = nowText(m_clock);
    const bool inserting = p.id == 0;
    if (inserting) {
        auto id = table.insert(p, {{QStringLiteral("created_at"), now}, {QStringLiteral("updated_at"), now}});
        if (!id)
            return id.error();
        if (auto s =
                m_audit.append({QStringLiteral("insert"), QStringLiteral("patient"), p.id, p.id, {}, toAuditJson(p)});
            !s)
            return s.error();
    } else {
        Status status;
        const auto before = table.load(p.id, &status);
        if (!before)
            return status ? Error{ErrorKind::NotFound, tr("no patient with id %1").arg(p.id)} : status.error();
        if (toAuditJson(*before) == toAuditJson(p))
            return p.id;  // nothing changed: no transaction, no audit row
        if (auto s = table.update(p, {{QStringLiteral("updated_at"), now}}); !s)
            return s.error();
        if (auto s = m_audit.append({QStringLiteral("update"), QStringLiteral("patient"), p.id, p.id,
                                     toAuditJson(*before), toAuditJson(p)});
            !s)
            return s.error();
    }
    if (auto s = finish(tx); !s)
        return s.error();
    if (inserting)
        emit patientAdded(p.id);
    else
        emit patientChanged(p.id);
    return p.id;
}

template <typename T> Result<qint64> CaseService::save(T record)
{
    const QString entity = QLatin1String(EntityTraits<T>::entity);
    if (const auto errors = validateRecord(validator(), record); !errors.isEmpty())
        return invalid(entity, errors);
    if (record.patientId <= 0)
        return Error{ErrorKind::InvalidInput, tr("%1: no patient given").arg(entity)};

    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginError();
    SqlTable<T> table(m_db);
    if constexpr (std::is_same_v<T, Diagnosis>) {
        // One diagnosis per patient: saving a new one replaces the stored one.
        const auto existing = table.loadForPatient(record.patientId);
        if (record.id == 0 && !existing.isEmpty())
            record.id = existing.front().id;
    }
    if (record.id == 0) {
        if (auto s = insertAudited(record); !s)
            return s.error();
    } else {
        Status status;
        const auto before = table.load(record.id, &status);
        if (!before || before->patientId != record.patientId)
            return status ? Error{ErrorKind::NotFound, tr("%1: no record with id %2").arg(entity).arg(record.id)}
                          : status.error();
        if (toAuditJson(*before) == toAuditJson(record))
            return record.id;
        if (auto s = table.update(record); !s)
            return s.error();
        if (auto s = m_audit.append({QStringLiteral("update"), entity, record.id, record.patientId,
                                     toAuditJson(*before), toAuditJson(record)});
            !s)
            return s.error();
    }
    if (auto s = touch(record.patientId); !s)
        return s.error();
    if (auto s = finish(tx); !s)
        return s.error();
    emit patientChanged(record.patientId);
    return record.id;
}

template <typename T> Status CaseService::remove(qint64 recordId)
{
    const QString entity = QLatin1String(EntityTraits<T>::entity);
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginError();
    SqlTable<T> table(m_db);
    Status status;
    const auto before = table.load(recordId, &status);
    if (!before)
        return status ? Error{ErrorKind::NotFound, tr("%1: no record with id %2").arg(entity).arg(recordId)}
                      : status.error();
    if (auto s = table.remove(recordId); !s)
        return s;
    if (auto s =
            m_audit.append({QStringLiteral("delete"), entity, recordId, before->patientId, toAuditJson(*before), {}});
        !s)
        return s;
    if (auto s = touch(before->patientId); !s)
        return s;
    if (auto s = finish(tx); !s)
        return s;
    emit patientChanged(before->patientId);
    return {};
}

template <typename T> Status CaseService::insertAudited(T& record)
{
    auto id = SqlTable<T>(m_db).insert(record);
    if (!id)
        return id.error();
    return m_audit.append({QStringLiteral("insert"),
                           QLatin1String(EntityTraits<T>::entity),
                           record.id,
                           record.patientId,
                           {},
                           toAuditJson(record)});
}

template <typename T> Status CaseService::removeAllOf(qint64 patientId, const QList<T>& records)
{
    SqlTable<T> table(m_db);
    for (const T& r : records) {
        if (auto s = table.remove(r.id); !s)
            return s;
        if (auto s = m_audit.append({QStringLiteral("delete"),
                                     QLatin1String(EntityTraits<T>::entity),
                                     r.id,
                                     patientId,
                                     toAuditJson(r),
                                     {}});
            !s)
            return s;
    }
    return {};
}

Result<qint64> CaseService::importRecord(PatientRecord record, bool replace)
{
    Patient& p = record.patient;
    p.mrn = p.mrn.trimmed();
    const Validator v = validator();
    QList<FieldError> errors = v.check(p);
    auto collect = [&](const auto& list, const char* key) {
        for (int i = 0; i < list.size(); ++i)
            for (const auto& e : v.check(list[i]))
                errors.append({QStringLiteral("%1[%2]%3")
                                   .arg(QLatin1String(key))
                                   .arg(i)
                                   .arg(e.field.isEmpty() ? QString() : QLatin1Char('.') + e.field),
                               e.message});
    };
    if (record.diagnosis)
        for (const auto& e : v.check(*record.diagnosis))
            errors.append({QStringLiteral("diagnosis.") + e.field, e.message});
    collect(record.biopsies, "biopsies");
    collect(record.events, "events");
    collect(record.therapies, "therapies");
    collect(record.markers, "markers");
    collect(record.genomics, "genomics");
    collect(record.medications, "medications");
    if (!errors.isEmpty())
        return invalid(p.mrn, errors);

    const auto existing = findPatientId(p.mrn);
    if (existing && !replace)
        return Error{ErrorKind::InvalidInput,
                     tr("%1: a patient with this MRN already exists (use --replace to replace her record)").arg(p.mrn)};
    p.namePinyin = pinyin::fromHan(p.name);
    p.nameInitials = pinyin::initials(p.namePinyin);

    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginError();
    const QString now = nowText(m_clock);
    SqlTable<Patient> patients(m_db);
    if (existing) {
        auto old = loadPatient(*existing);
        if (!old)
            return old.error();
        const PatientRecord& o = old.value();
        Status s;
        if (o.diagnosis)
            s = removeAllOf(*existing, QList<Diagnosis>{*o.diagnosis});
        if (s)
            s = removeAllOf(*existing, o.biopsies);
        if (s)
            s = removeAllOf(*existing, o.events);
        if (s)
            s = removeAllOf(*existing, o.therapies);
        if (s)
            s = removeAllOf(*existing, o.markers);
        if (s)
            s = removeAllOf(*existing, o.genomics);
        if (s)
            s = removeAllOf(*existing, o.medications);
        if (!s)
            return s.error();
        p.id = *existing;
        if (auto u = patients.update(p, {{QStringLiteral("updated_at"), now}}); !u)
            return u.error();
        Patient before = o.patient;
        if (auto a = m_audit.append(
                {QStringLiteral("update"), QStringLiteral("patient"), p.id, p.id, toAuditJson(before), toAuditJson(p)});
            !a)
            return a.error();
    } else {
        p.id = 0;
        auto id = patients.insert(p, {{QStringLiteral("created_at"), now}, {QStringLiteral("updated_at"), now}});
        if (!id)
            return id.error();
        if (auto a =
                m_audit.append({QStringLiteral("insert"), QStringLiteral("patient"), p.id, p.id, {}, toAuditJson(p)});
            !a)
            return a.error();
    }

    auto insertAll = [&](auto& list) -> Status {
        for (auto& item : list) {
            item.id = 0;
            item.patientId = p.id;
            if (auto s = insertAudited(item); !s)
                return s;
        }
        return {};
    };
    Status s;
    if (record.diagnosis) {
        record.diagnosis->id = 0;
        record.diagnosis->patientId = p.id;
        s = insertAudited(*record.diagnosis);
    }
    if (s)
        s = insertAll(record.biopsies);
    if (s)
        s = insertAll(record.events);
    if (s)
        s = insertAll(record.therapies);
    if (s)
        s = insertAll(record.markers);
    if (s)
        s = insertAll(record.genomics);
    if (s)
        s = insertAll(record.medications);
    if (!s)
        return s.error();
    if (auto f = finish(tx); !f)
        return f.error();
    if (existing)
        emit patientChanged(p.id);
    else
        emit patientAdded(p.id);
    return p.id;
}

Status CaseService::logAction(const QString& action, qint64 patientId, const QJsonObject& details)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginError();
    if (auto s = m_audit.append({action, QStringLiteral("patient"), patientId, patientId, {}, details}); !s)
        return s;
    return finish(tx);
}

#define ONCO_INSTANTIATE(T)                                                                                            \
    template Result<qint64> CaseService::save<T>(T);                                                                   \
    template Status CaseService::remove<T>(qint64);
ONCO_INSTANTIATE(Diagnosis)
ONCO_INSTANTIATE(Biopsy)
ONCO_INSTANTIATE(DiseaseEvent)
ONCO_INSTANTIATE(TherapyLine)
ONCO_INSTANTIATE(MarkerResult)
ONCO_INSTANTIATE(GeneticResult)
ONCO_INSTANTIATE(Medication)
#undef ONCO_INSTANTIATE

}  // namespace onco
