#include "core/services/CaseService.h"

#include "core/domain/Pinyin.h"
#include "core/domain/RecordFields.h"
#include "core/knowledge/Knowledge.h"
#include "core/services/RecordReads.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Storage.h"
#include "core/util/Clock.h"

namespace onco {

namespace {

template <typename T> QString entityOf()
{
    return QLatin1String(RecordKind<T>::entity);
}

}  // namespace

CaseService::CaseService(Storage& storage, const Clock& clock, const Knowledge& knowledge, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_patients(storage.patients())
    , m_clock(clock)
    , m_knowledge(knowledge)
{}

CaseService::~CaseService() = default;

Validator CaseService::validator() const
{
    return Validator(m_knowledge, m_clock.today());
}

QString CaseService::location() const
{
    return m_storage.location();
}

bool CaseService::isReadOnly() const
{
    return m_storage.isReadOnly() || (m_account && !accounts::canWrite(m_account->role));
}

void CaseService::signIn(const accounts::Account& account)
{
    m_account = account;
    setUser(account.name);
}

Status CaseService::checkWritable() const
{
    if (m_account && !accounts::canWrite(m_account->role))
        return Error{ErrorKind::ReadOnly, tr("the account \"%1\" is read-only: it may search, view and print, not "
                                             "change records")
                                              .arg(m_account->name)};
    return {};
}

QString CaseService::user() const
{
    return m_storage.audit().user();
}

void CaseService::setUser(const QString& user)
{
    m_storage.audit().setUser(user);
}

Error CaseService::invalid(const QString& entity, const QList<FieldError>& errors) const
{
    QStringList parts;
    for (const auto& e : errors)
        parts << (e.field.isEmpty() ? e.message : e.field + QStringLiteral(": ") + e.message);
    return {ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(entity, parts.join(QStringLiteral("; ")))};
}

void CaseService::noteShown(qint64 patientId, const QDateTime& version)
{
    m_shown.insert(patientId, version);
}

void CaseService::keepMine(qint64 patientId)
{
    m_shown.remove(patientId);
}

void CaseService::noteWritten(qint64 patientId, const QDateTime& now)
{
    if (m_shown.contains(patientId))
        m_shown.insert(patientId, now);
}

Status CaseService::checkVersion(qint64 patientId)
{
    const auto shown = m_shown.constFind(patientId);
    if (shown == m_shown.constEnd())
        return {};
    const auto stored = m_patients.lockVersion(patientId);
    if (!stored)
        return stored.error();
    if (!stored->isValid() || *stored == *shown)
        return {};
    const auto last = m_storage.audit().lastChange(patientId);
    const QString who = last && !last->user.isEmpty() ? last->user : tr("another user");
    const QDateTime at = last && last->at.isValid() ? last->at : *stored;
    return Error{ErrorKind::Conflict,
                 tr("this patient's record was changed by %1 at %2 on another workstation; reload it to see the "
                    "change, or keep yours to save it over")
                     .arg(who, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
}

Result<PatientRecord> CaseService::loadPatient(qint64 patientId)
{
    const auto patient = m_patients.findPatient(patientId);
    if (!patient)
        return patient.error();
    if (!patient.value())
        return Error{ErrorKind::NotFound, tr("no patient with id %1").arg(patientId)};
    PatientRecord rec;
    rec.patient = *patient.value();
    Status status;
    const auto diagnoses = takeRows(m_patients.ofPatient(RecordOf<Diagnosis>{}, patientId), status);
    if (!diagnoses.isEmpty())
        rec.diagnosis = diagnoses.front();
    forEachListKind([&](auto kind) {
        using T = decltype(kind);
        rec.*RecordKind<T>::list = takeRows(m_patients.ofPatient(RecordOf<T>{}, patientId), status);
    });
    if (!status)
        return status.error();
    return rec;
}

Result<QList<PatientRecord>> CaseService::loadPatientRange(qint64 firstId, qint64 lastId, bool markers)
{
    return readRecordRange(m_patients, firstId, lastId, markers);
}

std::optional<qint64> CaseService::findPatientId(const QString& mrn)
{
    const auto id = m_patients.idOfMrn(mrn);
    return id ? id.value() : std::nullopt;
}

Result<QList<PatientListEntry>> CaseService::listPatients()
{
    return m_patients.listPatients();
}

QList<PatientListEntry> CaseService::findDuplicates(const Patient& p)
{
    auto list = m_patients.duplicatesOf(p);
    return list ? list.value() : QList<PatientListEntry>();
}

Status CaseService::finish(WriteTransaction& tx)
{
    if (auto s = tx.commit(); !s)
        return s;
    // The head only lags (never leads) the trail: written after the commit.
    return m_storage.audit().writeHead();
}

Result<qint64> CaseService::savePatient(Patient p)
{
    if (auto s = checkWritable(); !s)
        return s.error();
    p.mrn = p.mrn.trimmed();
    if (const auto errors = validator().check(p); !errors.isEmpty())
        return invalid(tr("patient"), errors);
    p.namePinyin = pinyin::fromHan(p.name);
    p.nameInitials = pinyin::initials(p.namePinyin);
    if (const auto other = findPatientId(p.mrn); other && *other != p.id)
        return Error{ErrorKind::InvalidInput, tr("patient: the MRN %1 is already used by another patient").arg(p.mrn)};

    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    AuditLog& audit = m_storage.audit();
    const QDateTime now = m_clock.now();
    const bool inserting = p.id == 0;
    if (inserting) {
        if (auto s = m_patients.insertPatient(p, now); !s)
            return s.error();
        if (auto s =
                audit.append({QStringLiteral("insert"), QStringLiteral("patient"), p.id, p.id, {}, toAuditJson(p)});
            !s)
            return s.error();
    } else {
        if (auto s = checkVersion(p.id); !s)
            return s.error();
        const auto before = m_patients.findPatient(p.id);
        if (!before)
            return before.error();
        if (!before.value())
            return Error{ErrorKind::NotFound, tr("no patient with id %1").arg(p.id)};
        if (toAuditJson(*before.value()) == toAuditJson(p))
            return p.id;  // nothing changed: no transaction, no audit row
        if (auto s = m_patients.updatePatient(p, now); !s)
            return s.error();
        if (auto s = audit.append({QStringLiteral("update"), QStringLiteral("patient"), p.id, p.id,
                                   toAuditJson(*before.value()), toAuditJson(p)});
            !s)
            return s.error();
    }
    if (auto s = finish(*tx.value()); !s)
        return s.error();
    noteWritten(p.id, now);
    if (inserting)
        emit patientAdded(p.id);
    else
        emit patientChanged(p.id);
    return p.id;
}

template <typename T> Result<qint64> CaseService::save(T record)
{
    if (auto s = checkWritable(); !s)
        return s.error();
    const QString entity = entityOf<T>();
    if (const auto errors = validator().check(record); !errors.isEmpty())
        return invalid(entity, errors);
    if (record.patientId <= 0)
        return Error{ErrorKind::InvalidInput, tr("%1: no patient given").arg(entity)};

    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    if (auto s = checkVersion(record.patientId); !s)
        return s.error();
    if constexpr (std::is_same_v<T, Diagnosis>) {
        // One diagnosis per patient: saving a new one replaces the stored one.
        const auto existing = m_patients.ofPatient(RecordOf<Diagnosis>{}, record.patientId);
        if (record.id == 0 && existing && !existing->isEmpty())
            record.id = existing->front().id;
    }
    if (record.id == 0) {
        if (auto s = insertAudited(record); !s)
            return s.error();
    } else {
        const auto before = m_patients.find(RecordOf<T>{}, record.id);
        if (!before)
            return before.error();
        if (!before.value() || before.value()->patientId != record.patientId)
            return Error{ErrorKind::NotFound, tr("%1: no record with id %2").arg(entity).arg(record.id)};
        if (toAuditJson(*before.value()) == toAuditJson(record))
            return record.id;
        if (auto s = m_patients.update(record); !s)
            return s.error();
        if (auto s = m_storage.audit().append({QStringLiteral("update"), entity, record.id, record.patientId,
                                               toAuditJson(*before.value()), toAuditJson(record)});
            !s)
            return s.error();
    }
    const QDateTime now = m_clock.now();
    if (auto s = m_patients.touchPatient(record.patientId, now); !s)
        return s.error();
    if (auto s = finish(*tx.value()); !s)
        return s.error();
    noteWritten(record.patientId, now);
    emit patientChanged(record.patientId);
    return record.id;
}

template <typename T> Status CaseService::remove(qint64 recordId)
{
    if (auto s = checkWritable(); !s)
        return s;
    const QString entity = entityOf<T>();
    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    const auto before = m_patients.find(RecordOf<T>{}, recordId);
    if (!before)
        return before.error();
    if (!before.value())
        return Error{ErrorKind::NotFound, tr("%1: no record with id %2").arg(entity).arg(recordId)};
    const T& old = *before.value();
    if (auto s = checkVersion(old.patientId); !s)
        return s;
    if (auto s = m_patients.remove(RecordOf<T>{}, recordId); !s)
        return s;
    if (auto s =
            m_storage.audit().append({QStringLiteral("delete"), entity, recordId, old.patientId, toAuditJson(old), {}});
        !s)
        return s;
    const QDateTime now = m_clock.now();
    if (auto s = m_patients.touchPatient(old.patientId, now); !s)
        return s;
    if (auto s = finish(*tx.value()); !s)
        return s;
    noteWritten(old.patientId, now);
    emit patientChanged(old.patientId);
    return {};
}

template <typename T> Status CaseService::insertAudited(T& record)
{
    if (auto s = m_patients.insert(record); !s)
        return s;
    return m_storage.audit().append(
        {QStringLiteral("insert"), entityOf<T>(), record.id, record.patientId, {}, toAuditJson(record)});
}

template <typename T> Status CaseService::removeAllOf(qint64 patientId, const QList<T>& records)
{
    for (const T& r : records) {
        if (auto s = m_patients.remove(RecordOf<T>{}, r.id); !s)
            return s;
        if (auto s = m_storage.audit().append(
                {QStringLiteral("delete"), entityOf<T>(), r.id, patientId, toAuditJson(r), {}});
            !s)
            return s;
    }
    return {};
}

Result<qint64> CaseService::importRecord(PatientRecord record, bool replace)
{
    if (auto s = checkWritable(); !s)
        return s.error();
    Patient& p = record.patient;
    p.mrn = p.mrn.trimmed();
    const Validator v = validator();
    QList<FieldError> errors = v.check(p);
    if (record.diagnosis)
        for (const auto& e : v.check(*record.diagnosis))
            errors.append({QStringLiteral("diagnosis.") + e.field, e.message});
    forEachListKind([&](auto kind) {
        using T = decltype(kind);
        const QList<T>& list = record.*RecordKind<T>::list;
        for (int i = 0; i < list.size(); ++i)
            for (const auto& e : v.check(list[i]))
                errors.append({QStringLiteral("%1[%2]%3")
                                   .arg(QLatin1String(RecordKind<T>::key))
                                   .arg(i)
                                   .arg(e.field.isEmpty() ? QString() : QLatin1Char('.') + e.field),
                               e.message});
    });
    if (!errors.isEmpty())
        return invalid(p.mrn, errors);

    const auto existing = findPatientId(p.mrn);
    if (existing && !replace)
        return Error{ErrorKind::InvalidInput,
                     tr("%1: a patient with this MRN already exists (use --replace to replace her record)").arg(p.mrn)};
    p.namePinyin = pinyin::fromHan(p.name);
    p.nameInitials = pinyin::initials(p.namePinyin);

    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    AuditLog& audit = m_storage.audit();
    const QDateTime now = m_clock.now();
    if (existing) {
        if (auto s = checkVersion(*existing); !s)
            return s.error();
        auto old = loadPatient(*existing);
        if (!old)
            return old.error();
        const PatientRecord& o = old.value();
        Status s;
        if (o.diagnosis)
            s = removeAllOf(*existing, QList<Diagnosis>{*o.diagnosis});
        forEachListKind([&](auto kind) {
            using T = decltype(kind);
            if (s)
                s = removeAllOf(*existing, o.*RecordKind<T>::list);
        });
        if (!s)
            return s.error();
        p.id = *existing;
        if (auto u = m_patients.updatePatient(p, now); !u)
            return u.error();
        if (auto a = audit.append({QStringLiteral("update"), QStringLiteral("patient"), p.id, p.id,
                                   toAuditJson(o.patient), toAuditJson(p)});
            !a)
            return a.error();
    } else {
        p.id = 0;
        if (auto u = m_patients.insertPatient(p, now); !u)
            return u.error();
        if (auto a =
                audit.append({QStringLiteral("insert"), QStringLiteral("patient"), p.id, p.id, {}, toAuditJson(p)});
            !a)
            return a.error();
    }

    Status s;
    if (record.diagnosis) {
        record.diagnosis->id = 0;
        record.diagnosis->patientId = p.id;
        s = insertAudited(*record.diagnosis);
    }
    forEachListKind([&](auto kind) {
        using T = decltype(kind);
        for (T& item : record.*RecordKind<T>::list) {
            if (!s)
                return;
            item.id = 0;
            item.patientId = p.id;
            s = insertAudited(item);
        }
    });
    if (!s)
        return s.error();
    if (auto f = finish(*tx.value()); !f)
        return f.error();
    noteWritten(p.id, now);
    if (existing)
        emit patientChanged(p.id);
    else
        emit patientAdded(p.id);
    return p.id;
}

Status CaseService::insertGenerated(QList<PatientRecord>& records, const QJsonObject& details)
{
    if (auto s = checkWritable(); !s)
        return s;
    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.now();
    for (PatientRecord& rec : records) {
        if (auto s = m_patients.insertPatient(rec.patient, now); !s)
            return s;
        Status s;
        if (rec.diagnosis) {
            rec.diagnosis->patientId = rec.patient.id;
            s = m_patients.insert(*rec.diagnosis);
        }
        forEachListKind([&](auto kind) {
            using T = decltype(kind);
            for (T& item : rec.*RecordKind<T>::list) {
                if (!s)
                    return;
                item.patientId = rec.patient.id;
                s = m_patients.insert(item);
            }
        });
        if (!s)
            return s;
    }
    if (auto s = m_storage.audit().append({QStringLiteral("generate"), QStringLiteral("patient"), 0, 0, {}, details});
        !s)
        return s;
    return finish(*tx.value());
}

Status CaseService::logAction(const QString& action, qint64 patientId, const QJsonObject& details)
{
    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    if (auto s = m_storage.audit().append({action, QStringLiteral("patient"), patientId, patientId, {}, details}); !s)
        return s;
    return finish(*tx.value());
}

#define ONCO_INSTANTIATE(T, ...)                                                                                       \
    template Result<qint64> CaseService::save<T>(T);                                                                   \
    template Status CaseService::remove<T>(qint64);
ONCO_OWNED_RECORD_KINDS(ONCO_INSTANTIATE)
#undef ONCO_INSTANTIATE

}  // namespace onco
