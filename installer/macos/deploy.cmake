# Install-time step for Linnet.app (included by the install(CODE) in Bundle.cmake, which sets
# LINNET_APP, LINNET_MACDEPLOYQT, LINNET_QML_DIR, LINNET_SIGN_IDENTITY, LINNET_ENTITLEMENTS).
if(NOT IS_DIRECTORY "${LINNET_APP}")
    message(FATAL_ERROR "deploy: no bundle at ${LINNET_APP}")
endif()

function(linnet_run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "deploy: ${what} failed (${rc}): ${ARGN}")
    endif()
endfunction()

# -qmldir: qmlimportscanner reads qml/ to find the QML modules to copy (QtQuick.Controls with
# Material, Layouts, Shapes, Dialogs, QtCharts, Qt.labs.qmlmodels, QtCore ...).
set(args "${LINNET_APP}" "-qmldir=${LINNET_QML_DIR}" -verbose=1)
if(LINNET_SIGN_IDENTITY)
    # Signs every framework, plugin and the executable: hardened runtime, secure timestamp.
    list(APPEND args "-sign-for-notarization=${LINNET_SIGN_IDENTITY}")
endif()
message(STATUS "deploy: macdeployqt ${args}")
linnet_run(macdeployqt "${LINNET_MACDEPLOYQT}" ${args})

if(LINNET_SIGN_IDENTITY)
    # The bundle once more, now with the entitlements (macdeployqt cannot pass any).
    linnet_run(codesign codesign --force --options runtime --timestamp
        --entitlements "${LINNET_ENTITLEMENTS}" --sign "${LINNET_SIGN_IDENTITY}" "${LINNET_APP}")
    linnet_run("codesign --verify" codesign --verify --deep --strict --verbose=2 "${LINNET_APP}")
else()
    # macdeployqt rewrote install names, which voids the linker's signatures; Apple silicon
    # runs no unsigned code, so sign ad hoc.
    linnet_run("ad-hoc codesign" codesign --force --deep --sign - "${LINNET_APP}")
endif()
