#!/usr/bin/env bash
# Checks the PostgreSQL schema (core/storage/postgres/migrations/0001_initial.sql) against a throwaway PostgreSQL
# cluster: it applies twice (two databases, the second finds the roles made), `advanced`, malformed JSON, the
# append-only audit trail, the search text, and the privileges of the group roles through login roles.
# Needs the PostgreSQL server binaries (Debian: postgresql-15). Run as root (the cluster runs as user postgres) or as
# an ordinary user. Exit status 0 when every expectation holds; otherwise the failed ones are printed.
#
#   tools/pg-schema-check.sh [path/to/0001_initial.sql]
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
schema=$(realpath "${1:-$here/core/storage/postgres/migrations/0001_initial.sql}")
pgbin=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[[ -x $pgbin/initdb ]] || { echo "no PostgreSQL server binaries (set PGBIN)" >&2; exit 2; }
[[ -r $schema ]] || { echo "cannot read $schema" >&2; exit 2; }

tmp=$(mktemp -d /tmp/pgschema.XXXXXX)
chmod 755 "$tmp"
as_pg=()
if [[ $(id -u) == 0 ]]; then
    chown postgres:postgres "$tmp"
    cp "$schema" "$tmp/schema.sql" && chown postgres:postgres "$tmp/schema.sql"
    schema=$tmp/schema.sql
    as_pg=(runuser -u postgres --)
