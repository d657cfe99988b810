# Windows: linnet.exe's icon and version resource (linnet.rc.in). The top-level CMakeLists.txt
# includes this on WIN32 only, after add_subdirectory(app). The installer itself is not CMake's:
# linnet.wxs, built by WiX in installer/ci/windows.yml and by wixl in installer/windows/build-msi.
set(LINNET_WINDOWS_ICON ${CMAKE_CURRENT_LIST_DIR}/linnet.ico)
configure_file(${CMAKE_CURRENT_LIST_DIR}/linnet.rc.in ${CMAKE_BINARY_DIR}/windows/linnet.rc @ONLY)
target_sources(linnet PRIVATE ${CMAKE_BINARY_DIR}/windows/linnet.rc)
