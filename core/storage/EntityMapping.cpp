#include "core/storage/EntityMapping.h"

#include "core/util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <type_traits>

namespace onco {

namespace {

// --- conversions between member types and SQL values (empty/absent <-> NULL) ---

QVariant toSql(const QString& v)
{
    return v.isEmpty() ? QVariant() : QVariant(v);
}
void fromSql(const QVariant& v, QString& out)
{
    out = v.toString();
}

QVariant toSql(const QDate& v)
{
    return v.isValid() ? QVariant(dates::toIso(v)) : QVariant();
}
void fromSql(const QVariant& v, QDate& out)
{
    out = dates::parseIso(v.toString());
}

QVariant toSql(bool v)
{
    return v ? 1 : 0;
}
void fromSql(const QVariant& v, bool& out)
{
    out = v.toInt() != 0;
}

QVariant toSql(double v)
{
    return v;
}
void fromSql(const QVariant& v, double& out)
{
    out = v.toDouble();
}

QVariant toSql(int v)
{
    return v;
}
void fromSql(const QVariant& v, int& out)
{
    out = v.toInt();
}

template <typename V> QVariant toSql(const std::optional<V>& v)
{
    return v ? toSql(*v) : QVariant();
}
template <typename V> void fromSql(const QVariant& v, std::optional<V>& out)
{
    if (v.isNull()) {
        out.reset();
    } else {
        V value{};
        fromSql(v, value);
        out = value;
    }
}

template <typename E>
requires std::is_enum_v<E> QVariant toSql(E v)
{
    return toSql(toCode(v));
}
template <typename E>
requires std::is_enum_v<E>
void fromSql(const QVariant& v, E& out)
{
    out = fromCode<E>(v.toString()).value_or(E{});
}

QVariant toSql(const QStringList& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v)).toJson(QJsonDocument::Compact));
}
void fromSql(const QVariant& v, QStringList& out)
{
    out.clear();
    for (const auto& item : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << item.toString();
}

QVariant toSql(const QList<Site>& v)
{
    if (v.isEmpty())
        return {};
    QStringList codes;
    for (Site s : v)
        codes << toCode(s);
    return toSql(codes);
}
void fromSql(const QVariant& v, QList<Site>& out)
{
    QStringList codes;
    fromSql(v, codes);
    out.clear();
    for (const auto& code : codes)
        if (auto s = fromCode<Site>(code))
            out << *s;
}

/** A column bound to a data member. */
template <typename T, typename M> Column<T> col(const char* name, M T::*member)
{
    return {name, [member](const T& t) { return toSql(t.*member); },
            [member](T& t, const QVariant& v) { fromSql(v, t.*member); }};
}

/** A column bound to a member of the entity's receptors. */
template <typename T, typename M> Column<T> rcol(const char* name, M Receptors::*member)
{
    return {name, [member](const T& t) { return toSql(t.receptors.*member); },
            [member](T& t, const QVariant& v) { fromSql(v, t.receptors.*member); }};
}

template <typename T> QList<Column<T>> receptorColumns()
{
    return {rcol<T>("er", &Receptors::er),
            rcol<T>("er_percent", &Receptors::erPercent),
            rcol<T>("pr", &Receptors::pr),
            rcol<T>("pr_percent", &Receptors::prPercent),
            rcol<T>("her2_ihc", &Receptors::her2Ihc),
            rcol<T>("her2_ish", &Receptors::her2Ish),
            rcol<T>("ki67_percent", &Receptors::ki67Percent)};
}

}  // namespace

template <> const QList<Column<Patient>>& columns()
{
    static const QList<Column<Patient>> c{
        col("mrn", &Patient::mrn),
        col("outpatient_number", &Patient::outpatientNumber),
        col("inpatient_number", &Patient::inpatientNumber),
        col("name", &Patient::name),
        col("name_pinyin", &Patient::namePinyin),
        col("name_initials", &Patient::nameInitials),
        col("name_latin", &Patient::nameLatin),
        col("sex", &Patient::sex),
        col("birth_date", &Patient::birthDate),
        col("menopausal_status", &Patient::menopausalStatus),
        col("menopausal_evidence", &Patient::menopausalEvidence),
        col("bilateral_oophorectomy", &Patient::bilateralOophorectomy),
        col("bilateral_oophorectomy_date", &Patient::bilateralOophorectomyDate),
        col("child_pugh", &Patient::childPugh),
        col("visceral_crisis", &Patient::visceralCrisis),
        col("id_card", &Patient::idCard),
        col("phone", &Patient::phone),
        col("archived", &Patient::archived),
    };
    return c;
}

