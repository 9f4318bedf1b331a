#pragma once

#include "tests/support/TestSupport.h"
#include "ui/dialogs/RecordDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace onco::test {

/** GUI tests start from empty settings (they live under ~/.qttest in test mode). */
class UiTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

/** Types text as key events; CJK characters one by one (QTest::keyClicks cannot type them). */
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

/** Runs `act` on the next modal dialog of type D once it is showing (e.g. inside exec()). */
template <typename D> void onNextDialog(std::function<void(D&)> act)
{
    QTimer::singleShot(0, [act] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog) {
            ADD_FAILURE() << "expected a " << D::staticMetaObject.className();
            if (QWidget* other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        act(*dialog);
        if (dialog->isVisible()) {  // never leave a test waiting on a modal dialog
            QString errors;
            if (auto* record = qobject_cast<RecordDialog*>(dialog))
                for (const QString& key : record->errorKeys())
                    errors += QStringLiteral(" [%1: %2]").arg(key, record->errorFor(key));
            ADD_FAILURE() << D::staticMetaObject.className() << " is still open" << errors.toStdString();
            dialog->close();
        }
    });
}

/** Answers the next message box with `button`. */
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    onNextDialog<QMessageBox>([button](QMessageBox& box) { box.button(button)->click(); });
}

/** Presses Enter in the widget that has the focus inside `dialog` (Enter accepts a dialog). */
inline void pressEnter(QWidget& dialog)
{
    QWidget* target = dialog.focusWidget() ? dialog.focusWidget() : &dialog;
    QTest::keyClick(target, Qt::Key_Return);
}

}  // namespace onco::test
