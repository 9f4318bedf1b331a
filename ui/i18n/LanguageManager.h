#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace onco {

/** Installs the program's and Qt's own translators for the UI language, and swaps them at run time. */
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    /** "en" or "zh_CN". Widgets retranslate on the QEvent::LanguageChange this sends. */
    void setLanguage(const QString& code);
    const QString& language() const { return m_language; }

    /** The language to start in: the saved setting, else the system's. */
    static QString initialLanguage();

signals:
    void languageChanged(const QString& code);

private:
    QString m_language;
    QTranslator m_app;
    QTranslator m_qt;
};

}  // namespace onco
