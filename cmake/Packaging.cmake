# Installing and packaging: what `cmake --install` puts where on Linux (the binary's own rule is
# in app/CMakeLists.txt), and the CPack configuration of the .deb. installer/package runs
# CPack; the AppImage and the MSI have their own steps under installer/.
include(GNUInstallDirs)

set(LINNET_APP_ID org.example.linnet)  # desktop file, icon and AppStream id
set(LINNET_LINUX_DIR ${PROJECT_SOURCE_DIR}/installer/linux)

# One version number: the newest AppStream release must be the project's version.
file(READ ${LINNET_LINUX_DIR}/${LINNET_APP_ID}.metainfo.xml _linnet_metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _linnet_release "${_linnet_metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "installer/linux/${LINNET_APP_ID}.metainfo.xml: the newest <release> is "
        "'${CMAKE_MATCH_1}', the project's version is ${PROJECT_VERSION}; add a release for it")
endif()

if(UNIX AND NOT APPLE)
    install(FILES ${LINNET_LINUX_DIR}/${LINNET_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${LINNET_LINUX_DIR}/${LINNET_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # Pre-rendered PNGs (installer/linux/render-icons) and the SVG for scalable.
    install(DIRECTORY ${LINNET_LINUX_DIR}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
    # Debian's machine-readable copyright (the licence text: LICENSE, GPL-3.0-or-later).
    install(FILES ${LINNET_LINUX_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/linnet)
endif()

set(CPACK_PACKAGE_NAME linnet)
set(CPACK_PACKAGE_VENDOR "The Linnet developers")
set(CPACK_PACKAGE_CONTACT "Linnet developers <linnet@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/cpack)
set(CPACK_STRIP_FILES ON)  # RelWithDebInfo: the symbols stay in the build tree

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # linnet_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
Linnet is an XMPP client that chats with buddies and groups and watches and
drives devices that publish their readings over XMPP: live dashboards with
history and alerts, and device commands. It opens xmpp: links.")
    # The shared libraries come from dpkg-shlibdeps; the QML modules and Qt plugins are loaded
    # at run time, so dpkg-shlibdeps cannot see them: one package for every module the QML
    # imports (grep '^import' qml/) and every plugin the app loads.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(LINNET_DEB_RUNTIME_DEPENDS
        qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript  # QtQml
        qml6-module-qtcore                                                          # QtCore (Settings)
        qml6-module-qtquick qml6-module-qtquick-window                              # QtQuick
        qml6-module-qtquick-controls qml6-module-qtquick-templates                  # Controls, Material
        qml6-module-qtquick-layouts qml6-module-qtquick-shapes
        qml6-module-qtquick-dialogs                                                 # FileDialog
        qml6-module-qtcharts                                                        # dashboards
        qml6-module-qt-labs-qmlmodels                                               # DelegateChooser
        qt6-qpa-plugins                                                             # platform plugins
        qt6-svg-plugins                                                             # SVG icons
        libqt6sql6-sqlite)                                                          # message store
    list(JOIN LINNET_DEB_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
    # Wayland sessions, and a Secret Service for the passwords (QtKeychain).
    # Also Qt's own strings in German and Spanish, and colour emoji.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, fonts-noto-color-emoji")
endif()

# CPack reads the variables as they are at its include: after every other file of the project
# (an APPLE-only DragNDrop configuration may add its own), so include it last.
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL include CPack)
