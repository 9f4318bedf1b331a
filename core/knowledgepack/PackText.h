#pragma once

#include <QCoreApplication>

namespace onco::knowledgepack {

/** The translation context of the knowledge-pack messages ("KnowledgePack"). */
class PackText
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgePack)
};

}  // namespace onco::knowledgepack
