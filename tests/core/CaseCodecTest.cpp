#include "core/caseformat/CaseCodec.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace onco;

namespace {

const QDate kToday(2026, 11, 21);

QStringList errorsOf(const QByteArray& json)
{
    QList<CaseError> errors;
    const CaseCodec codec(Knowledge::builtin(), kToday);
    EXPECT_FALSE(codec.parse(json, errors).has_value());
    QStringList out;
    for (const auto& e : errors)
        out << e.toString();
    return out;
}

QByteArray withTherapies(const QByteArray& therapies)
{
    return QByteArray(R"({"format":"oncocase-case/1","patient":{"mrn":"X-1"},"therapies":)") + therapies + "}";
}

}  // namespace

TEST(CaseCodec, EveryVignetteParses)
{
    const QDir dir(test::dataPath(QStringLiteral("vignettes")));
    const QStringList files = dir.entryList({QStringLiteral("*.case.json")});
    ASSERT_GE(files.size(), 20);
    const CaseCodec codec(Knowledge::builtin(), kToday);
    for (const QString& f : files) {
        QList<CaseError> errors;
        const auto parsed = codec.parse(test::readFile(dir.filePath(f)), errors);
        ASSERT_TRUE(parsed.has_value()) << f.toStdString() << ": " << errors.value(0).toString().toStdString();
        EXPECT_TRUE(parsed->asOf.isValid());
        EXPECT_TRUE(parsed->jurisdiction.has_value());
    }
}

TEST(CaseCodec, ChineseDrugNamesAreStoredAsCatalogueNames)
{
    const CaseCodec codec(Knowledge::builtin(), kToday);
    QList<CaseError> errors;
    const auto parsed = codec.parse(
        withTherapies(R"([{"start":"2024-01-01","setting":"advanced","drugs":["来曲唑","Palbociclib"]}])"), errors);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->record.therapies[0].drugs,
              (QStringList{QStringLiteral("letrozole"), QStringLiteral("palbociclib")}));
}

TEST(CaseCodec, WriteThenParseGivesTheSameRecord)
{
    const CaseCodec codec(Knowledge::builtin(), kToday);
    const PatientRecord original = test::sampleRecord();
    QList<CaseError> errors;
    const auto parsed = codec.parse(codec.writeBytes(original), errors);
    ASSERT_TRUE(parsed.has_value()) << errors.value(0).toString().toStdString();
    EXPECT_EQ(parsed->record, original);
}

TEST(CaseCodec, ErrorsNameTheJsonPathAndTheProblem)
{
    EXPECT_EQ(errorsOf(withTherapies(R"([{"start":"2025-13-01","setting":"advanced","drugs":["letrozole"]}])")),
              QStringList{QStringLiteral("therapies[0].start: \"2025-13-01\" is not a date")});
    EXPECT_EQ(errorsOf(withTherapies(R"([{"start":"2025-02-03x","setting":"advanced","drugs":["letrozole"]}])")),
              QStringList{QStringLiteral("therapies[0].start: \"2025-02-03x\" is not a date")});
    EXPECT_EQ(
        errorsOf(withTherapies(R"([{"start":"2025-01-01","setting":"advanced","drugs":["letrozole","letrazole"]}])")),
        QStringList{QStringLiteral("therapies[0].drugs[1]: unknown drug \"letrazole\" (did you mean \"letrozole\"?)")});
    EXPECT_EQ(
        errorsOf(withTherapies(
            R"([{"start":"2025-01-01","setting":"advanced","drugs":["letrozole"]},{"start":"2025-02-01","end":"2025-01-01","setting":"advanced","drugs":["letrozole"]}])")),
        QStringList{QStringLiteral("therapies[1]: end is before start")});
    EXPECT_EQ(errorsOf(withTherapies(R"([{"start":"2025-01-01","setting":"palliative","drugs":["letrozole"]}])")),
              QStringList{QStringLiteral(
                  "therapies[0].setting: \"palliative\" is not one of neoadjuvant, adjuvant, advanced")});
    EXPECT_EQ(errorsOf(withTherapies(R"([{"start":"2027-01-01","setting":"advanced","drugs":["letrozole"]}])")),
              QStringList{QStringLiteral("therapies[0].start: 2027-01-01 is after today (2026-11-21)")});
}