fi
data=$tmp/data
started=0
cleanup() {
    if [[ $started == 1 ]]; then
        (cd / && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1)
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# A free port.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null)
[[ -n $port ]] || port=$((50000 + RANDOM % 10000))

(cd / && "${as_pg[@]}" "$pgbin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1) ||
    { cat "$tmp/initdb.log" >&2; echo "initdb failed" >&2; exit 2; }
(cd / && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null) || { cat "$tmp/server.log" >&2; echo "the server did not start" >&2; exit 2; }
started=1
echo "cluster: $("$pgbin/postgres" --version), port $port"

export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=postgres PGCONNECT_TIMEOUT=10
unset PGPASSWORD PGSERVICE PGOPTIONS
psql=(psql -X -q -v ON_ERROR_STOP=1 --no-psqlrc)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; }

# sql DB [USER] <<< SQL: prints the result unaligned, no headers; exit status of psql.
sql() { "${psql[@]}" -d "$1" -U "${2:-postgres}" -At -F '|' 2>&1; }
# expect NAME DB USER WANT SQL: the output must be WANT.
expect() {
    local got
    got=$(sql "$2" "$3" <<<"$5")
    if [[ $got == "$4" ]]; then ok "$1"; else fail "$1: expected [$4], got [$got]"; fi
}
# expect_error NAME DB USER PATTERN SQL: the statement must fail with an error matching PATTERN.
expect_error() {
    local got
    if got=$(sql "$2" "$3" <<<"$5"); then
        fail "$1: succeeded, expected an error ($4)"
    elif grep -Eq "$4" <<<"$got"; then
        got=$(grep -m1 'ERROR:' <<<"$got")
        ok "$1 (${got##*ERROR:  })"
    else
        fail "$1: expected an error matching [$4], got [$got]"
    fi
}

# --- apply the schema to two databases of the same cluster ------------------------------------------------------
for db in onco_a onco_b; do
    "${psql[@]}" -c "CREATE DATABASE $db" || { fail "create database $db"; exit 1; }
    if out=$("${psql[@]}" -d "$db" --single-transaction -f "$schema" 2>&1); then
        ok "schema applied to $db${out:+ (messages: $out)}"
    else
        fail "schema on $db: $out"
        exit 1
    fi
done
# A third database owned by an ordinary role (no superuser, no CREATEROLE), as a hospital's DBA would set it up: the
# group roles exist; pg_trgm is trusted, so the owner may create it.
if out=$("${psql[@]}" 2>&1 <<'SQL'
CREATE ROLE onco_owner LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB;
CREATE DATABASE onco_c OWNER onco_owner;
SQL
) && out=$("${psql[@]}" -d onco_c -U onco_owner --single-transaction -f "$schema" 2>&1); then
    ok "schema applied to onco_c by its owner, an ordinary role${out:+ (messages: $out)}"
else
    fail "schema on onco_c by an ordinary owner: $out"
fi
expect "onco_c: pg_trgm indexes made by the owner" onco_c postgres "7" \
    "SELECT count(*) FROM pg_indexes WHERE tablename = 'patients' AND indexdef LIKE '%gin_trgm_ops%'"
expect "schema_info" onco_b postgres "application|oncocase
schema_version|1" "SELECT key, value FROM schema_info ORDER BY key"
expect "pg_trgm and the 7 trigram indexes" onco_b postgres "1|7" \
    "SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'),
            (SELECT count(*) FROM pg_indexes WHERE tablename = 'patients' AND indexdef LIKE '%gin_trgm_ops%')"
expect "group roles exist once, nested" onco_b postgres "oncocase_admin|t|t
oncocase_read|f|f
oncocase_write|t|f" \
    "SELECT rolname, pg_has_role(rolname, 'oncocase_read', 'MEMBER') AND rolname <> 'oncocase_read',
            pg_has_role(rolname, 'oncocase_write', 'MEMBER') AND rolname <> 'oncocase_write'
     FROM pg_roles WHERE rolname LIKE 'oncocase%' ORDER BY 1"

db=onco_a
# --- data: advanced, JSON, search --------------------------------------------------------------------------------
if out=$(sql $db <<'SQL'
INSERT INTO supportive_drugs (name) VALUES ('goserelin'), ('戈舍瑞林'), ('zoledronic acid');
INSERT INTO patients (mrn, outpatient_number, inpatient_number, name, name_pinyin, name_initials, sex, birth_date,
                      created_at, updated_at)
VALUES ('ZY-2024-0050123', 'MZ/77.12', NULL, '张伟', 'zhang wei', 'zw', 'female', '1968-03-02',
        '2026-12-01T08:00:00.000Z', '2026-12-01T08:00:00.000Z');
INSERT INTO diagnoses (patient_id, date, stage, de_novo_metastatic) VALUES (1, '2024-01-10', 'Ⅳ期', NULL);
INSERT INTO therapy_lines (patient_id, start, setting, drugs) VALUES
    (1, '2024-02-01', 'adjuvant', '["goserelin"]'),
    (1, '2024-02-01', 'adjuvant', '["fulvestrant"]');
INSERT INTO patients (mrn, name_latin, sex, birth_date, created_at, updated_at)
VALUES ('DEMO-0006', 'Anna-Lena O''Brien', 'female', '1975-07-07', '2026-12-01T08:00:00.000Z', '2026-12-02T08:00:00.000Z');
INSERT INTO diagnoses (patient_id, date, stage, tnm_m) VALUES (2, '2023-05-01', 'IIA', 'M0');
INSERT INTO therapy_lines (patient_id, start, setting, drugs) VALUES
    (2, '2024-02-01', 'advanced', '[" Goserelin "]'),
    (2, '2024-03-01', 'advanced', 'not json'),
    (2, '2024-04-01', 'advanced', '{"drug": "fulvestrant"}'),
    (2, '2024-05-01', 'advanced', '"fulvestrant"'),
    (2, '2024-06-01', 'advanced', '[1, null, "zoledronic acid", "戈舍瑞林"'),
    (2, '2024-06-01', 'advanced', '["zoledronic acid", "戈舍瑞林"]');
SQL
); then ok "test data inserted"; else fail "test data: $out"; fi
expect "advanced: patient 1 only by the stage Ⅳ期, patient 2 not (supportive only, malformed drugs)" $db postgres \
    "1|1
2|0" "SELECT patient_id, advanced FROM patient_advanced ORDER BY 1"
expect "patient_list rows" $db postgres \
    "1|zhang wei|ZY-2024-0050123|1968-03-02|2026-12-01T08:00:00.000Z|0|1
2|anna-lena o'brien|DEMO-0006|1975-07-07|2026-12-02T08:00:00.000Z|0|0" \
    "SELECT patient_id, name_key, mrn, birth_date, updated_at, archived, advanced FROM patient_list ORDER BY name_key DESC"
expect "advanced by an advanced line of fulvestrant, then by M1, then by a distant recurrence" $db postgres "1
1
1
0" "BEGIN;
    INSERT INTO therapy_lines (patient_id, start, setting, drugs) VALUES (2, '2024-07-01', 'advanced', '[\"goserelin\", \"Fulvestrant\"]');
    SELECT advanced FROM patient_list WHERE patient_id = 2;
    DELETE FROM therapy_lines WHERE patient_id = 2 AND drugs LIKE '%Fulvestrant%';
    UPDATE diagnoses SET tnm_m = 'pM1' WHERE patient_id = 2;
    SELECT advanced FROM patient_list WHERE patient_id = 2;
    UPDATE diagnoses SET tnm_m = 'M0' WHERE patient_id = 2;
    INSERT INTO disease_events (patient_id, date, type, extent) VALUES (2, '2025-01-01', 'recurrence', 'distant');
    SELECT advanced FROM patient_list WHERE patient_id = 2;
    ROLLBACK;
    SELECT advanced FROM patient_list WHERE patient_id = 2;"
expect "stage spellings" $db postgres "IV|1
IVb|1
4|1
Stage IV|1
stage ivc|1
IV期|1
Ⅳ|1
ⅣA期|1
Ⅲ|0
IIIC|0
|0" "SELECT s, CASE WHEN replace(replace(replace(upper(trim(coalesce(s, ''))), '期', ''), ' ', ''), 'STAGE', '')
                        IN ('IV', 'IVA', 'IVB', 'IVC', '4', 'Ⅳ', 'ⅣA', 'ⅣB', 'ⅣC') THEN 1 ELSE 0 END
     FROM unnest(ARRAY['IV', 'IVb', '4', 'Stage IV', 'stage ivc', 'IV期', 'Ⅳ', 'ⅣA期', 'Ⅲ', 'IIIC', NULL]) AS s"
expect "onco_json_texts: an array's elements; nothing for NULL, malformed or non-array JSON" $db postgres \
    "a| b |1|<null>|{\"x\": 1}|[2]|
0|0|0|0|0|0" \
    "SELECT string_agg(coalesce(v, '<null>'), '|') || '|' FROM onco_json_texts('[\"a\", \" b \", 1, null, {\"x\":1}, [2]]') AS v;
     SELECT (SELECT count(*) FROM onco_json_texts(NULL)), (SELECT count(*) FROM onco_json_texts('not json')),
            (SELECT count(*) FROM onco_json_texts('[1,')), (SELECT count(*) FROM onco_json_texts('{\"a\": 1}')),
            (SELECT count(*) FROM onco_json_texts('\"x\"')), (SELECT count(*) FROM onco_json_texts('[\"\\u0000\"]'))"
expect "patient_search_text of patient 1" $db postgres \
    "张伟|zhang wei|zhangwei|zw|||zy-2024-0050123 mz/77.12  zy20240050123 mz7712 " \
    "SELECT name, pinyin, pinyin_joined, initials, latin, latin_joined, numbers FROM patient_search_text WHERE patient_id = 1"
expect "search: 'zy20240050123' and '50123' in numbers, '伟' in name, 'zhangw' in pinyin_joined, latin_joined" $db postgres \
    "1|1|1|1|2" \
    "SELECT (SELECT patient_id FROM patient_search_text WHERE numbers LIKE '%zy20240050123%'),
            (SELECT patient_id FROM patient_search_text WHERE numbers ILIKE '%50123%'),
            (SELECT patient_id FROM patient_search_text WHERE name LIKE '%伟%'),
            (SELECT patient_id FROM patient_search_text WHERE pinyin_joined LIKE 'zhangw%'),
            (SELECT patient_id FROM patient_search_text WHERE latin_joined LIKE 'annalenaob%')"
plan=$(sql $db <<'SQL'
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT patient_id FROM patient_search_text WHERE numbers LIKE '%50123%' OR pinyin LIKE '%zhang%';
SQL
)
if grep -q 'patients_search_numbers' <<<"$plan" && grep -q 'patients_search_pinyin' <<<"$plan"; then
    ok "a search on the view uses the trigram indexes"
else
    fail "the trigram indexes are not used: $plan"
fi

# --- the audit trail is append-only -----------------------------------------------------------------------------
expect "audit_log insert with an explicit id" $db postgres "1" \
    "INSERT INTO audit_log (id, at, \"user\", action, entity, entity_id, patient_id, before_json, after_json, prev_hash, hash)
     VALUES (1, '2026-12-01T08:00:00.000Z', 'root', 'create', 'patient', 1, 1, NULL, '{}', '00', 'aa');
     SELECT count(*) FROM audit_log"
expect_error "UPDATE audit_log fails" $db postgres "append-only" "UPDATE audit_log SET hash = 'x'"
expect_error "DELETE FROM audit_log fails" $db postgres "append-only" "DELETE FROM audit_log"
expect_error "TRUNCATE audit_log fails" $db postgres "append-only" "TRUNCATE audit_log"
expect "the audit trail survives a deleted patient" $db postgres "0|1" \
    "BEGIN; DELETE FROM patients WHERE id = 1;
     SELECT (SELECT count(*) FROM patients WHERE id = 1), (SELECT count(*) FROM audit_log); ROLLBACK;"

# --- accounts: names unique ignoring case ------------------------------------------------------------------------
expect "accounts insert" $db postgres "1" \
    "INSERT INTO accounts (name, display_name, role, password_hash, created_at)
     VALUES ('Admin', 'Administrator', 'admin', '\$argon2id\$x', '2026-12-01T08:00:00.000Z') RETURNING id"
expect_error "accounts: 'ADMIN' is taken by 'Admin'" $db postgres "accounts_name_nocase" \
    "INSERT INTO accounts (name, role, password_hash, created_at) VALUES ('ADMIN', 'admin', 'h', 'now')"
expect_error "accounts: a blank name is refused" $db postgres "accounts_name_check" \
    "INSERT INTO accounts (name, role, password_hash, created_at) VALUES ('  ', 'admin', 'h', 'now')"
expect_error "accounts: active is 0 or 1" $db postgres "accounts_active_check" \
    "INSERT INTO accounts (name, role, active, password_hash, created_at) VALUES ('x', 'admin', 2, 'h', 'now')"

# --- login roles in the group roles ------------------------------------------------------------------------------
if out=$(sql $db <<'SQL'
CREATE ROLE ro LOGIN PASSWORD 'ro-secret' IN ROLE oncocase_read;
CREATE ROLE cl LOGIN PASSWORD 'cl-secret' IN ROLE oncocase_write;
CREATE ROLE ad LOGIN PASSWORD 'ad-secret' IN ROLE oncocase_admin;
REVOKE CONNECT ON DATABASE onco_a FROM PUBLIC;
GRANT CONNECT ON DATABASE onco_a TO ro, cl, ad;
SQL
); then ok "login roles ro, cl, ad created"; else fail "login roles: $out"; fi

expect "ro: SELECT works" $db ro "2|2|1" \
    "SELECT (SELECT count(*) FROM patients), (SELECT count(*) FROM patient_list), (SELECT value FROM schema_info WHERE key = 'schema_version')"
expect_error "ro: INSERT INTO patients is refused" $db ro "permission denied" \
    "INSERT INTO patients (mrn, created_at, updated_at) VALUES ('RO-1', 'now', 'now')"
expect_error "ro: UPDATE patients is refused" $db ro "permission denied" "UPDATE patients SET archived = 1"
expect_error "ro: DELETE FROM patients is refused" $db ro "permission denied" "DELETE FROM patients"
expect_error "ro: INSERT INTO supportive_drugs is refused" $db ro "permission denied" \
    "INSERT INTO supportive_drugs (name) VALUES ('fulvestrant')"
expect "ro: INSERT INTO audit_log works (a print)" $db ro "2" \
    "INSERT INTO audit_log (id, at, \"user\", action, entity, entity_id, patient_id, before_json, after_json, prev_hash, hash)
     VALUES (2, '2026-12-01T09:00:00.000Z', 'ro', 'print', 'patient', 1, 1, NULL, NULL, 'aa', 'bb');
     SELECT count(*) FROM audit_log"
expect_error "ro: UPDATE audit_log is refused" $db ro "permission denied" "UPDATE audit_log SET hash = 'x'"
expect_error "ro: DELETE FROM audit_log is refused" $db ro "permission denied" "DELETE FROM audit_log"
expect "ro: writes the stored assessments (lastval works)" $db ro "1
t" \
    "INSERT INTO assessment_summaries (patient_id, as_of, computed_at, record_updated_at, knowledge_version, jurisdiction,
         advanced, resistance, resistance_rule, elacestrant_status, elacestrant_flags, imlunestrant_status,
         imlunestrant_flags, actions, esr1, deceased, marker_rises)
     VALUES (1, '2026-12-01', 'now', 'now', '2026.12.1', 'CN', 1, 'secondary', 'R2', 'option', 'ALREADY_ON|X',
             'not_option', '', '', 'none', NULL, NULL);
     UPDATE assessment_summaries SET actions = 'ORDER_ESR1' WHERE patient_id = 1;
     INSERT INTO assessment_status_history (patient_id, drug, status, first_seen, computed_at, knowledge_version)
     VALUES (1, 'elacestrant', 'option', '2026-12-01', 'now', '2026.12.1');
     DELETE FROM assessment_status_history WHERE id = -1;
     SELECT count(*) FROM assessment_summaries; SELECT lastval() > 0"
# Serialising the audit chain: a read-only user may not LOCK TABLE audit_log beyond ROW EXCLUSIVE (PostgreSQL 15 asks
# for UPDATE, DELETE or TRUNCATE), but may take a transaction-level advisory lock.
expect_error "ro: LOCK TABLE audit_log IN EXCLUSIVE MODE is refused (use an advisory lock)" $db ro "permission denied" \
    "BEGIN; LOCK TABLE audit_log IN EXCLUSIVE MODE; COMMIT;"
expect "ro: pg_advisory_xact_lock works" $db ro "ok" \
    "BEGIN; SELECT pg_advisory_xact_lock(hashtext('oncocase.audit_log'))::text || 'ok'; COMMIT;"
expect_error "ro: UPDATE accounts is refused" $db ro "permission denied" "UPDATE accounts SET active = 0"

expect "cl: writes the clinical record (lastval works), deletes a patient (cascades)" $db cl "3
0" \
    "INSERT INTO patients (mrn, created_at, updated_at) VALUES ('CL-1', 'now', 'now');
     SELECT lastval();
     INSERT INTO diagnoses (patient_id, stage) VALUES ((SELECT id FROM patients WHERE mrn = 'CL-1'), 'I');
     INSERT INTO therapy_lines (patient_id, start, setting, drugs) VALUES (3, '2025-01-01', 'adjuvant', '[]');
     INSERT INTO marker_results (patient_id, date, analyte, value) VALUES (3, '2025-01-01', 'CA15-3', 12.5);
     INSERT INTO genetic_results (patient_id, date, gene, result) VALUES (3, '2025-01-01', 'ESR1', 'not_detected');
     INSERT INTO medications (patient_id, name, start) VALUES (3, 'letrozole', '2025-01-01');
     INSERT INTO biopsies (patient_id, date) VALUES (3, '2025-01-01');
     INSERT INTO disease_events (patient_id, date, type) VALUES (3, '2025-01-01', 'diagnosis');
     UPDATE patients SET archived = 1 WHERE id = 3;
     DELETE FROM patients WHERE id = 3;
     SELECT count(*) FROM diagnoses WHERE patient_id = 3"
expect "cl: syncs supportive_drugs and patient_list_state" $db cl "1" \
    "DELETE FROM supportive_drugs WHERE name = 'zoledronic acid';
     INSERT INTO supportive_drugs (name) VALUES ('zoledronic acid') ON CONFLICT DO NOTHING;
     INSERT INTO patient_list_state (key, value) VALUES ('knowledge_version', '2026.12.1')
         ON CONFLICT (key) DO UPDATE SET value = excluded.value;
     SELECT count(*) FROM patient_list_state"
expect_error "cl: UPDATE accounts is refused" $db cl "permission denied" \
    "UPDATE accounts SET password_hash = 'h2' WHERE id = 1"
expect_error "cl: INSERT INTO accounts is refused" $db cl "permission denied" \
    "INSERT INTO accounts (name, role, password_hash, created_at) VALUES ('eve', 'admin', 'h', 'now')"
expect_error "cl: INSERT INTO knowledge_packs is refused" $db cl "permission denied" \
    "INSERT INTO knowledge_packs (version, last_verified, format, content, sha256, installed_at, installed_by)
     VALUES ('1', '2026-12-01', 'f', '{}', 's', 'now', 'cl')"
expect_error "cl: DELETE FROM audit_log is refused" $db cl "permission denied" "DELETE FROM audit_log"
expect_error "cl: UPDATE schema_info is refused" $db cl "permission denied" "UPDATE schema_info SET value = '2'"

expect "ad: UPDATE accounts works" $db ad "Admin 2|h2" \
    "UPDATE accounts SET password_hash = 'h2', display_name = 'Admin 2' WHERE id = 1;
     SELECT display_name, password_hash FROM accounts WHERE id = 1"
expect "ad: INSERT INTO accounts, knowledge_packs, knowledge_install_changes works (lastval works)" $db ad "t
1|1" \
    "INSERT INTO accounts (name, role, password_hash, created_at) VALUES ('clinician1', 'clinician', 'h', 'now');
     SELECT lastval() = (SELECT id FROM accounts WHERE name = 'clinician1');
     INSERT INTO knowledge_packs (version, last_verified, format, content, sha256, installed_at, installed_by)
     VALUES ('2026.12.1', '2026-12-01', 'oncocase-knowledge/1', '{}', 's', 'now', 'ad');
     INSERT INTO knowledge_install_changes (pack_id, patient_id, jurisdiction, drug, after_status, flags_added, flags_removed)
     VALUES ((SELECT max(id) FROM knowledge_packs), 2, 'CN', 'elacestrant', 'option', '[]', '[]');
     SELECT (SELECT count(*) FROM knowledge_packs), (SELECT count(*) FROM knowledge_install_changes)"
expect_error "ad: DELETE FROM accounts is refused" $db ad "permission denied" "DELETE FROM accounts"
expect_error "ad: UPDATE audit_log is refused" $db ad "permission denied" "UPDATE audit_log SET hash = 'x'"
expect_error "ad: UPDATE knowledge_packs is refused" $db ad "permission denied" "UPDATE knowledge_packs SET rollback = 1"
expect "ad: also writes the clinical record (through oncocase_write)" $db ad "1" \
    "UPDATE patients SET archived = 0 WHERE id = 2; SELECT count(*) FROM patients WHERE id = 2"

if ((failures > 0)); then
    echo "$failures expectation(s) failed"
    exit 1
fi
echo "all expectations hold"
