#include "core/domain/Enums.h"

namespace onco {

namespace {
#define ONCO_ENUM_TABLE(Type, ...)                                                                                     \
    template <> std::span<const EnumEntry<Type>> enumEntries<Type>()                                                   \
    {                                                                                                                  \
        static const EnumEntry<Type> entries[] = {__VA_ARGS__};                                                        \
        return entries;                                                                                                \
    }
}  // namespace

ONCO_ENUM_TABLE(Sex, {Sex::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {Sex::Female, "female", QT_TRANSLATE_NOOP("Enums", "Female")},
                {Sex::Male, "male", QT_TRANSLATE_NOOP("Enums", "Male")})

ONCO_ENUM_TABLE(MenopausalStatus, {MenopausalStatus::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {MenopausalStatus::Premenopausal, "premenopausal", QT_TRANSLATE_NOOP("Enums", "Premenopausal")},
                {MenopausalStatus::Perimenopausal, "perimenopausal", QT_TRANSLATE_NOOP("Enums", "Perimenopausal")},
                {MenopausalStatus::Postmenopausal, "postmenopausal", QT_TRANSLATE_NOOP("Enums", "Postmenopausal")},
                {MenopausalStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "Unknown")})

ONCO_ENUM_TABLE(ChildPugh, {ChildPugh::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {ChildPugh::A, "A", QT_TRANSLATE_NOOP("Enums", "Child-Pugh A")},
                {ChildPugh::B, "B", QT_TRANSLATE_NOOP("Enums", "Child-Pugh B")},
                {ChildPugh::C, "C", QT_TRANSLATE_NOOP("Enums", "Child-Pugh C")})

ONCO_ENUM_TABLE(ReceptorStatus, {ReceptorStatus::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {ReceptorStatus::Positive, "positive", QT_TRANSLATE_NOOP("Enums", "Positive")},
                {ReceptorStatus::Negative, "negative", QT_TRANSLATE_NOOP("Enums", "Negative")},
                {ReceptorStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "Unknown")})

ONCO_ENUM_TABLE(Her2Ihc, {Her2Ihc::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {Her2Ihc::Zero, "0", QT_TRANSLATE_NOOP("Enums", "IHC 0")},
                {Her2Ihc::Ultralow, "ultralow", QT_TRANSLATE_NOOP("Enums", "IHC 0 (ultralow)")},
                {Her2Ihc::One, "1+", QT_TRANSLATE_NOOP("Enums", "IHC 1+")},
                {Her2Ihc::Two, "2+", QT_TRANSLATE_NOOP("Enums", "IHC 2+")},
                {Her2Ihc::Three, "3+", QT_TRANSLATE_NOOP("Enums", "IHC 3+")},
                {Her2Ihc::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "Unknown")})

ONCO_ENUM_TABLE(Her2Ish, {Her2Ish::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {Her2Ish::Negative, "negative", QT_TRANSLATE_NOOP("Enums", "ISH negative")},
                {Her2Ish::Positive, "positive", QT_TRANSLATE_NOOP("Enums", "ISH positive")},
                {Her2Ish::NotDone, "not_done", QT_TRANSLATE_NOOP("Enums", "ISH not done")})

ONCO_ENUM_TABLE(EventType, {EventType::Recurrence, "recurrence", QT_TRANSLATE_NOOP("Enums", "Recurrence")},
                {EventType::Progression, "progression", QT_TRANSLATE_NOOP("Enums", "Progression")},
                {EventType::Response, "response", QT_TRANSLATE_NOOP("Enums", "Response")},
                {EventType::Surgery, "surgery", QT_TRANSLATE_NOOP("Enums", "Surgery")},
                {EventType::Radiotherapy, "radiotherapy", QT_TRANSLATE_NOOP("Enums", "Radiotherapy")},
                {EventType::Death, "death", QT_TRANSLATE_NOOP("Enums", "Death")},
                {EventType::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")})

ONCO_ENUM_TABLE(Extent, {Extent::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {Extent::Local, "local", QT_TRANSLATE_NOOP("Enums", "Local")},
                {Extent::Regional, "regional", QT_TRANSLATE_NOOP("Enums", "Regional")},
                {Extent::Distant, "distant", QT_TRANSLATE_NOOP("Enums", "Distant")},
                {Extent::LocallyAdvancedUnresectable, "locally_advanced_unresectable",
                 QT_TRANSLATE_NOOP("Enums", "Locally advanced, unresectable")})

ONCO_ENUM_TABLE(Evidence, {Evidence::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {Evidence::Imaging, "imaging", QT_TRANSLATE_NOOP("Enums", "Imaging")},
                {Evidence::Clinical, "clinical", QT_TRANSLATE_NOOP("Enums", "Clinical")},
                {Evidence::Pathology, "pathology", QT_TRANSLATE_NOOP("Enums", "Pathology")},
                {Evidence::TumorMarker, "tumor_marker", QT_TRANSLATE_NOOP("Enums", "Tumour marker only")})

ONCO_ENUM_TABLE(Site, {Site::Bone, "bone", QT_TRANSLATE_NOOP("Enums", "Bone")},
                {Site::Lung, "lung", QT_TRANSLATE_NOOP("Enums", "Lung")},
                {Site::Liver, "liver", QT_TRANSLATE_NOOP("Enums", "Liver")},
                {Site::Brain, "brain", QT_TRANSLATE_NOOP("Enums", "Brain")},
                {Site::LymphNode, "lymph_node", QT_TRANSLATE_NOOP("Enums", "Lymph node")},
                {Site::Pleura, "pleura", QT_TRANSLATE_NOOP("Enums", "Pleura")},
                {Site::Skin, "skin", QT_TRANSLATE_NOOP("Enums", "Skin")},
                {Site::SoftTissue, "soft_tissue", QT_TRANSLATE_NOOP("Enums", "Soft tissue")},
                {Site::Breast, "breast", QT_TRANSLATE_NOOP("Enums", "Breast")},
                {Site::ChestWall, "chest_wall", QT_TRANSLATE_NOOP("Enums", "Chest wall")},
                {Site::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")})

ONCO_ENUM_TABLE(Setting, {Setting::Neoadjuvant, "neoadjuvant", QT_TRANSLATE_NOOP("Enums", "Neoadjuvant")},
                {Setting::Adjuvant, "adjuvant", QT_TRANSLATE_NOOP("Enums", "Adjuvant")},
                {Setting::Advanced, "advanced", QT_TRANSLATE_NOOP("Enums", "Advanced")})

ONCO_ENUM_TABLE(StopReason, {StopReason::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {StopReason::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "Completed")},
                {StopReason::Progression, "progression", QT_TRANSLATE_NOOP("Enums", "Progression")},
                {StopReason::Toxicity, "toxicity", QT_TRANSLATE_NOOP("Enums", "Toxicity")},
                {StopReason::PatientChoice, "patient_choice", QT_TRANSLATE_NOOP("Enums", "Patient choice")},
                {StopReason::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")})

ONCO_ENUM_TABLE(BestResponse, {BestResponse::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {BestResponse::Complete, "complete_response", QT_TRANSLATE_NOOP("Enums", "Complete response")},
                {BestResponse::Partial, "partial_response", QT_TRANSLATE_NOOP("Enums", "Partial response")},
                {BestResponse::Stable, "stable_disease", QT_TRANSLATE_NOOP("Enums", "Stable disease")},
                {BestResponse::Progressive, "progressive_disease", QT_TRANSLATE_NOOP("Enums", "Progressive disease")},
                {BestResponse::NotEvaluable, "not_evaluable", QT_TRANSLATE_NOOP("Enums", "Not evaluable")})

ONCO_ENUM_TABLE(GeneticOutcome, {GeneticOutcome::Mutated, "mutated", QT_TRANSLATE_NOOP("Enums", "Mutated")},
                {GeneticOutcome::NotDetected, "not_detected", QT_TRANSLATE_NOOP("Enums", "Not detected")},
                {GeneticOutcome::Indeterminate, "indeterminate", QT_TRANSLATE_NOOP("Enums", "Indeterminate")})

ONCO_ENUM_TABLE(Specimen, {Specimen::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {Specimen::Tissue, "tissue", QT_TRANSLATE_NOOP("Enums", "Tissue")},
                {Specimen::Plasma, "plasma", QT_TRANSLATE_NOOP("Enums", "Plasma (ctDNA)")})

ONCO_ENUM_TABLE(Origin, {Origin::Unrecorded, "", QT_TRANSLATE_NOOP("Enums", "Not recorded")},
                {Origin::Somatic, "somatic", QT_TRANSLATE_NOOP("Enums", "Somatic")},
                {Origin::Germline, "germline", QT_TRANSLATE_NOOP("Enums", "Germline")})

ONCO_ENUM_TABLE(Jurisdiction, {Jurisdiction::UsFda, "US-FDA", QT_TRANSLATE_NOOP("Enums", "United States (FDA)")},
                {Jurisdiction::EuEma, "EU-EMA", QT_TRANSLATE_NOOP("Enums", "European Union (EMA)")},
                {Jurisdiction::CnNmpa, "CN-NMPA", QT_TRANSLATE_NOOP("Enums", "Mainland China (NMPA)")},
                {Jurisdiction::Hk, "HK", QT_TRANSLATE_NOOP("Enums", "Hong Kong / GBA designated hospitals")})

#undef ONCO_ENUM_TABLE

}  // namespace onco
