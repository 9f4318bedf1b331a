#pragma once

#include <QString>

#include <optional>

namespace onco {

/**
 * An investigational agent (研究药物, clinical-rules.md §0): a trial drug whose identity is not known, written in a
 * therapy's drugs as `investigational`, `investigational:LABEL`, `investigational[CLASSES]` or
 * `investigational[CLASSES]:LABEL`. CLASSES names the classes the drug may belong to; without brackets, all six.
 */
struct InvestigationalAgent
{
    /** The classes an investigational agent may belong to, as bits. */
    enum Class : unsigned {
        AI = 1u << 0,
        SERM = 1u << 1,
        SerdInj = 1u << 2,
        SerdOral = 1u << 3,
        Cdk46i = 1u << 4,
        Other = 1u << 5,
    };
    static constexpr unsigned kAllClasses = AI | SERM | SerdInj | SerdOral | Cdk46i | Other;
    static constexpr unsigned kEtClasses = AI | SERM | SerdInj | SerdOral;

    unsigned classes = kAllClasses;
    bool bracketed = false;  ///< the classes were written (else all six)
    QString label;           ///< trimmed; empty when none was written

    bool has(Class c) const { return (classes & c) != 0; }
    /** Exactly one class: it then counts as a drug of that class everywhere. */
    bool single() const { return classes != 0 && (classes & (classes - 1)) == 0; }
    /** Every class is an ET class (AI, SERM, SERD_INJ, SERD_ORAL). */
    bool certainlyEt() const { return (classes & ~kEtClasses) == 0; }
    /** No class is an ET class. */
    bool notEt() const { return (classes & kEtClasses) == 0; }
    /** Some but not all classes are ET classes. */
    bool possiblyEt() const { return !certainlyEt() && !notEt(); }

    /** The canonical text: `investigational[SERD_ORAL|AI]:label` (no brackets when all six were meant). */
    QString text() const;
};

/** Why a drug text that starts with "investigational" is not a valid investigational agent. */
enum class InvestigationalError { None, Malformed, EmptyBrackets, UnknownClass, EmptyLabel, LabelTooLong };

struct InvestigationalParse
{
    std::optional<InvestigationalAgent> agent;
    InvestigationalError error = InvestigationalError::None;
    QString detail;  ///< the unknown class name, or the text that could not be read
};

/** True when the text is meant as an investigational agent: it starts with the word, in any letter case. */
bool looksInvestigational(const QString& drug);

/** Reads an investigational agent; `agent` empty and `error` set when the text is not a valid one. */
InvestigationalParse parseInvestigational(const QString& drug);

/** The class code of one bit ("SERD_ORAL"). */
QString investigationalClassCode(InvestigationalAgent::Class c);

/** All six classes in the order of the spec (AI, SERM, SERD_INJ, SERD_ORAL, CDK46I, OTHER). */
inline constexpr InvestigationalAgent::Class kInvestigationalClasses[] = {
    InvestigationalAgent::AI,       InvestigationalAgent::SERM,   InvestigationalAgent::SerdInj,
    InvestigationalAgent::SerdOral, InvestigationalAgent::Cdk46i, InvestigationalAgent::Other};

}  // namespace onco
