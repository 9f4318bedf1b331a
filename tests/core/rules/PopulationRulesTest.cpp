// SERD-POP, OFF_LABEL_OFS, MENO-1 and MENO-2 (clinical-rules.md §4.2) for elacestrant and imlunestrant.
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;

namespace {

struct Outcome
{
    QString elacestrant;
    QString imlunestrant;
    bool offLabel = false;
    QStringList actions;
};

Outcome population(const std::function<void(Rx&)>& setUp, QDate asOf = d("2025-10-01"))
{
    Rx rx = optionPatient();
    setUp(rx);
    const auto a = rx.assess(asOf);
    QStringList actions;
    for (const QString& c : a.actionCodes())
        if (c == QLatin1String("CONSIDER_OFS") || c == QLatin1String("CONFIRM_MENOPAUSAL_STATUS"))
            actions << c;
    return {criterionOf(a, QStringLiteral("elacestrant"), QStringLiteral("SERD-POP")),
            criterionOf(a, QStringLiteral("imlunestrant"), QStringLiteral("SERD-POP")),
            flagsOf(a, QStringLiteral("elacestrant")).contains(QStringLiteral("OFF_LABEL_OFS")), actions};
}

const QStringList kGoserelin{QStringLiteral("goserelin")};

}  // namespace

TEST(PopulationRules, PostmenopausalWomanAndMan)
{
    auto o = population([](Rx&) {});
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    EXPECT_EQ(o.imlunestrant, QStringLiteral("met"));
    EXPECT_FALSE(o.offLabel);
    EXPECT_TRUE(o.actions.isEmpty());
    o = population([](Rx& rx) { rx.male().born(d("1980-01-01")); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    EXPECT_EQ(o.imlunestrant, QStringLiteral("met"));
}

TEST(PopulationRules, StatusDerivedFromOophorectomyOrAge)
{
    // Status unrecorded or "unknown": 60 or over is postmenopausal (birthday on as_of), 59 is not.
    auto o = population([](Rx& rx) { rx.menopause(MenopausalStatus::Unknown).born(d("1965-10-01")); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    o = population([](Rx& rx) { rx.menopause(MenopausalStatus::Unrecorded).born(d("1965-10-02")); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("unknown"));
    EXPECT_EQ(o.imlunestrant, QStringLiteral("unknown"));
    EXPECT_EQ(o.actions, QStringList{QStringLiteral("CONFIRM_MENOPAUSAL_STATUS")});
    o = population(
        [](Rx& rx) { rx.menopause(MenopausalStatus::Unrecorded).born(d("1980-01-01")).oophorectomy(d("2021-01-01")); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    EXPECT_FALSE(o.offLabel);  // postmenopausal by oophorectomy: on label
    // An oophorectomy dated after as_of does not count yet.
    o = population(
        [](Rx& rx) { rx.menopause(MenopausalStatus::Unrecorded).born(d("1980-01-01")).oophorectomy(d("2025-10-02")); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("unknown"));
}

TEST(PopulationRules, PremenopausalWithAndWithoutOfs)
{
    auto o = population([](Rx& rx) { rx.premenopausal().advanced(d("2025-09-05"), {}, kGoserelin); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    EXPECT_TRUE(o.offLabel);
    EXPECT_EQ(o.imlunestrant, QStringLiteral("met"));
    EXPECT_TRUE(o.actions.isEmpty());
    // Perimenopausal is handled as premenopausal.
    o = population([](Rx& rx) { rx.premenopausal().menopause(MenopausalStatus::Perimenopausal); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("not_met"));
    EXPECT_EQ(o.imlunestrant, QStringLiteral("unknown"));
    EXPECT_EQ(o.actions, QStringList{QStringLiteral("CONSIDER_OFS")});
    // Goserelin ended the day before as_of: no OFS on as_of.
    o = population(
        [](Rx& rx) { rx.premenopausal().advanced(d("2025-01-01"), d("2025-09-30"), kGoserelin, StopReason::Other); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("not_met"));
    // …ending on as_of: still active.
    o = population(
        [](Rx& rx) { rx.premenopausal().advanced(d("2025-01-01"), d("2025-10-01"), kGoserelin, StopReason::Other); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    // Oophorectomy is OFS for a woman recorded as premenopausal.
    o = population([](Rx& rx) { rx.premenopausal().oophorectomy(); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    EXPECT_TRUE(o.offLabel);
}

TEST(PopulationRules, UnknownStatusWithOfs)
{
    auto o = population([](Rx& rx) {
        rx.menopause(MenopausalStatus::Unknown)
            .born(d("1980-01-01"))
            .advanced(d("2025-09-05"), {}, {QStringLiteral("leuprorelin")});
    });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    EXPECT_TRUE(o.offLabel);
    EXPECT_EQ(o.imlunestrant, QStringLiteral("met"));
    EXPECT_TRUE(o.actions.isEmpty());
}

TEST(PopulationRules, UnderEighteenAndUnknownAge)
{
    auto o = population([](Rx& rx) { rx.male().born(d("2008-01-01")); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("not_met"));
    EXPECT_EQ(o.imlunestrant, QStringLiteral("not_met"));
    o = population([](Rx& rx) { rx.male().born(d("2007-10-01")); });  // 18 on as_of
    EXPECT_EQ(o.imlunestrant, QStringLiteral("met"));
    // No birth date: imlunestrant's "adults" cannot be checked; elacestrant follows its own branches.
    o = population([](Rx& rx) { rx.born({}); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    EXPECT_EQ(o.imlunestrant, QStringLiteral("unknown"));
    o = population([](Rx& rx) { rx.born({}).menopause(MenopausalStatus::Unrecorded); });
    EXPECT_EQ(o.elacestrant, QStringLiteral("unknown"));
    EXPECT_EQ(o.actions, QStringList{QStringLiteral("CONFIRM_MENOPAUSAL_STATUS")});
}

TEST(PopulationRules, UnrecordedSexTakesTheWomansBranch)
{
    auto o = population([](Rx& rx) { rx.record().patient.sex = Sex::Unrecorded; });
    EXPECT_EQ(o.elacestrant, QStringLiteral("met"));
    o = population([](Rx& rx) {
        rx.record().patient.sex = Sex::Unrecorded;
        rx.premenopausal();
    });
    EXPECT_EQ(o.elacestrant, QStringLiteral("not_met"));
}
