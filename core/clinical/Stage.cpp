#include "core/clinical/Stage.h"

namespace onco::clinical {

const QStringList& stageGroups()
{
    static const QStringList groups{QStringLiteral("0"),    QStringLiteral("I"),    QStringLiteral("IA"),
                                    QStringLiteral("IB"),   QStringLiteral("II"),   QStringLiteral("IIA"),
                                    QStringLiteral("IIB"),  QStringLiteral("III"),  QStringLiteral("IIIA"),
                                    QStringLiteral("IIIB"), QStringLiteral("IIIC"), QStringLiteral("IV")};
    return groups;
}

std::optional<QString> normalizeStage(const QString& text)
{
    // NFKC folds full-width letters and the Roman numerals Ⅱ, Ⅳ … into plain letters; "Stage" and 期 go.
    QString s = text.normalized(QString::NormalizationForm_KC).toUpper();
    s.remove(QChar(0x671F));  // 期
    s.remove(QLatin1Char(' '));
    s = s.trimmed();
    if (s.startsWith(QLatin1String("STAGE")))
        s = s.mid(5);
    if (s.isEmpty())
        return text.trimmed().isEmpty() ? std::optional<QString>(QString()) : std::nullopt;
    static const QStringList roman{QStringLiteral("0"), QStringLiteral("I"), QStringLiteral("II"),
                                   QStringLiteral("III"), QStringLiteral("IV")};
    if (s.front().isDigit()) {
        const int n = s.front().digitValue();
        if (n < 0 || n > 4)
            return std::nullopt;
        s = roman[n] + s.mid(1);
    }
    if (s == QLatin1String("IVA") || s == QLatin1String("IVB") || s == QLatin1String("IVC"))
        s = QStringLiteral("IV");
    if (s == QLatin1String("0IS") || s == QLatin1String("TIS"))
        s = QStringLiteral("0");
    return stageGroups().contains(s) ? std::optional<QString>(s) : std::nullopt;
}

}  // namespace onco::clinical
