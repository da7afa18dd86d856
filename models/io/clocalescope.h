#pragma once

#include <clocale>
#include <locale.h>

// While alive, C's own number formatting and parsing on this thread (printf, strtod) use the C
// locale's decimal point. Qt sets the process's locale from the environment, so under a German
// locale printf writes 3.25 as "3,25"; libxlsxwriter writes a workbook's numbers and column
// widths with it, which Excel then reads as text or refuses. Per thread (uselocale), so nothing
// else in the program changes locale meanwhile.
class CNumericLocale
{
public:
    CNumericLocale()
    {
        // newlocale takes over the copy it is given, even where it fails.
        if (locale_t base = duplocale(uselocale(locale_t(nullptr))))
            m_c = newlocale(LC_NUMERIC_MASK, "C", base);
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~CNumericLocale()
    {
        if (!m_c)
            return;
        uselocale(m_previous);
        freelocale(m_c);
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c = locale_t(nullptr);
    locale_t m_previous = locale_t(nullptr);
};
