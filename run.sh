#!/usr/bin/env bash
# Builds Lodestar and opens it on a demo database (installing dependencies first when missing).
# Extra arguments go to lodestar, e.g. ./run.sh --user sokafor (a caseworker; the default is
# rfarrell, a team leader)
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup
lodestar_ensure_packages fonts-noto-core fonts-noto-cjk
lodestar_build
if [ ! -f build/demo.sqlite ]; then
    # History up to today, so the non-compliance queue and the diary have something to show.
    build/app/lodestar demo --database build/demo.sqlite --persons 20000 --seed 1 \
        --as-of "$(date +%F)"
fi
# The demo has an administrator, so Lodestar applies its roles: unless told otherwise, sign in
# as Ruth Farrell, team leader of Liverpool A, who may change her team's people. Acting as
# someone other than the OS user is allowed on a demo database only (issue 19: a demo written
# before it is refused; delete build/demo.sqlite to write it again). (Not on a team database
# given with --database postgresql://...: there the user is the login.)
if [[ " $* " != *" --user"* && " $* " != *"postgres"*"://"* && -z "${LODESTAR_USER:-}" ]]; then
    set -- --user rfarrell "$@"
fi
exec build/app/lodestar --database build/demo.sqlite "$@"