TEST(CaseCodec, InvestigationalAgentsAreKeptAsWrittenAndBrandNamesAreAliases)
{
    const CaseCodec codec(Knowledge::builtin(), kToday);
    QList<CaseError> errors;
    const QStringList written{QStringLiteral("investigational"), QStringLiteral("Investigational:SHR-Z0917 (blinded)"),
                              QStringLiteral("investigational[SERD_ORAL|AI]"),
                              QStringLiteral("INVESTIGATIONAL[cdk46i|Other]:新CDK4/6 抑制剂 B组")};
    QJsonArray drugs = QJsonArray::fromStringList(written);
    drugs.append(QStringLiteral("Veppanu"));
    const QByteArray json = withTherapies(QByteArray(R"([{"start":"2024-01-01","setting":"advanced","drugs":)") +
                                          QJsonDocument(drugs).toJson(QJsonDocument::Compact) + "}]");
    const auto parsed = codec.parse(json, errors);
    ASSERT_TRUE(parsed.has_value()) << errors.value(0).toString().toStdString();
    EXPECT_EQ(parsed->record.therapies[0].drugs, written + QStringList{QStringLiteral("vepdegestrant")});
    // Export gives back what was entered; reading it again gives the same record.
    const QByteArray exported = codec.writeBytes(parsed->record);
    const auto again = codec.parse(exported, errors);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->record, parsed->record);
    EXPECT_TRUE(QString::fromUtf8(exported).contains(QStringLiteral("investigational[SERD_ORAL|AI]")));
}

TEST(CaseCodec, MalformedInvestigationalAgentsNameThePathAndTheProblem)
{
    auto errorFor = [](const char* drug) {
        return errorsOf(withTherapies(QByteArray(R"([{"start":"2025-01-01","setting":"advanced","drugs":[")") + drug +
                                      QByteArray("\"]}]")))
            .value(0);
    };
    EXPECT_EQ(errorFor("investigational[]"),
              QStringLiteral("therapies[0].drugs[0]: an investigational agent's brackets name no class (write the "
                             "classes it may belong to, or leave the brackets out)"));
    EXPECT_EQ(errorFor("investigational[SERD|AI]:X"),
              QStringLiteral("therapies[0].drugs[0]: unknown class \"SERD\" of an investigational agent (AI, SERM, "
                             "SERD_INJ, SERD_ORAL, CDK46I or OTHER)"));
    EXPECT_EQ(errorFor("investigational: "),
              QStringLiteral("therapies[0].drugs[0]: an investigational agent's label after \":\" is empty"));
    const QString longLabel = QStringLiteral("investigational:") + QString(61, QLatin1Char('x'));
    EXPECT_EQ(errorFor(longLabel.toUtf8().constData()),
              QStringLiteral("therapies[0].drugs[0]: an investigational agent's label has 61 characters (at most 60)"));
    EXPECT_TRUE(errorFor("investigational agent").startsWith(QStringLiteral("therapies[0].drugs[0]: ")));
}

TEST(CaseCodec, EveryProblemIsReportedNotOnlyTheFirst)
{
    const QStringList errors = errorsOf(R"({"format":"oncocase-case/1","patient":{"mrn":"","sex":"f"},
        "markers":[{"date":"2025-01-01","analyte":"CEA","value":-2}],"genomics":[{"date":"2025-01-01","gene":"ESR1"}],
        "medications":[{"name":"x"}],"colour":"blue"})");
    EXPECT_TRUE(errors.contains(QStringLiteral("colour: unknown key")));
    EXPECT_TRUE(errors.contains(QStringLiteral("patient.mrn: must not be empty")));
    EXPECT_TRUE(errors.contains(QStringLiteral("patient.sex: \"f\" is not one of female, male")));
    EXPECT_TRUE(
        errors.contains(QStringLiteral("markers[0].value: -2 is not a valid marker value (must be 0 or more)")));
    EXPECT_TRUE(errors.contains(QStringLiteral("genomics[0].result: is required")));
    EXPECT_TRUE(errors.contains(QStringLiteral("medications[0].start: is required")));
}

