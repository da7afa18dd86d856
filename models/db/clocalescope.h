#pragma once

#include <clocale>
#include <locale.h>

// While alive, the C library on this thread uses the C locale for the categories given (a mask
// of LC_*_MASK), whatever the user's. Qt sets the process's locale from the environment, and C
// libraries follow it:
// - LC_NUMERIC_MASK: under a German locale printf writes 3.25 as "3,25"; libxlsxwriter writes
//   a workbook's numbers and column widths with it, which Excel then reads as text or refuses;
// - LC_MESSAGES_MASK: libpq translates its messages (gettext), and a failed connection has
//   nothing but its words to tell a refused password or an untrusted certificate apart.
// Per thread (uselocale), so nothing else in the program changes locale meanwhile.
class CLocaleScope
{
public:
    explicit CLocaleScope(int categoryMask)
    {
        // newlocale takes over the copy it is given, even where it fails.
        if (locale_t base = duplocale(uselocale(locale_t(nullptr))))
            m_c = newlocale(categoryMask, "C", base);
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~CLocaleScope()
    {
        if (!m_c)
            return;
        uselocale(m_previous);
        freelocale(m_c);
    }
    CLocaleScope(const CLocaleScope &) = delete;
    CLocaleScope &operator=(const CLocaleScope &) = delete;

private:
    locale_t m_c = locale_t(nullptr);
    locale_t m_previous = locale_t(nullptr);
};
