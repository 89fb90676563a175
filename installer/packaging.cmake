# Desktop integration and a Debian package: `cmake --build --preset ci --target package` (or
# cpack -G DEB in the build directory) makes a .deb that lintian passes without errors or
# warnings (installer/package-check.sh checks it, installs it and runs it from /usr/bin).
set(kw_installer ${CMAKE_CURRENT_LIST_DIR})
set(kw_docdir share/doc/keywarden)

install(FILES ${kw_installer}/keywarden.desktop DESTINATION share/applications)
install(FILES ${kw_installer}/io.keywarden.keywarden.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/keywarden.svg
        DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${kw_installer}/copyright DESTINATION ${kw_docdir})

# The changelog names the version it describes: a release whose version moved on without it
# would ship a changelog of another version.
file(STRINGS ${kw_installer}/changelog kw_changelog_head LIMIT_COUNT 1)
if(NOT kw_changelog_head MATCHES "^keywarden \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "installer/changelog does not start with version ${PROJECT_VERSION}")
endif()

# Compressed without a time stamp (gzip -n), so the package is reproducible.
find_program(KW_GZIP gzip REQUIRED)
set(kw_changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(
    OUTPUT ${kw_changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
    COMMAND ${KW_GZIP} -9nc ${kw_installer}/changelog > ${kw_changelog_gz}
    DEPENDS ${kw_installer}/changelog
    COMMENT "Compressing the changelog")
set(kw_package_files ${kw_changelog_gz})
install(FILES ${kw_changelog_gz} DESTINATION ${kw_docdir})

# Manual pages from each program's --help (Debian's help2man); without help2man the package
# is made without them (and lintian says so).
find_program(KW_HELP2MAN help2man)
if(KW_HELP2MAN)
    set(kw_man_keywarden "desktop console for cloud API keys and access keys")
    set(kw_man_keywarden-cli "manage cloud API keys and access keys from the shell")
    set(kw_man_keywarden-sandbox "local emulators of the cloud key APIs KeyWarden manages")
    foreach(program keywarden keywarden-cli keywarden-sandbox)
        set(page ${CMAKE_CURRENT_BINARY_DIR}/packaging/${program}.1)
        add_custom_command(
            OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${KW_HELP2MAN} --no-info
                    --section=1 --name=${kw_man_${program}}
                    --version-string=${PROJECT_VERSION} --output=${page} $<TARGET_FILE:${program}>
            COMMAND ${KW_GZIP} -9nf ${page}
            DEPENDS ${program}
            COMMENT "Writing the manual page of ${program}")
        list(APPEND kw_package_files ${page}.gz)
        install(FILES ${page}.gz DESTINATION share/man/man1)
    endforeach()
endif()
add_custom_target(package_files ALL DEPENDS ${kw_package_files})

set(CPACK_GENERATOR DEB) # what the package target makes
set(CPACK_PACKAGE_NAME keywarden)
set(CPACK_PACKAGE_VENDOR "KeyWarden")
set(CPACK_PACKAGE_CONTACT "KeyWarden Maintainers <maintainers@keywarden.io>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "KeyWarden Maintainers <maintainers@keywarden.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description, wrapped for dpkg (CPack keeps the lines as they are).
file(READ ${kw_installer}/description.txt CPACK_PACKAGE_DESCRIPTION)
string(STRIP "${CPACK_PACKAGE_DESCRIPTION}" CPACK_PACKAGE_DESCRIPTION)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://keywarden.io")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_STRIP_FILES ON) # the binaries ship without debug information
# The libraries the binaries link, with their versions (dpkg-shlibdeps), plus what is loaded
# at run time: libqt6keychain1 opens libsecret with dlopen, and the icons are SVG.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
# Qt's own words (OK/Cancel/Apply, the file dialog…) in the user's language come from Debian's
# qtbase_<lang>.qm; without them a German window has English buttons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, qt6-translations-l10n")
include(CPack)
