#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace onco {

class CaseService;

/** The hand-made fictional demo patients (case files under resources/demo), DEMO-0001 first. */
QList<QByteArray> demoCaseFiles();

/** Imports every demo patient through the service (audited like any import). Returns how many were imported. */
Result<int> importDemoPatients(CaseService& service);

/**
 * Adds `count` synthetic patients with plausible HR+/HER2− courses (about 15 marker results, 3–5 lines, some
 * genetic results each), fully determined by `seed`, through CaseService::insertGenerated (large transactions, one
 * audit row per batch).
 */
Status generateSyntheticPatients(CaseService& service, int count, quint64 seed,
                                 const std::function<void(int done)>& progress = {});

}  // namespace onco
