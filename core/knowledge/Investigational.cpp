// Investigational agents (clinical-rules.md §0): parsing and the canonical text.
#include "core/knowledge/Investigational.h"

#include <QStringList>

namespace onco {

namespace {

constexpr auto kWord = QLatin1StringView("investigational");
constexpr int kMaxLabel = 60;

std::optional<InvestigationalAgent::Class> classByCode(const QString& code)
{
    for (InvestigationalAgent::Class c : kInvestigationalClasses)
        if (code.compare(investigationalClassCode(c), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

InvestigationalParse failed(InvestigationalError error, const QString& detail = {})
{
    InvestigationalParse p;
    p.error = error;
    p.detail = detail;
    return p;
}

}  // namespace

QString investigationalClassCode(InvestigationalAgent::Class c)
{
    switch (c) {
    case InvestigationalAgent::AI:
        return QStringLiteral("AI");
    case InvestigationalAgent::SERM:
        return QStringLiteral("SERM");
    case InvestigationalAgent::SerdInj:
        return QStringLiteral("SERD_INJ");
    case InvestigationalAgent::SerdOral:
        return QStringLiteral("SERD_ORAL");
    case InvestigationalAgent::Cdk46i:
        return QStringLiteral("CDK46I");
    case InvestigationalAgent::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

bool looksInvestigational(const QString& drug)
{
    return drug.trimmed().startsWith(kWord, Qt::CaseInsensitive);
}

InvestigationalParse parseInvestigational(const QString& drug)
{
    const QString text = drug.trimmed();
    if (!text.startsWith(kWord, Qt::CaseInsensitive))
        return failed(InvestigationalError::Malformed, text);
    InvestigationalAgent agent;
    QString rest = text.mid(kWord.size());
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return failed(InvestigationalError::Malformed, text);
        const QString inside = rest.mid(1, close - 1).trimmed();
        if (inside.isEmpty())
            return failed(InvestigationalError::EmptyBrackets);
        agent.classes = 0;
        agent.bracketed = true;
        for (const QString& part : inside.split(QLatin1Char('|'))) {
            const auto c = classByCode(part.trimmed());
            if (!c)
                return failed(InvestigationalError::UnknownClass, part.trimmed());
            agent.classes |= *c;  // a repeated class counts once
        }
        rest = rest.mid(close + 1);
    }
    if (rest.isEmpty())
        return {agent, InvestigationalError::None, {}};
    if (!rest.startsWith(QLatin1Char(':')))
        return failed(InvestigationalError::Malformed, text);
    agent.label = rest.mid(1).trimmed();
    if (agent.label.isEmpty())
        return failed(InvestigationalError::EmptyLabel);
    if (agent.label.toUcs4().size() > kMaxLabel)
        return failed(InvestigationalError::LabelTooLong, QString::number(agent.label.toUcs4().size()));
    return {agent, InvestigationalError::None, {}};
}

QString InvestigationalAgent::text() const
{
    QString out = kWord;
    if (bracketed && classes != kAllClasses) {
        QStringList codes;
        for (Class c : kInvestigationalClasses)
            if (has(c))
                codes << investigationalClassCode(c);
        out += QLatin1Char('[') + codes.join(QLatin1Char('|')) + QLatin1Char(']');
    }
    if (!label.isEmpty())
        out += QLatin1Char(':') + label;
    return out;
}

}  // namespace onco
