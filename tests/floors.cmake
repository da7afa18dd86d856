# The floors of models/ (models/CMakeLists.txt) each compile against a view of models/ that
# holds only their own folder and the folders below them. This proves the view does its work:
# with the very command the build compiles a source of a floor with (compile_commands.json), a
# probe including a floor below compiles, and one including a floor above fails on that include.
#   cmake -DCOMMANDS=<build>/compile_commands.json -DPROBES=<dir> -P floors.cmake
file(READ ${COMMANDS} json)
string(JSON count LENGTH ${json})
file(MAKE_DIRECTORY ${PROBES})

# Compiles `text` as if it were the source `source` of its floor; sets ok and out.
function(probe source text)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON file GET ${json} ${i} file)
        if(file MATCHES "/models/${source}$")
            string(JSON command GET ${json} ${i} command)
            string(JSON directory GET ${json} ${i} directory)
        endif()
    endforeach()
    if(NOT command)
        message(FATAL_ERROR "No compile command for models/${source} in ${COMMANDS}")
    endif()
    string(MAKE_C_IDENTIFIER ${source} name)
    set(probe ${PROBES}/${name}_${ARGV2}.cpp)
    file(WRITE ${probe} "${text}\n")
    separate_arguments(args UNIX_COMMAND "${command}")
    list(TRANSFORM args REPLACE "^.*/models/${source}$" "${probe}")
    list(FILTER args EXCLUDE REGEX "^-o$|\\.o$")
    # The compiler's messages in English whatever the locale (CI runs in German too).
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANGUAGE= ${args} -fsyntax-only
                    WORKING_DIRECTORY ${directory}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(result EQUAL 0)
        set(ok TRUE PARENT_SCOPE)
    else()
        set(ok FALSE PARENT_SCOPE)
    endif()
    set(out "${output}" PARENT_SCOPE)
endfunction()

# floor's source, a header it may include, a header of a floor above it
foreach(row "domain/stock.cpp;domain/barrier.h;db/database.h"
            "db/database.cpp;domain/clock.h;store/personstore.h"
            "store/personstore.cpp;db/transaction.h;figures/figures.h"
            "figures/figures.cpp;store/barrierstore.h;itemmodels/caseloadmodel.h"
            "itemmodels/caseloadmodel.cpp;figures/dashboard.h;io/cidimporter.h")
    list(GET row 0 source)
    list(GET row 1 below)
    list(GET row 2 above)
    probe(${source} "#include \"${below}\"" down)
    if(NOT ok)
        message(FATAL_ERROR "models/${source}'s floor cannot include ${below}:\n${out}")
    endif()
    probe(${source} "#include \"${above}\"" up)
    if(ok)
        message(FATAL_ERROR "models/${source}'s floor includes ${above}, a floor above it")
    endif()
    # GCC: "x.h: No such file or directory"; clang (the sanitized build): "'x.h' file not found".
    if(NOT out MATCHES "${above}: No such file|'${above}' file not found")
        message(FATAL_ERROR "including ${above} in models/${source}'s floor failed otherwise:\n"
                            "${out}")
    endif()
    message(STATUS "models/${source}: ${below} included, ${above} refused")
endforeach()
