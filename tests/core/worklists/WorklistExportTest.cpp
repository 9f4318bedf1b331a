// The worklists as CSV (RFC 4180, codes and ISO dates, a description in the chosen language) and as JSON.
#include "core/worklists/WorklistExport.h"

#include "core/i18n/Language.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>

using namespace onco;
using namespace onco::worklists;

namespace {

Screening sample()
{
    Screening s;
    s.asOf = QDate(2026, 11, 21);
    s.jurisdiction = Jurisdiction::CnNmpa;
    s.knowledgeVersion = QStringLiteral("2026.11.1");
    s.screened = 40;

    Entry a;
    a.patientId = 7;
    a.mrn = QStringLiteral("M-7");
    a.name = QStringLiteral("李娜");
    a.nameLatin = QStringLiteral("Li, \"Nina\"");  // a comma and quotes: quoted and doubled
    a.summary.asOf = s.asOf;
    a.summary.resistance = rules::Resistance::Secondary;
    a.summary.resistanceRule = QStringLiteral("ER-M2");
    a.summary.actions = {QStringLiteral("ESR1_RETEST_DUE"), QStringLiteral("PIK3CA_TEST_DUE")};
    a.summary.esr1 = rules::Esr1State::NotCurrent;
    a.summary.esr1Date = QDate(2025, 1, 15);
    a.summary.markerRise = true;
    a.esr1Actions = {QStringLiteral("ESR1_RETEST_DUE")};
    a.lastChange = QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC);
    a.lastPrinted = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

    Entry b;
    b.patientId = 9;
    b.mrn = QStringLiteral("M-9");
    b.name = QStringLiteral("王芳");
    b.summary.asOf = s.asOf;
    b.summary.currentLine = 2;
    b.summary.currentDrugs = {QStringLiteral("fulvestrant"), QStringLiteral("abemaciclib")};
    b.summary.markerRise = false;
    b.options = {{QStringLiteral("elacestrant"), QDate(2026, 11, 2), true, {}},
                 {QStringLiteral("imlunestrant"), QDate(2026, 10, 1), false, {QStringLiteral("APPROVAL_UNVERIFIED")}}};
    b.lastChange = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    b.lastPrinted = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    s.entries = {a, b};
    return s;
}

}  // namespace

TEST(WorklistExport, CsvRowsPerListAndDrug)
{
    const QByteArray csv = toCsv(sample(), allKinds(), Language::english(), Knowledge::builtin());
    const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 7);  // header, 2 SERD rows, ESR1, marker rise, not printed, and after the final CRLF
    EXPECT_EQ(lines[0], csvColumns().join(QLatin1Char(',')));
    EXPECT_EQ(lines[1], QStringLiteral("serd_option,M-9,王芳,,elacestrant,2026-11-02,true,,,none,,false,not_evaluable,,"
                                       "2,fulvestrant;abemaciclib,2026-11-02T10:00:00Z,2026-11-03T10:00:00Z,"
                                       "elacestrant is an option since 2 Nov 2026 (new)."));
    EXPECT_EQ(lines[2], QStringLiteral("serd_option,M-9,王芳,,imlunestrant,2026-10-01,false,APPROVAL_UNVERIFIED,,none,,"
                                       "false,not_evaluable,,2,fulvestrant;abemaciclib,2026-11-02T10:00:00Z,"
                                       "2026-11-03T10:00:00Z,imlunestrant is an option since 1 Oct 2026."));
    EXPECT_EQ(lines[3], QStringLiteral("esr1_test,M-7,李娜,\"Li, \"\"Nina\"\"\",,,,,ESR1_RETEST_DUE;PIK3CA_TEST_DUE,"
                                       "not_current,2025-01-15,true,secondary,ER-M2,,,2026-11-20T08:30:00Z,"
                                       "2026-11-01T09:00:00Z,ESR1 re-test due since the latest progression"));
    EXPECT_TRUE(lines[4].startsWith(QStringLiteral("marker_rise,M-7,")));
    EXPECT_TRUE(lines[4].endsWith(QStringLiteral("correlate with imaging (TM-6).\"")));  // it has a comma: quoted
    // M-7 changed after her print; M-9 was printed after her last change: not on the last list.
    EXPECT_TRUE(lines[5].startsWith(QStringLiteral("not_printed,M-7,")));
    EXPECT_TRUE(
        lines[5].endsWith(QStringLiteral("Changed on 20 Nov 2026; the summary was last printed on 1 Nov 2026.")))
        << lines[5].toStdString();
    EXPECT_TRUE(lines[6].isEmpty());
    EXPECT_FALSE(csv.contains("not_printed,M-9"));
    EXPECT_FALSE(csv.startsWith("\xEF\xBB\xBF"));
}

TEST(WorklistExport, CsvInChineseWithByteOrderMark)
{
    const QByteArray csv =
        toCsv(sample(), {Kind::NotPrinted}, Language::chinese(), Knowledge::builtin(), /*withBom=*/true);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("not_printed,M-7,李娜,")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("2026年11月20日"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral("2026年11月1日")));
}

