#pragma once

#include "core/worklists/Screening.h"

#include <QThread>

#include <memory>

namespace onco {

/** Builds the worklists from the stored assessments on its own thread and connection, so the window never waits
 *  for 100,000 of them. The result is taken in the owner's thread once `loaded` arrives (queued). */
class WorklistLoader : public QThread
{
    Q_OBJECT
public:
    WorklistLoader(worklists::WorklistSource source, assessments::Freshness now, QObject* parent = nullptr);
    ~WorklistLoader() override;

    std::shared_ptr<const worklists::Screening> result() const { return m_result; }
    const QString& error() const { return m_error; }

signals:
    void loaded();

protected:
    void run() override;

private:
    worklists::WorklistSource m_source;
    assessments::Freshness m_now;
    std::shared_ptr<const worklists::Screening> m_result;
    QString m_error;
};

}  // namespace onco
