#include "ui/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace onco {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

QString LanguageManager::initialLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (saved == QLatin1String("en") || saved == QLatin1String("zh_CN"))
        return saved;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString& code)
{
    const QString language = code == QLatin1String("zh_CN") ? code : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (language == QLatin1String("zh_CN")) {
        if (m_app.load(QStringLiteral(":/i18n/oncocase_zh_CN.qm")))
            QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    m_language = language;
    QSettings().setValue(QStringLiteral("ui/language"), language);
    emit languageChanged(language);
}

}  // namespace onco
