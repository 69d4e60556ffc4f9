# Run by cpack before it makes the package: a package made without dpkg-shlibdeps would depend on
# none of the libraries the programs need, and install on a machine where they cannot start.
find_program(SITESYNC_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(NOT SITESYNC_DPKG_SHLIBDEPS)
    message(FATAL_ERROR "dpkg-shlibdeps is not installed: without it the package would not depend on the "
                        "libraries its programs need. Install the Debian package dpkg-dev and run cpack again.")
endif()
