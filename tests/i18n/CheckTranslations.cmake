# Fails when the zh_CN translation is incomplete: lupdate is run over every source of core, ui and app
# into a copy of translations/oncocase_zh_CN.ts; any message that is new (missing from the committed
# file) or unfinished or empty fails the check, naming it.
# Inputs: GENERATE_SCRIPT, PROJECT_CMAKE, PROJECT_JSON, LUPDATE, TS, WORK_DIR.
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${PROJECT_JSON} -P ${GENERATE_SCRIPT}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot generate the lupdate project file")
endif()
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/oncocase_zh_CN.ts)
configure_file(${TS} ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -project ${PROJECT_JSON} -ts ${copy} -no-obsolete -locations none
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ ${copy} content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" unfinished "${content}")
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation></translation>" empty "${content}")
list(APPEND unfinished ${empty})
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REPLACE "<translation type=\"unfinished\"" "" unfinished "${unfinished}")
    string(REPLACE ";" "\n" unfinished "${unfinished}")
    message(FATAL_ERROR "${count} zh_CN translation(s) missing or unfinished (run the update_translations target, "
                        "then tools/ts.py list / fill):\n${unfinished}")
endif()
message(STATUS "zh_CN translation complete")
