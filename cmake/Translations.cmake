# Translations: the Qt Linguist catalogues in translations/ are compiled (lrelease) and embedded
# in linnet_core under :/i18n, so the app and every test that links linnet_core find them
# (app/core/Translations loads them). `cmake --build B --target update_translations` runs lupdate
# over the app's own sources (not the tests or tools) and drops strings that vanished.
find_package(Qt6 6.8 REQUIRED COMPONENTS LinguistTools)

set(LINNET_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/linnet_de.ts
    ${PROJECT_SOURCE_DIR}/translations/linnet_es.ts)
# English needs its own catalogue only for plurals: "%n item(s)" becomes "1 item" / "2 items".
set(LINNET_PLURALS_TS_FILE ${PROJECT_SOURCE_DIR}/translations/linnet_en.ts)

qt_add_translations(
    TARGETS linnet_core
    SOURCE_TARGETS linnet linnet_core linnet_qml linnet_adhoc
    TS_FILES ${LINNET_TS_FILES}
    PLURALS_TS_FILE ${LINNET_PLURALS_TS_FILE}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations relative
    LRELEASE_OPTIONS -silent
)

if(BUILD_TESTING)
    add_subdirectory(tests/translations)
endif()
