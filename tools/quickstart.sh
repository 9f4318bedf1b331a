#!/usr/bin/env bash
# OncoCase quick start on Debian 12: installs the Debian packages that are missing, then
#   tools/quickstart.sh run    builds and starts the program on its demo database
#   tools/quickstart.sh test   builds (warnings as errors) and runs the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build ccache file
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libsqlite3-dev sqlite3 libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev pkg-config libsodium-dev libqt6sql6-psql postgresql-15
  fonts-noto-cjk fonts-dejavu-core clang-format poppler-utils xvfb xauth
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"

case "${1:-run}" in
  run)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build -j2 --target oncocase  # the program only: the tests are the other command's
    exec build/app/oncocase --demo
    ;;
  test)
    cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DONCO_WARNINGS_AS_ERRORS=ON
    cmake --build build-test -j2
    cd build-test
    exec ctest -j2 --output-on-failure
    ;;
  *)
    echo "usage: tools/quickstart.sh run|test" >&2
    exit 2
    ;;
esac