template <> const QList<Column<Patient>>& readOnlyColumns()
{
    static const QList<Column<Patient>> c{
        {"updated_at", [](const Patient& p) { return QVariant(p.updatedAt.toString(Qt::ISODateWithMs)); },
         [](Patient& p, const QVariant& v) { p.updatedAt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }},
    };
    return c;
}

template <> const QList<Column<Diagnosis>>& columns()
{
    static const QList<Column<Diagnosis>> c = [] {
        QList<Column<Diagnosis>> list{
            col("date", &Diagnosis::date),
            col("laterality", &Diagnosis::laterality),
            col("histology", &Diagnosis::histology),
            col("grade", &Diagnosis::grade),
            col("tnm_t", &Diagnosis::tnmT),
            col("tnm_n", &Diagnosis::tnmN),
            col("tnm_m", &Diagnosis::tnmM),
            col("stage", &Diagnosis::stage),
            col("de_novo_metastatic", &Diagnosis::deNovoMetastatic),
        };
        list << receptorColumns<Diagnosis>();
        return list;
    }();
    return c;
}

template <> const QList<Column<Biopsy>>& columns()
{
    static const QList<Column<Biopsy>> c = [] {
        QList<Column<Biopsy>> list{col("date", &Biopsy::date), col("site", &Biopsy::site)};
        list << receptorColumns<Biopsy>() << col("note", &Biopsy::note);
        return list;
    }();
    return c;
}

template <> const QList<Column<DiseaseEvent>>& columns()
{
    static const QList<Column<DiseaseEvent>> c{
        col("date", &DiseaseEvent::date),         col("type", &DiseaseEvent::type),
        col("extent", &DiseaseEvent::extent),     col("sites", &DiseaseEvent::sites),
        col("evidence", &DiseaseEvent::evidence), col("note", &DiseaseEvent::note),
    };
    return c;
}

template <> const QList<Column<TherapyLine>>& columns()
{
    static const QList<Column<TherapyLine>> c{
        col("start", &TherapyLine::start),
        col("end", &TherapyLine::end),
        col("setting", &TherapyLine::setting),
        col("drugs", &TherapyLine::drugs),
        col("stop_reason", &TherapyLine::stopReason),
        col("best_response", &TherapyLine::bestResponse),
        col("line_number", &TherapyLine::lineNumberOverride),
        col("note", &TherapyLine::note),
    };
    return c;
}

template <> const QList<Column<MarkerResult>>& columns()
{
    static const QList<Column<MarkerResult>> c{
        col("date", &MarkerResult::date), col("analyte", &MarkerResult::analyte), col("value", &MarkerResult::value),
        col("unit", &MarkerResult::unit), col("uln", &MarkerResult::uln),         col("assay", &MarkerResult::assay),
    };
    return c;
}

template <> const QList<Column<GeneticResult>>& columns()
{
    static const QList<Column<GeneticResult>> c{
        col("date", &GeneticResult::date),
        col("gene", &GeneticResult::gene),
        col("variant", &GeneticResult::variant),
        col("result", &GeneticResult::result),
        col("specimen", &GeneticResult::specimen),
        col("origin", &GeneticResult::origin),
        col("vaf_percent", &GeneticResult::vafPercent),
        col("assay", &GeneticResult::assay),
    };
    return c;
}

template <> const QList<Column<Medication>>& columns()
{
    static const QList<Column<Medication>> c{
        col("name", &Medication::name),
        col("start", &Medication::start),
        col("end", &Medication::end),
    };
    return c;
}

}  // namespace onco
