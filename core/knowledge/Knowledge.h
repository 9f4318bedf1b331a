#pragma once

#include "core/domain/Enums.h"
#include "core/knowledge/Investigational.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace onco {

/** Drug classes of clinical-rules.md §0. */
enum class DrugClass {
    AI,
    SERM,
    SerdInj,
    SerdOral,
    Cdk46i,
    Ofs,
    Chemo,
    AntiHer2,
    Adc,
    Parp,
    Mtor,
    Pi3k,
    Akt,
    Hdac,
    Progestin,
    Bone
};

struct Drug
{
    QString name;  ///< canonical English catalogue name
    QString zh;    ///< simplified Chinese name; empty when unverified (the English name is shown)
    DrugClass drugClass = DrugClass::Chemo;
    QStringList aliases;

    /** An endocrine-therapy agent (AI, SERM, SERD). OFS alone is not. */
    bool isEndocrine() const;
    /** The name to show in a language ("zh_CN" or "en"); falls back to English. */
    QString displayName(const QString& language) const;
};

/**
 * What a therapy drug is for the rules (clinical-rules.md §0): a catalogued drug, or an investigational agent read
 * by its classes. With exactly one class an investigational agent counts as a drug of that class; with several it
 * is certainly ET (all ET classes), not ET (none), or possibly ET.
 */
struct DrugTraits
{
    const Drug* drug = nullptr;                 ///< the catalogue entry, or nullptr
    std::optional<InvestigationalAgent> agent;  ///< a valid investigational agent
    std::optional<DrugClass> drugClass;         ///< catalogued, or an investigational agent with one ET/CDK46I class
    bool et = false;                            ///< an ET agent: catalogued or certainly ET
    bool possiblyEt = false;                    ///< an investigational agent that may or may not be ET
    bool oralSerd = false;                      ///< SERD_ORAL (catalogued, or exactly [SERD_ORAL])
    bool possibleOralSerd = false;              ///< investigational with SERD_ORAL among several classes
    bool cdk46i = false;                        ///< CDK46I (catalogued, or exactly [CDK46I])
    bool possibleCdk46i = false;                ///< investigational with CDK46I among several classes

    bool known() const { return drug || agent; }
    bool investigational() const { return agent.has_value(); }
};

enum class CypEffect { StrongInhibitor, ModerateInhibitor, StrongInducer, ModerateInducer };

struct CypEntry
{
    QString name;
    QString zh;
    QStringList aliases;
    CypEffect effect = CypEffect::StrongInhibitor;
};

struct MarkerInfo
{
    QString analyte;  ///< code stored in records, e.g. CA15-3
    QString label;    ///< display, e.g. "CA 15-3"
    QString zh;
    QString unit;
    double uln = 0;  ///< catalogue default (TM-1), site-editable
    QStringList aliases;
};

struct Approval
{
    QString drug;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    bool approved = false;
    QDate date;  ///< null when unknown
    bool verified = false;
    QString source;
    QDate lastVerified;  ///< when the knowledge data last checked this entry

    /** Approved in this jurisdiction on `day` (clinical-rules.md §4.3: an unknown date of a listed approval counts). */
    bool approvedOn(const QDate& day) const { return approved && (date.isNull() || date <= day); }
};

/** Who the label covers (clinical-rules.md §4.2). */
enum class LabelPopulation {
    PostmenopausalWomenAndMen,  ///< elacestrant
    Adults,                     ///< imlunestrant
};

/**
 * An oral SERD label in one jurisdiction: which criteria of clinical-rules.md §4 apply (rule IDs such as SERD-CDK)
 * and which label-specific option flags are evaluated (e.g. NO_PRIOR_CDK46I). The order of `labels()` is the
 * order of the option cards.
 */
struct Label
{
    QString drug;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    LabelPopulation population = LabelPopulation::PostmenopausalWomenAndMen;
    QStringList criteria;
    QStringList flags;
    QString source;
};

/** What the label of a drug says about CYP3A4 inhibitors and inducers in one jurisdiction. */
struct DdiText
{
    QString drug;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    QString en;
    QString zh;
    QString source;
};

/** An evidence sentence with its source tags, shown with a drug's card, or with a flag/action/info code. */
struct EvidenceItem
{
    QString id;
    QString drug;       ///< the option card it belongs to; empty for assessment-level evidence
    QString shownWith;  ///< a flag, action or info code; empty: always shown with the drug's card
    QString en;
    QString zh;
    QStringList sources;
};

/**
 * The versioned knowledge data (clinical-rules.md §7): drug catalogue, CYP3A4 list, marker catalogue,
 * approvals per jurisdiction. Immutable once loaded; `builtin()` is the copy shipped in the program.
 */
class Knowledge
{
public:
    static const Knowledge& builtin();
    static Result<Knowledge> fromJson(const QByteArray& json);

    QString version() const { return m_version; }
    QDate lastVerified() const { return m_lastVerified; }

    const QList<Drug>& drugs() const { return m_drugs; }
    /** A drug by English name, alias or Chinese name, case-insensitively; nullptr when unknown. */
    const Drug* drug(const QString& name) const;
    /** What a therapy drug is for the rules: catalogued, investigational, or unknown (all false). */
    DrugTraits traits(const QString& name) const;
    /** The catalogue name nearest to an unknown one (edit distance), or empty when nothing is close. Never for a
     *  Chinese name, and an oral SERD only for a slip of one letter: a suggestion must not turn one oral SERD into
     *  another (issue 14). */
    QString suggestDrug(const QString& unknown) const;

    const QList<CypEntry>& cyp3a4() const { return m_cyp; }
    /** The CYP3A4 entries a free-text medication matches (clinical-rules.md §0 matching). */
    QList<const CypEntry*> matchCyp3a4(const QString& medication) const;

    const QList<MarkerInfo>& markers() const { return m_markers; }
    /** A marker by code or alias, case- and space-insensitively; nullptr when not in the catalogue. */
    const MarkerInfo* marker(const QString& analyte) const;

    const QList<Approval>& approvals() const { return m_approvals; }
    const Approval* approval(const QString& drug, Jurisdiction jurisdiction) const;

    /** The oral SERD labels of one jurisdiction, in card order. */
    QList<const Label*> labels(Jurisdiction jurisdiction) const;
    /** The CYP3A4 text of a drug's label; nullptr when the knowledge data holds none (interactions unchecked). */
    const DdiText* ddi(const QString& drug, Jurisdiction jurisdiction) const;
    const QList<EvidenceItem>& evidence() const { return m_evidence; }

    /** The raw document, for sections read by other modules (label texts, evidence). */
    const QByteArray& rawJson() const { return m_raw; }

private:
    Status readLabels(const QJsonObject& root);

    QString m_version;
    QDate m_lastVerified;
    QList<Drug> m_drugs;
    QHash<QString, int> m_drugIndex;  // lower-cased name/alias/zh -> index
    QList<CypEntry> m_cyp;
    QList<MarkerInfo> m_markers;
    QList<Approval> m_approvals;
    QList<Label> m_labels;
    QList<DdiText> m_ddi;
    QList<EvidenceItem> m_evidence;
    QByteArray m_raw;
};

QString drugClassCode(DrugClass drugClass);
/** The codes a knowledge pack may use: drug classes (AI … BONE), CYP3A4 effects, label populations. */
QStringList drugClassCodes();
QStringList cypEffectCodes();
QStringList labelPopulationCodes();

}  // namespace onco
