#!/usr/bin/env bash
# Builds Lodestar and runs every test on SQLite, then every suite that uses a test database again
# on a throwaway PostgreSQL server started here (installing what is missing first).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup
source .ci/postgres
lodestar_ensure_packages postgresql
lodestar_build

# Every suite that uses the test database (tests/testsupport.h's TestDatabase, which honours
# LODESTAR_TEST_POSTGRES) runs against PostgreSQL too. Those left out never open one:
# tst_database tests SQLite files themselves, the rest use no database at all. tst_demo shares
# one 4,000-person demo among its checks, and runs the 12,000-person proportions of Figures 6-8
# on SQLite alone, having checked PostgreSQL's demo is row for row SQLite's.
POSTGRES_SUITES="tst_postgres tst_demo tst_stores tst_figures tst_dashboard tst_cidimporter
  tst_progression tst_reviews tst_allocation tst_reporting tst_noncompliance tst_diary
  tst_taskings tst_traveldocs tst_absconders tst_ownership tst_qualitychecks tst_importchanges
  tst_importhistory tst_sheetimport tst_audit tst_changewatcher tst_conflicts tst_permissions
  tst_stock tst_notes tst_usersettings tst_storedfacts tst_backup
  tst_caseloadmodel tst_caseloadview tst_breachrules tst_export tst_emptylistnotice
  tst_dashboardreport tst_dashboardview tst_mainwindow tst_tabfocus tst_personrecord
  tst_personbarriersgui tst_progressionviews tst_reoffencesgui tst_sheetimportgui tst_auditgui
  tst_permissionsgui tst_connectdialog tst_snapshots tst_snapshotsgui tst_today tst_triage"

cd build
echo "== SQLite: every test"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"

echo "== PostgreSQL: $(echo $POSTGRES_SUITES | wc -w) suites"
lodestar_start_postgres
pattern="^($(echo $POSTGRES_SUITES | tr ' ' '|'))\$"
started=$SECONDS
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" -R "$pattern"
echo "PostgreSQL suites took $((SECONDS - started)) s"
