#include "core/accounts/PasswordHash.h"

#include <sodium.h>

namespace onco::accounts {

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;  // 0 first time, 1 already done; -1 failure
    return initialised;
}

struct Limits
{
    unsigned long long ops;
    size_t memory;
};

Limits limits(HashCost cost)
{
    if (cost == HashCost::Fast)
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

}  // namespace

std::optional<QByteArray> hashPassword(const QString& password, HashCost cost)
{
    if (!ready())
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const Limits l = limits(cost);
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), l.ops, l.memory) != 0)
        return std::nullopt;
    return QByteArray(out);
}

bool verifyPassword(const QByteArray& hash, const QString& password)
{
    if (!ready() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) ==
           0;
}

bool needsRehash(const QByteArray& hash, HashCost cost)
{
    if (!ready())
        return false;
    const Limits l = limits(cost);
    return crypto_pwhash_str_needs_rehash(hash.constData(), l.ops, l.memory) != 0;
}

}  // namespace onco::accounts
