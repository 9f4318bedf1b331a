#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace onco::accounts {

/** How hard a hash is to compute: Interactive for log-ins (libsodium's interactive limits: ~0.1 s, 64 MiB); Fast only
 *  for tests (libsodium's minimum limits), never stored by the program. */
enum class HashCost { Interactive, Fast };

/**
 * A salted, slow password hash in libsodium's self-describing string form (Argon2id, "$argon2id$v=19$m=…"), through
 * crypto_pwhash_str: salt and limits are part of the string. nullopt when libsodium cannot be initialised or runs out
 * of memory.
 */
std::optional<QByteArray> hashPassword(const QString& password, HashCost cost = HashCost::Interactive);

/** Whether `password` matches `hash` (constant time within libsodium); false for a malformed hash. */
bool verifyPassword(const QByteArray& hash, const QString& password);

/** Whether `hash` was made with weaker limits than `cost` asks for today (rehash it at the next log-in). */
bool needsRehash(const QByteArray& hash, HashCost cost = HashCost::Interactive);

}  // namespace onco::accounts
