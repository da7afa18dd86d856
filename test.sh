#!/usr/bin/env bash
# Builds Lodestar and runs every test on SQLite, then the store and figures suites again on a
# throwaway PostgreSQL server started here (installing what is missing first).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup
source .ci/postgres
lodestar_ensure_packages postgresql
lodestar_build

# The suites run against PostgreSQL too: the stores, the figures and what is built on them.
# (tst_demo passes there as well but takes over three minutes; tst_postgres runs the demo on
# both backends.)
POSTGRES_SUITES="tst_postgres tst_stores tst_figures tst_dashboard tst_cidimporter
  tst_progression tst_reviews tst_allocation tst_reporting tst_noncompliance tst_diary
  tst_taskings tst_traveldocs tst_absconders tst_ownership tst_qualitychecks tst_importchanges
  tst_importhistory tst_sheetimport tst_audit tst_changewatcher tst_conflicts tst_permissions
  tst_stock tst_notes tst_usersettings tst_storedfacts tst_backup"

cd build
echo "== SQLite: every test"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"

echo "== PostgreSQL: $(echo $POSTGRES_SUITES | wc -w) suites"
lodestar_start_postgres
pattern="^($(echo $POSTGRES_SUITES | tr ' ' '|'))\$"
started=$SECONDS
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" -R "$pattern"
echo "PostgreSQL suites took $((SECONDS - started)) s"
