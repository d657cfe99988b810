# macOS: Linnet.app (Info.plist, icon), its deployment (macdeployqt, signing) and the DMG (CPack
# DragNDrop). The top-level CMakeLists.txt includes this on APPLE only, after add_subdirectory(app).
# Built on a macOS runner (installer/ci/macos.yml): cmake --build, then cpack -G DragNDrop.
#
#   -DLINNET_MACOS_SIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"
#       signs every binary with the hardened runtime and a timestamp (notarisation needs all
#       three); without it the bundle gets an ad-hoc signature, enough to run on the build machine.
#   -DCMAKE_OSX_DEPLOYMENT_TARGET=14.0
#       becomes LSMinimumSystemVersion; with Homebrew's Qt it is the runner's macOS version.
set(LINNET_MACOS_DIR ${CMAKE_CURRENT_LIST_DIR})
set(LINNET_MACOS_SIGN_IDENTITY "" CACHE STRING "codesign identity for Linnet.app (empty: ad-hoc)")
set(LINNET_MACOS_BUNDLE_ID org.example.linnet)  # the same id as the Linux desktop file
set(LINNET_MACOS_EXECUTABLE Linnet)
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(LINNET_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
    set(LINNET_MACOS_MINIMUM 12.0)  # Qt 6.8's oldest supported macOS
endif()

# Info.plist: our placeholders first (@ONLY), so CMake's own pass over it finds nothing left.
configure_file(${LINNET_MACOS_DIR}/Info.plist.in ${CMAKE_BINARY_DIR}/macos/Info.plist.in @ONLY)
set_target_properties(linnet PROPERTIES
    OUTPUT_NAME ${LINNET_MACOS_EXECUTABLE}  # Linnet.app/Contents/MacOS/Linnet
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_BINARY_DIR}/macos/Info.plist.in)

# The icon: an .icns from the PNGs rendered for Linux (installer/linux/render-icons), at configure
# time with iconutil (part of macOS), so it is a plain source file of the app target.
function(linnet_make_icns out)
    set(png ${PROJECT_SOURCE_DIR}/installer/linux/icons/hicolor/@SIZE@x@SIZE@/apps/${LINNET_MACOS_BUNDLE_ID}.png)
    set(iconset ${CMAKE_BINARY_DIR}/macos/linnet.iconset)
    file(REMOVE_RECURSE ${iconset})
    # iconset name = point size [@2x]; the file's pixels
    foreach(entry 16:16 16@2x:32 32:32 32@2x:64 128:128 128@2x:256 256:256 256@2x:512 512:512)
        string(REPLACE ":" ";" entry ${entry})
        list(GET entry 0 name)
        list(GET entry 1 pixels)
        string(REPLACE "@SIZE@" ${pixels} source ${png})
        string(REGEX REPLACE "^([0-9]+)" "\\1x\\1" name ${name})
        configure_file(${source} ${iconset}/icon_${name}.png COPYONLY)
    endforeach()
    execute_process(COMMAND iconutil --convert icns --output ${out} ${iconset}
        RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "iconutil could not make ${out}: ${err}")
    endif()
endfunction()
set(LINNET_ICNS ${CMAKE_BINARY_DIR}/macos/linnet.icns)
linnet_make_icns(${LINNET_ICNS})
target_sources(linnet PRIVATE ${LINNET_ICNS})
set_source_files_properties(${LINNET_ICNS} TARGET_DIRECTORY linnet PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# At install time (cmake --install, and cpack before it makes the DMG): macdeployqt copies Qt's
# frameworks, plugins and the QML modules that qml/ imports into the bundle, then the signature.
if(TARGET Qt6::macdeployqt)
    set(LINNET_MACDEPLOYQT $<TARGET_FILE:Qt6::macdeployqt>)
else()
    find_program(LINNET_MACDEPLOYQT macdeployqt HINTS ${QT6_INSTALL_PREFIX}/bin REQUIRED)
endif()
install(CODE "
    set(LINNET_APP \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${LINNET_MACOS_EXECUTABLE}.app\")
    set(LINNET_MACDEPLOYQT \"${LINNET_MACDEPLOYQT}\")
    set(LINNET_QML_DIR \"${PROJECT_SOURCE_DIR}/qml\")
    set(LINNET_SIGN_IDENTITY \"${LINNET_MACOS_SIGN_IDENTITY}\")
    set(LINNET_ENTITLEMENTS \"${LINNET_MACOS_DIR}/linnet.entitlements\")
    include(\"${LINNET_MACOS_DIR}/deploy.cmake\")
")

# The DMG: Linnet.app and a link to /Applications over a background with an arrow.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME Linnet-${PROJECT_VERSION}-${CMAKE_SYSTEM_PROCESSOR})  # Linnet-0.1.0-arm64.dmg
set(CPACK_DMG_VOLUME_NAME Linnet)
set(CPACK_DMG_FORMAT ULFO)  # lzfse: smaller than UDZO, opens on every macOS Qt 6.8 supports
set(CPACK_PACKAGE_ICON ${LINNET_ICNS})  # the volume's icon
set(CPACK_DMG_BACKGROUND_IMAGE ${LINNET_MACOS_DIR}/dmg-background.png)
set(CPACK_DMG_DS_STORE_SETUP_SCRIPT ${LINNET_MACOS_DIR}/dmg-layout.applescript)