TEST(CaseCodec, WrongTypesAndNumbers)
{
    const QStringList errors = errorsOf(R"({"format":"oncocase-case/1","patient":{"mrn":5,"visceral_crisis":"yes"},
        "diagnosis":{"er_percent":"90","grade":2.5},"therapies":{},"events":[3],
        "markers":[{"date":"2025-01-01","analyte":"CEA","value":1e300}]})");
    EXPECT_TRUE(errors.contains(QStringLiteral("patient.mrn: expected a string")));
    EXPECT_TRUE(errors.contains(QStringLiteral("patient.visceral_crisis: expected true or false")));
    EXPECT_TRUE(errors.contains(QStringLiteral("diagnosis.er_percent: expected a number")));
    EXPECT_TRUE(errors.contains(QStringLiteral("diagnosis.grade: expected a whole number from 1 to 3")));
    EXPECT_TRUE(errors.contains(QStringLiteral("therapies: expected an array")));
    EXPECT_TRUE(errors.contains(QStringLiteral("events[0]: expected an object")));
    EXPECT_TRUE(errors.contains(QStringLiteral("markers[0].value: expected a number")));
    EXPECT_EQ(errorsOf(R"({"format":"oncocase-case/1","patient":{"mrn":"A"},"therapies":[{"start":"2024-01-01",
        "setting":"advanced","drugs":["letrozole"],"line_number":1e20}]})"),
              QStringList{QStringLiteral("therapies[0].line_number: expected a number")});
}

TEST(CaseCodec, NotJsonOrNotAnObject)
{
    EXPECT_EQ(errorsOf("[1,2]"), QStringList{QStringLiteral("expected a JSON object")});
    ASSERT_EQ(errorsOf("{\"format\": ").size(), 1);
    EXPECT_TRUE(errorsOf("\xff\xfe{}").value(0).startsWith(QStringLiteral("not valid JSON")));
    EXPECT_EQ(errorsOf(R"({"format":"oncocase-case/2","patient":{"mrn":"A"}})"),
              QStringList{QStringLiteral("format: \"oncocase-case/2\" is not oncocase-case/1")});
}

TEST(CaseCodec, DeepNestingIsAnErrorNotACrash)
{
    QByteArray deep = R"({"format":"oncocase-case/1","patient":{"mrn":"A"},"events":[)";
    deep += QByteArray(100000, '[') + QByteArray(100000, ']') + "]}";
    EXPECT_FALSE(errorsOf(deep).isEmpty());
}

TEST(CaseCodec, SurvivesThousandsOfMutations)
{
    const QByteArray original = test::readFile(test::dataPath(QStringLiteral("vignettes/V57.case.json")));
    ASSERT_FALSE(original.isEmpty());
    const CaseCodec codec(Knowledge::builtin(), kToday);
    QRandomGenerator rng(20261121);
    int accepted = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray m = original;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const int pos = int(rng.bounded(quint32(m.size())));
            switch (rng.bounded(5)) {
            case 0:
                m[pos] = char(rng.bounded(256));
                break;
            case 1:
                m.truncate(pos);
                break;
            case 2:
                m.insert(pos, QByteArray::number(rng.generate64()) + "e308");
                break;
            case 3:
                m.remove(pos, int(rng.bounded(40)));
                break;
            default:
                m.insert(pos, m.mid(int(rng.bounded(quint32(m.size()))), 30));
                break;
            }
            if (m.isEmpty())
                break;
        }
        QList<CaseError> errors;
        const auto parsed = codec.parse(m, errors);
        EXPECT_EQ(parsed.has_value(), errors.isEmpty());
        if (parsed)
            ++accepted;
        else
            for (const auto& e : errors)
                ASSERT_FALSE(e.message.isEmpty());
    }
    EXPECT_LT(accepted, 4000);
}

// The stage is read into its AJCC group ("Stage IIa" → IIA, "4" → IV); an unknown stage is refused at its field.
TEST(CaseCodec, StageIsNormalisedAndAnUnknownStageIsRefused)
{
    auto withStage = [](const char* stage) {
        return QByteArray(R"({"format":"oncocase-case/1","patient":{"mrn":"X-1"},"diagnosis":{"date":"2020-01-01",)"
                          R"("stage":")") +
               QByteArray(stage) + "\"}}";
    };
    QList<CaseError> errors;
    const CaseCodec codec(Knowledge::builtin(), kToday);
    for (const auto& [in, out] : {std::pair{"Stage IIa", "IIA"}, std::pair{"4", "IV"}, std::pair{"ⅢC期", "IIIC"}}) {
        const auto file = codec.parse(withStage(in), errors);
        ASSERT_TRUE(file.has_value()) << in;
        ASSERT_TRUE(file->record.diagnosis.has_value());
        EXPECT_EQ(file->record.diagnosis->stage, QString::fromUtf8(out)) << in;
    }
    const QStringList refused = errorsOf(withStage("early"));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused.first().startsWith(QStringLiteral("diagnosis.stage: unknown stage \"early\"")))
        << refused.first().toStdString();
}
