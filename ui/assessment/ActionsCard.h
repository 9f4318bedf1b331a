#pragma once

#include "ui/assessment/CardWidgets.h"
#include "ui/assessment/LiveAssessment.h"

namespace onco {

class Knowledge;

/** The due actions as a to-do list (testing prompts …), then information (SERENA-6 evidence, progression on tumour
 *  markers only, a confirmed marker rise with the TM-6 request to correlate with imaging) and the evidence. */
class ActionsCard : public Card
{
    Q_OBJECT
public:
    explicit ActionsCard(QWidget* parent = nullptr);
    void present(const LiveAssessment& live, const Knowledge& knowledge);

signals:
    void recordActivated(const rules::RecordRef& ref);
};

}  // namespace onco