TEST(WorklistExport, Json)
{
    const QJsonObject o = toJson(sample(), allKinds());
    EXPECT_EQ(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-21"));
    EXPECT_EQ(o.value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("CN-NMPA"));
    EXPECT_EQ(o.value(QStringLiteral("screened")).toInt(), 40);
    const QJsonObject lists = o.value(QStringLiteral("lists")).toObject();
    EXPECT_EQ(lists.keys(), (QStringList{QStringLiteral("esr1_test"), QStringLiteral("knowledge_changed"),
                                         QStringLiteral("marker_rise"), QStringLiteral("not_printed"),
                                         QStringLiteral("serd_option")}));
    const QJsonArray serd = lists.value(QStringLiteral("serd_option")).toArray();
    ASSERT_EQ(serd.size(), 1);
    const QJsonArray options = serd[0].toObject().value(QStringLiteral("options")).toArray();
    ASSERT_EQ(options.size(), 2);
    EXPECT_EQ(options[0].toObject().value(QStringLiteral("since")).toString(), QStringLiteral("2026-11-02"));
    EXPECT_TRUE(options[0].toObject().value(QStringLiteral("new")).toBool());
    EXPECT_EQ(options[1].toObject().value(QStringLiteral("flags")).toArray().first().toString(),
              QStringLiteral("APPROVAL_UNVERIFIED"));
    const QJsonObject esr1 = lists.value(QStringLiteral("esr1_test")).toArray().first().toObject();
    EXPECT_EQ(esr1.value(QStringLiteral("mrn")).toString(), QStringLiteral("M-7"));
    EXPECT_EQ(esr1.value(QStringLiteral("esr1")).toString(), QStringLiteral("not_current"));
    const QJsonObject printed = lists.value(QStringLiteral("not_printed")).toArray().first().toObject();
    EXPECT_EQ(printed.value(QStringLiteral("last_printed")).toString(), QStringLiteral("2026-11-01T09:00:00Z"));
    // Only the lists asked for.
    EXPECT_EQ(toJson(sample(), {Kind::MarkerRise}).value(QStringLiteral("lists")).toObject().keys(),
              QStringList{QStringLiteral("marker_rise")});
}

TEST(WorklistExport, MarkerRiseNamesTheMarkerAndTheRise)
{
    Screening s = sample();
    Entry& e = s.entries[0];
    e.summary.markerRises = {
        {QStringLiteral("CA15-3"), QStringLiteral("CA 15-3"), 18.4, 35.2, QStringLiteral("U/mL"), QDate(2026, 3, 3)},
        {QStringLiteral("CEA"), QStringLiteral("CEA"), 0, 6, QStringLiteral("ng/mL"), QDate(2026, 3, 4)}};
    const QList<Phrase> rises = describeMarkerRises(e);
    ASSERT_EQ(rises.size(), 2);
    // (35.2 − 18.4) / 18.4 = +91.3 %; a nadir of 0 has no percentage.
    EXPECT_EQ(rises[0].render(Language::english(), Knowledge::builtin()),
              QStringLiteral("CA 15-3: nadir 18.4 → 35.2 U/mL (+91 %) on 3 Mar 2026"));
    EXPECT_EQ(rises[1].render(Language::english(), Knowledge::builtin()),
              QStringLiteral("CEA: nadir 0 → 6 ng/mL on 4 Mar 2026"));
    EXPECT_TRUE(rises[0].render(Language::chinese(), Knowledge::builtin()).contains(QStringLiteral("2026年3月3日")));
    EXPECT_EQ(describeEntry(e, Kind::MarkerRise).render(Language::english(), Knowledge::builtin()),
              QStringLiteral("CA 15-3: nadir 18.4 → 35.2 U/mL (+91 %) on 3 Mar 2026; CEA: nadir 0 → 6 ng/mL on 4 Mar "
                             "2026. A marker rise is not a progression by itself: correlate with imaging (TM-6)."));
    // The CSV description says it; the JSON lists each rise.
    const QStringList lines = QString::fromUtf8(toCsv(s, {Kind::MarkerRise}, Language::english(), Knowledge::builtin()))
                                  .split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines[1].contains(QStringLiteral("CA 15-3: nadir 18.4 → 35.2 U/mL (+91 %) on 3 Mar 2026")))
        << lines[1].toStdString();
    const QJsonArray json = toJson(s, {Kind::MarkerRise})
                                .value(QStringLiteral("lists"))
                                .toObject()
                                .value(QStringLiteral("marker_rise"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("rises"))
                                .toArray();
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("analyte")).toString(), QStringLiteral("CA15-3"));
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("nadir")).toDouble(), 18.4);
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("latest")).toDouble(), 35.2);
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-03"));
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("percent_above_nadir")).toDouble(), 91.3);
    EXPECT_TRUE(json[1].toObject().value(QStringLiteral("percent_above_nadir")).isNull());

    // A summary stored before the rises were kept: the general sentence, as before.
    e.summary.markerRises.clear();
    EXPECT_TRUE(describeMarkerRises(e).isEmpty());
    EXPECT_EQ(
        describeEntry(e, Kind::MarkerRise).render(Language::english(), Knowledge::builtin()),
        QStringLiteral("Confirmed tumour-marker rise: not a progression by itself, correlate with imaging (TM-6)."));
}
