// Deterministic synthetic patients for benchmarks and load tests (fictional, plausible HR+/HER2- courses).
#include "core/demo/DemoData.h"
#include "core/domain/Pinyin.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"

#include <array>

namespace onco {

namespace {

/** splitmix64: small, fast, and the same sequence on every platform (std distributions are not). */
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int between(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    bool chance(double p) { return unit() < p; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) { return items[next() % N]; }

private:
    quint64 m_state;
};

const std::array<const char*, 40> kSurnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
                                            "梁", "郑", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
                                            "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "叶"};
const std::array<const char*, 40> kGiven{"丽",   "芳", "敏", "静", "秀英", "娟", "燕", "艳", "霞", "玲",
                                         "桂英", "丹", "萍", "红", "玉兰", "梅", "莉", "婷", "雪", "慧",
                                         "琳",   "洁", "颖", "晶", "倩",   "佳", "欣", "悦", "月", "华",
                                         "兰",   "凤", "英", "云", "莲",   "琴", "蓉", "薇", "璐", "雅"};
const std::array<const char*, 3> kAis{"letrozole", "anastrozole", "exemestane"};
const std::array<const char*, 4> kCdk{"palbociclib", "ribociclib", "abemaciclib", "dalpiciclib"};
const std::array<const char*, 5> kChemo{"capecitabine", "paclitaxel", "nab-paclitaxel", "eribulin", "vinorelbine"};
const std::array<const char*, 4> kEsr1{"p.D538G", "p.Y537S", "p.Y537N", "p.E380Q"};
const std::array<const char*, 3> kPik3ca{"p.H1047R", "p.E545K", "p.E542K"};
const std::array<Site, 6> kSites{Site::Bone, Site::Lung, Site::Liver, Site::LymphNode, Site::Pleura, Site::SoftTissue};

const QDate kEnd(2026, 10, 31);  // fixed, so the data never depends on the day it is generated

QString capitalised(const QString& pinyin)
{
    QStringList parts = pinyin.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    QString surname = parts.takeFirst();
    surname[0] = surname[0].toUpper();
    QString given = parts.join(QString());
    if (!given.isEmpty())
        given[0] = given[0].toUpper();
    return given.isEmpty() ? surname : surname + QLatin1Char(' ') + given;
}

QDate clampDate(const QDate& d)
{
    return d > kEnd ? kEnd : d;
}

/** Builds one patient's course. */
PatientRecord makePatient(Rng& rng, int index)
{
    PatientRecord rec;
    Patient& p = rec.patient;
    p.mrn = QStringLiteral("SYN-%1").arg(index, 7, 10, QLatin1Char('0'));
    p.name = QString::fromUtf8(rng.pick(kSurnames)) + QString::fromUtf8(rng.pick(kGiven));
    p.namePinyin = pinyin::fromHan(p.name);
    p.nameInitials = pinyin::initials(p.namePinyin);
    p.nameLatin = capitalised(p.namePinyin);
    p.sex = rng.chance(0.01) ? Sex::Male : Sex::Female;
    p.birthDate = QDate(1945, 1, 1).addDays(rng.between(0, 43 * 365));
    const int age = p.birthDate.daysTo(kEnd) / 365;
    if (p.sex == Sex::Female)
        p.menopausalStatus = age >= 55         ? MenopausalStatus::Postmenopausal
                             : rng.chance(0.8) ? MenopausalStatus::Premenopausal
                                               : MenopausalStatus::Unknown;
    const bool premenopausal = p.menopausalStatus == MenopausalStatus::Premenopausal;

    Diagnosis d;
    d.date = QDate(2012, 1, 1).addDays(rng.between(0, 3650));
    d.laterality = rng.chance(0.5) ? QStringLiteral("left") : QStringLiteral("right");
    d.histology =
        rng.chance(0.85) ? QStringLiteral("invasive ductal carcinoma") : QStringLiteral("invasive lobular carcinoma");
    d.grade = rng.between(1, 3);
    const bool deNovo = rng.chance(0.12);
    d.deNovoMetastatic = deNovo;
    d.stage = deNovo
                  ? QStringLiteral("IV")
                  : QString::fromLatin1(std::array<const char*, 5>{"IA", "IIA", "IIB", "IIIA", "IIIC"}[rng.next() % 5]);
    d.receptors.er = ReceptorStatus::Positive;
    d.receptors.erPercent = rng.between(6, 20) * 5;
    d.receptors.pr = rng.chance(0.7) ? ReceptorStatus::Positive : ReceptorStatus::Negative;
    d.receptors.prPercent = d.receptors.pr == ReceptorStatus::Positive ? rng.between(1, 18) * 5 : 0;
    d.receptors.her2Ihc = std::array<Her2Ihc, 3>{Her2Ihc::Zero, Her2Ihc::One, Her2Ihc::Two}[rng.next() % 3];
    if (d.receptors.her2Ihc == Her2Ihc::Two)
        d.receptors.her2Ish = Her2Ish::Negative;
    d.receptors.ki67Percent = rng.between(1, 12) * 5;
    rec.diagnosis = d;

    QDate cursor = d.date.addDays(rng.between(20, 40));
    QDate relapse;
    if (deNovo) {
        relapse = d.date;
    } else {
        if (rng.chance(0.6)) {
            TherapyLine chemo{0,
                              0,
                              cursor,
                              cursor.addDays(rng.between(110, 170)),
                              Setting::Adjuvant,
                              {QStringLiteral("docetaxel"), QStringLiteral("cyclophosphamide")},
                              StopReason::Completed};
            rec.therapies << chemo;
            cursor = chemo.end.addDays(rng.between(14, 40));
        }
        TherapyLine et{
            0, 0, cursor, {}, Setting::Adjuvant, {QString::fromLatin1(premenopausal ? "tamoxifen" : rng.pick(kAis))}};
        const QDate planned = cursor.addYears(5);
        const bool relapses = rng.chance(0.75);
        relapse = relapses ? cursor.addDays(rng.between(200, 3200)) : QDate();
        if (relapse.isValid() && relapse > kEnd.addDays(-90))
            relapse = QDate();
        if (relapse.isValid() && relapse <= planned) {
            et.end = relapse;
            et.stopReason = StopReason::Progression;
        } else {
            et.end = planned <= kEnd ? planned : QDate();
            et.stopReason = et.end.isValid() ? StopReason::Completed : StopReason::Unrecorded;
        }
        rec.therapies << et;
        if (relapse.isValid()) {
            DiseaseEvent e{0, 0, relapse, EventType::Recurrence, Extent::Distant};
            for (int s = rng.between(1, 3); s > 0; --s)
                if (const Site site = rng.pick(kSites); !e.sites.contains(site))
                    e.sites << site;
            rec.events << e;
        }
    }

    if (relapse.isValid()) {
        QDate start = relapse.addDays(rng.between(7, 30));
        const int lines = rng.between(1, 3);
        for (int n = 1; n <= lines && start < kEnd; ++n) {
            TherapyLine line{0, 0, start, {}, Setting::Advanced, {}};
            if (n == 1) {
                line.drugs = {QString::fromLatin1(rng.pick(kAis)), QString::fromLatin1(rng.pick(kCdk))};
                if (premenopausal)
                    line.drugs << QStringLiteral("goserelin");
            } else if (n == 2) {
                line.drugs = {QStringLiteral("fulvestrant")};
                if (rng.chance(0.4))
                    line.drugs << QStringLiteral("everolimus");
            } else {
                line.drugs = {QString::fromLatin1(rng.pick(kChemo))};
            }
            const QDate pd = start.addDays(rng.between(150, n == 1 ? 1100 : 500));
            if (pd < kEnd) {
                line.end = pd;
                line.stopReason = StopReason::Progression;
                line.bestResponse = rng.chance(0.5) ? BestResponse::Partial : BestResponse::Stable;
                rec.events << DiseaseEvent{
                    0, 0, pd, EventType::Progression, Extent::Unrecorded, {rng.pick(kSites)}, Evidence::Imaging};
                if (n == 1 && rng.chance(0.6)) {
                    const bool mutated = rng.chance(0.4);
                    rec.genomics << GeneticResult{0,
                                                  0,
                                                  pd.addDays(rng.between(3, 20)),
                                                  QStringLiteral("ESR1"),
                                                  mutated ? QString::fromLatin1(rng.pick(kEsr1)) : QString(),
                                                  mutated ? GeneticOutcome::Mutated : GeneticOutcome::NotDetected,
                                                  Specimen::Plasma,
                                                  Origin::Somatic,
                                                  mutated ? std::optional<double>(rng.between(5, 150) / 10.0)
                                                          : std::nullopt};
                }
            }
            rec.therapies << line;
            start = pd.addDays(rng.between(7, 30));
        }
        if (rng.chance(0.5)) {
            const bool mutated = rng.chance(0.35);
            rec.genomics << GeneticResult{0,
                                          0,
                                          clampDate(relapse.addDays(rng.between(5, 40))),
                                          QStringLiteral("PIK3CA"),
                                          mutated ? QString::fromLatin1(rng.pick(kPik3ca)) : QString(),
                                          mutated ? GeneticOutcome::Mutated : GeneticOutcome::NotDetected,
                                          Specimen::Tissue,
                                          Origin::Somatic};
        }
        if (rng.chance(0.3))
            rec.genomics << GeneticResult{0,
                                          0,
                                          clampDate(relapse.addDays(rng.between(5, 60))),
                                          QString::fromLatin1(rng.chance(0.5) ? "BRCA1" : "BRCA2"),
                                          QString(),
                                          rng.chance(0.05) ? GeneticOutcome::Mutated : GeneticOutcome::NotDetected,
                                          Specimen::Tissue,
                                          Origin::Germline};
    }

    // About 15 marker results from diagnosis or relapse onwards: a trend that falls on treatment, rises before PD.
    const QDate markersFrom = relapse.isValid() ? relapse.addDays(-10) : d.date;
    const int count = rng.between(12, 18);
    const int span = std::max(30, int(markersFrom.daysTo(kEnd)));
    double level = relapse.isValid() ? rng.between(40, 250) : rng.between(8, 22);
    for (int i = 0; i < count; ++i) {
        const QDate when = markersFrom.addDays(qint64(span) * i / count);
        level = std::max(3.0, level * (0.75 + 0.5 * rng.unit()));
        const bool cea = i % 3 == 2;
        rec.markers << MarkerResult{0,
                                    0,
                                    when,
                                    cea ? QStringLiteral("CEA") : QStringLiteral("CA15-3"),
                                    std::round((cea ? level / 8 : level) * 10) / 10,
                                    cea ? QStringLiteral("ng/mL") : QStringLiteral("U/mL"),
                                    cea ? 5.0 : 25.0};
    }
    return rec;
}

}  // namespace

Status generateSyntheticPatients(CaseService& service, int count, quint64 seed,
                                 const std::function<void(int done)>& progress)
{
    Rng rng(seed);
    constexpr int kBatch = 2000;
    for (int first = 1; first <= count; first += kBatch) {
        const int last = std::min(count, first + kBatch - 1);
        QList<PatientRecord> batch;
        batch.reserve(last - first + 1);
        for (int i = first; i <= last; ++i)
            batch.append(makePatient(rng, i));
        const QJsonObject details{
            {QStringLiteral("synthetic_from"), QStringLiteral("SYN-%1").arg(first, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("synthetic_to"), QStringLiteral("SYN-%1").arg(last, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("seed"), QString::number(seed)}};
        if (auto s = service.insertGenerated(batch, details); !s)
            return s;
        if (progress)
            progress(last);
    }
    return {};
}

}  // namespace onco
