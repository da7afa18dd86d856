#!/usr/bin/env bash
# Builds Lodestar and runs every test (installing build dependencies first when missing).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup
lodestar_ensure_packages
lodestar_build
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
