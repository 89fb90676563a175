# Desktop integration and a Debian package: cpack -G DEB in the build directory.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/keywarden.desktop DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.keywarden.KeyWarden.metainfo.xml
        DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/keywarden.svg
        DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME keywarden)
set(CPACK_PACKAGE_VENDOR "KeyWarden")
set(CPACK_PACKAGE_CONTACT "KeyWarden maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# libqt6keychain1 loads libsecret with dlopen and does not depend on it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6, libqt6network6, libqt6httpserver6, libqt6keychain1, libsecret-1-0, libssl3, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc")
include(CPack)
