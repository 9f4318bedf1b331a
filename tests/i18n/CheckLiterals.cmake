# Fails when a user-visible text in ui/ or app/ is a bare literal instead of going through tr():
# a widget/action/dialog text setter or constructor whose text argument starts with a string literal
# containing a letter. A line may opt out with the comment  // i18n-ok: <reason>  (brand names, symbols).
# Input: SOURCE_DIR.
file(GLOB_RECURSE files "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp")
set(setters "setText|setWindowTitle|setTitle|setToolTip|setStatusTip|setPlaceholderText|setLabelText|setWhatsThis|addAction|addMenu|addTab|insertTab|setTabText|setHeaderLabels|setHorizontalHeaderLabels|showMessage|setSpecialValueText|setSuffix|setPrefix|addItem|setInformativeText|setDetailedText|setButtonText|information|warning|critical|question|about|new QLabel|new QPushButton|new QCheckBox|new QRadioButton|new QGroupBox|new QAction|new QToolButton")
set(literal "(QStringLiteral\\(|QLatin1String\\(|QString::fromUtf8\\(|u)?\"[^\"]*[A-Za-z一-鿿]")
set(offenders "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "(${setters})\\(([^,()]*, *)*${literal}")
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "i18n-ok" AND NOT line MATCHES "tr\\(\"" AND NOT line MATCHES "translate\\(")
            list(APPEND offenders "${f}: ${line}")
        endif()
    endforeach()
endforeach()
if(offenders)
    string(REPLACE ";" "\n" text "${offenders}")
    message(FATAL_ERROR "user-visible literals not passing through tr():\n${text}")
endif()
message(STATUS "no untranslated user-visible literals in ui/ and app/")
