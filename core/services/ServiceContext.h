#pragma once

namespace onco {

class Clock;
class Knowledge;
class Storage;

/** What the services work with: one storage connection (and its repositories), the clock and the knowledge in force.
 *  Built once by the composition root (app/AppContext) or a test; passed by value, it owns nothing. */
struct ServiceContext
{
    Storage& storage;
    const Clock& clock;
    const Knowledge& knowledge;
};

}  // namespace onco
