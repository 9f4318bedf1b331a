#include "tests/ui/print/PdfTools.h"

#include <QList>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace onco::test {

QString normalized(const QString& text)
{
    // CJK Radicals Supplement characters that Noto CJK shares with the simplified ideographs (U+2E80 block; NFKC
    // maps only the Kangxi radicals of U+2F00).
    static const QList<QPair<char16_t, char16_t>> radicals = {
        {0x2ED4, 0x95E8}, {0x2EDA, 0x9875}, {0x2EE3, 0x9AA8}, {0x2EE2, 0x9A6C}, {0x2ED3, 0x957F},
        {0x2EC5, 0x89C1}, {0x2ECB, 0x8F66}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EE9, 0x9EC4},
        {0x2EE5, 0x9C7C}, {0x2EEC, 0x9F50}, {0x2EF0, 0x9F99}, {0x2ED7, 0x96E8}};
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (const auto& [radical, ideograph] : radicals)
        out.replace(QChar(radical), QChar(ideograph));
    return out;
}

QString pdfText(const QString& path, int first, int last)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return normalized(QString::fromUtf8(p.readAllStandardOutput()));
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList auditDetails(const QString& databasePath, const QString& action, qint64 patientId)
{
    const QString name = QUuid::createUuid().toString();
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT after_json FROM audit_log WHERE action = ? AND patient_id = ? ORDER BY id"));
            q.addBindValue(action);
            q.addBindValue(patientId);
            if (q.exec())
                while (q.next())
                    rows << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

}  // namespace onco::test
