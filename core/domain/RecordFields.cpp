#include "core/domain/RecordFields.h"

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

template <typename M> struct TypeOf;
template <> struct TypeOf<QString>
{
    static constexpr FieldType type = FieldType::Text;
};
template <> struct TypeOf<QDate>
{
    static constexpr FieldType type = FieldType::Date;
};
template <> struct TypeOf<bool>
{
    static constexpr FieldType type = FieldType::Bool;
};
template <> struct TypeOf<int>
{
    static constexpr FieldType type = FieldType::Integer;
};
template <> struct TypeOf<double>
{
    static constexpr FieldType type = FieldType::Real;
};
template <> struct TypeOf<QStringList>
{
    static constexpr FieldType type = FieldType::TextList;
};
template <typename V> struct TypeOf<std::optional<V>> : TypeOf<V>
{};
template <typename E>
requires std::is_enum_v<E>
struct TypeOf<E>
{
    static constexpr FieldType type = FieldType::Code;
};
template <typename E>
requires std::is_enum_v<E>
struct TypeOf<QList<E>>
{
    static constexpr FieldType type = FieldType::CodeList;
};

/** The valid codes of an enumeration field (none for other types). */
template <typename M> struct CodesOf
{
    static QStringList get() { return {}; }
};
template <typename E>
requires std::is_enum_v<E>
struct CodesOf<E>
{
    static QStringList get() { return allCodes<E>(); }
};
template <typename E>
requires std::is_enum_v<E>
struct CodesOf<QList<E>>
{
    static QStringList get() { return allCodes<E>(); }
};
template <typename V> struct CodesOf<std::optional<V>> : CodesOf<V>
{};

template <typename M> QStringList codesOf()
{
    return CodesOf<M>::get();
}

enum Need { Optional, Required };

/** A field bound to a data member. */
template <typename T, typename M> Field<T> col(const char* name, M T::*member, Need need = Optional)
{
    return {name,
            TypeOf<M>::type,
            [member](const T& t) { return toSql(t.*member); },
            [member](T& t, const QVariant& v) { fromSql(v, t.*member); },
            need == Required,
            codesOf<M>()};
}

/** A field bound to a member of the record's receptors. */
template <typename T, typename M> Field<T> rcol(const char* name, M Receptors::*member)
{
    return {name,
            TypeOf<M>::type,
            [member](const T& t) { return toSql(t.receptors.*member); },
            [member](T& t, const QVariant& v) { fromSql(v, t.receptors.*member); },
            false,
            codesOf<M>()};
}

template <typename T> Field<T> ranged(Field<T> f, int min, int max)
{
    f.min = min;
    f.max = max;
    return f;
}

template <typename T> QList<Field<T>> receptorColumns()
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

template <> const QList<Field<Patient>>& fields()
{
    static const QList<Field<Patient>> c{
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

template <> const QList<Field<Patient>>& storageFields()
{
    static const QList<Field<Patient>> c{
        {"updated_at", FieldType::Text,
         [](const Patient& p) { return QVariant(p.updatedAt.toString(Qt::ISODateWithMs)); },
         [](Patient& p, const QVariant& v) { p.updatedAt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }},
    };
    return c;
}

template <> const QList<Field<Diagnosis>>& fields()
{
    static const QList<Field<Diagnosis>> c = [] {
        QList<Field<Diagnosis>> list{
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

template <> const QList<Field<Biopsy>>& fields()
{
    static const QList<Field<Biopsy>> c = [] {
        QList<Field<Biopsy>> list{col("date", &Biopsy::date, Required), col("site", &Biopsy::site)};
        list << receptorColumns<Biopsy>() << col("note", &Biopsy::note);
        return list;
    }();
    return c;
}

template <> const QList<Field<DiseaseEvent>>& fields()
{
    static const QList<Field<DiseaseEvent>> c{
        col("date", &DiseaseEvent::date, Required), col("type", &DiseaseEvent::type, Required),
        col("extent", &DiseaseEvent::extent),       col("sites", &DiseaseEvent::sites),
        col("evidence", &DiseaseEvent::evidence),   col("note", &DiseaseEvent::note),
    };
    return c;
}

template <> const QList<Field<TherapyLine>>& fields()
{
    static const QList<Field<TherapyLine>> c{
        col("start", &TherapyLine::start, Required),
        col("end", &TherapyLine::end),
        col("setting", &TherapyLine::setting, Required),
        col("drugs", &TherapyLine::drugs),
        col("stop_reason", &TherapyLine::stopReason),
        col("best_response", &TherapyLine::bestResponse),
        ranged(col("line_number", &TherapyLine::lineNumberOverride), 1, 99),
        col("note", &TherapyLine::note),
    };
    return c;
}

template <> const QList<Field<MarkerResult>>& fields()
{
    static const QList<Field<MarkerResult>> c{
        col("date", &MarkerResult::date, Required),
        col("analyte", &MarkerResult::analyte, Required),
        col("value", &MarkerResult::value, Required),
        col("unit", &MarkerResult::unit),
        col("uln", &MarkerResult::uln),
        col("assay", &MarkerResult::assay),
    };
    return c;
}

template <> const QList<Field<GeneticResult>>& fields()
{
    static const QList<Field<GeneticResult>> c{
        col("date", &GeneticResult::date, Required),    col("gene", &GeneticResult::gene, Required),
        col("variant", &GeneticResult::variant),        col("result", &GeneticResult::result, Required),
        col("specimen", &GeneticResult::specimen),      col("origin", &GeneticResult::origin),
        col("vaf_percent", &GeneticResult::vafPercent), col("assay", &GeneticResult::assay),
    };
    return c;
}

template <> const QList<Field<Medication>>& fields()
{
    static const QList<Field<Medication>> c{
        col("name", &Medication::name, Required),
        col("start", &Medication::start, Required),
        col("end", &Medication::end),
    };
    return c;
}

}  // namespace onco
