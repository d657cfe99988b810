# Shared by the installer tests (installer/test/NAME); sourced, not run. Each test runs as root
# in a throwaway overlay of the clean test root (./dev package-test), cwd = the repo.

LINNET_DIST=${LINNET_DIST:?run through ./dev package-test}
LINNET_OUT=${LINNET_OUT:?run through ./dev package-test}

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*" >&2; }

# The one artefact in build/dist matching GLOB (fails when there is none or several).
dist_file() {
    local files=("$LINNET_DIST"/$1)
    [ -e "${files[0]}" ] || fail "no $1 in $LINNET_DIST (run ./dev package)"
    [ ${#files[@]} -eq 1 ] || fail "several $1 in $LINNET_DIST: ${files[*]}"
    echo "${files[0]}"
}

# Installs the .deb with apt as a user would, pulling its Depends from the Debian archive.
install_deb() {
    local deb
    deb=$(dist_file 'linnet_*.deb')
    step "apt-get install $(basename "$deb")"
    apt-get update -qq
    apt-get install -y -q --no-install-recommends "$deb" > "$LINNET_OUT/apt.log" 2>&1 \
        || { tail -n 20 "$LINNET_OUT/apt.log" >&2; fail "apt-get install of $deb"; }
}

# Fails unless PNG exists, is WIDTHxHEIGHT (default 1280x800) and shows more than a few colours
# (a blank or black window has one or two).
check_screenshot() {
    local png=$1 size=${2:-1280x800} colours
    [ -s "$png" ] || fail "no screenshot $png"
    [ "$(identify -format '%wx%h' "$png")" = "$size" ] || fail "$png is $(identify -format '%wx%h' "$png"), not $size"
    colours=$(identify -format '%k' "$png")
    [ "$colours" -gt 16 ] || fail "$png looks blank ($colours colours)"
    step "screenshot $(basename "$png"): $size, $colours colours"
}
