#include "core/storage/postgres/PgPatientSearch.h"

#include "core/storage/SearchText.h"
#include "core/storage/sql/SqlConnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace onco {

namespace {

/** The text as a LIKE literal (backslash is PostgreSQL's escape character for LIKE). */
QString literal(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

}  // namespace

PgPatientSearch::PgPatientSearch(SqlConnection& db)
    : SqlPatientSearch(db)
{}

QString PgPatientSearch::matchCondition(const QString& text, QStringList& patterns)
{
    // As the SQLite search reads its FTS5 index: the tokens as one phrase whose last token is a prefix, in any
    // column; a Chinese name from any of its characters; a number also from its middle.
    const QStringList tokens = searchtext::tokens(text.normalized(QString::NormalizationForm_KC).toLower());
    if (tokens.isEmpty())
        return {};
    // The tokens apart as the text has them ("mz-demo", "zhang wei"): any one character between them.
    QStringList escaped;
    for (const QString& token : tokens)
        escaped << literal(token);
    const QString phrase = escaped.join(QLatin1Char('_'));
    const QString joined = literal(tokens.join(QString()));  // "zhangwei", "张伟"
    QStringList any;
    const auto like = [&](const char* column, const QString& pattern) {
        any << QStringLiteral("t.%1 LIKE ?").arg(QLatin1String(column));
        patterns << pattern;
    };
    // A word of a phrase column: at its start, or after a space.
    const auto word = [&](const char* column) {
        like(column, phrase + QLatin1Char('%'));
        like(column, QStringLiteral("% ") + phrase + QLatin1Char('%'));
    };
    // Chinese characters are only in the name: its character index finds the candidates, LIKE keeps them in order.
    const bool han = std::all_of(tokens.begin(), tokens.end(), [](const QString& t) {
        return t.size() == 1 && t.at(0).script() == QChar::Script_Han;
    });
    if (han) {
        patterns << QLatin1Char('{') + tokens.join(QLatin1Char(',')) + QLatin1Char('}')
                 << QLatin1Char('%') + joined + QLatin1Char('%');
        return QStringLiteral(
            "p.patient_id IN (SELECT q.id FROM patients q WHERE regexp_split_to_array(coalesce(q.name, "
            "''), '') @> CAST(? AS text[]) AND q.name LIKE ?)");
    }
    like("name", QLatin1Char('%') + joined + QLatin1Char('%'));
    word("pinyin");
    like("pinyin_joined", joined + QLatin1Char('%'));
    like("initials", joined + QLatin1Char('%'));
    word("latin");
    like("latin_joined", joined + QLatin1Char('%'));
    // Numbers match from anywhere, without their punctuation ("mz-demo" and "SYN-00500" in the joined forms the view
    // holds), or as typed.
    like("numbers", QLatin1Char('%') + joined + QLatin1Char('%'));
    const QString number = searchtext::numberFragment(text);
    if (!number.isEmpty() && number != phrase)  // as typed, e.g. zy2024/005 for ZY2024/0050123
        like("numbers", QLatin1Char('%') + literal(number) + QLatin1Char('%'));
    return QStringLiteral("p.patient_id IN (SELECT t.patient_id FROM patient_search_text t WHERE %1)")
        .arg(any.join(QStringLiteral(" OR ")));
}

Result<QList<qint64>> PgPatientSearch::search(const PatientQuery& query)
{
    QStringList patterns;
    const QString condition = matchCondition(query.text, patterns);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(listSql(query, condition, true)))
        return failedQuery(m_db, q, tr("patient search"));
    for (int i = 0; i < patterns.size(); ++i)
        q.bindValue(i, patterns[i]);
    if (!q.exec())
        return failedQuery(m_db, q, tr("patient search"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

}  // namespace onco
