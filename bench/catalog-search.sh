#!/usr/bin/env bash
# Catalog search speed (issue 3: "answers in ≤ 50 ms over 5,000 items"). Starts the default run (embedded PostgreSQL,
# demo data) on free ports in a fresh, throw-away data directory, inserts 5,000 published items with realistic
# Chinese names straight into the catalog tables (cloned from the demo items' published versions, so every one is a
# complete, readable item), then times searches for 2-character Chinese partial words over HTTP against the public
# API GET /api/v1/public/catalog?text=… (one keep-alive connection, a warm-up first). Also prints the PostgreSQL plan
# of the search and the time of the HTML page /portal/catalog for the same words. Builds the jar first if it is
# missing or older than the sources. Last line: RESULT search_p95_ms=<n> search_mean_ms=<n> items=5000.
#
# Needs java, curl and psql (the PostgreSQL client: apt-get install postgresql-client).
# Settings (environment): BENCH_ITEMS (default 5000), BENCH_SEARCHES (default 200), BENCH_TIMEOUT_S (default 180) how
# long to wait for UP; JAVA_OPTS extra JVM options; BENCH_MVN_OPTS extra Maven options for the build (-o offline).
set -euo pipefail

cd "$(dirname "$0")/.."
TIMEOUT_S="${BENCH_TIMEOUT_S:-180}"
ITEMS="${BENCH_ITEMS:-5000}"
SEARCHES="${BENCH_SEARCHES:-200}"
WARMUP=50

log() { printf '%s\n' "$*" >&2; }
die() { log "catalog-search.sh: $*"; exit 1; }

for tool in java curl psql awk sort; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done

# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_jar
bench_workdir

# Percent-encodes a string (UTF-8 bytes) for a query parameter.
urlencode() {
    local LC_ALL=C s="$1" out="" c i
    for ((i = 0; i < ${#s}; i++)); do
        c="${s:i:1}"
        case "$c" in
            [a-zA-Z0-9.~_-]) out+="$c" ;;
            *) out+="$(printf '%%%02X' "'$c")" ;;
        esac
    done
    printf '%s' "$out"
}

port="$(free_port)"
[[ "$port" != "8080" ]] || port="$(free_port)"
db_port="$(free_port)"
base="http://127.0.0.1:$port"

log "Starting $jar on port $port (database on $db_port) with data in $data ..."
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --xiaoneng.embedded-db.data-directory="$data" \
    --xiaoneng.embedded-db.port="$db_port" >"$app_log" 2>&1 &
pid=$!

bench_wait_up "$base/actuator/health"

sql() {
    PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d postgres "$@"
}

demo="$(sql -At -c "SELECT count(*) FROM catalog_item WHERE status = 'PUBLISHED'")"
[[ "$demo" -gt 0 ]] || die "the demo catalog is empty: nothing to clone"

# Names: scope × subject × action (8 × 60 × 20 = 9,600 distinct names), each item a clone of a demo item's published
# version (its materials, fees, limits and process), renamed. Items first with their draft as a placeholder (an item
# needs a draft or a version), then their version 1, then the items point at it — as a publication does.
log "Inserting $ITEMS published items ..."
sql -v items="$ITEMS" <<'SQL'
BEGIN;
CREATE TEMP TABLE bench_names ON COMMIT DROP AS
WITH scope(s, i) AS (SELECT * FROM unnest(ARRAY['', '临时', '新建', '跨区域', '个体', '企业', '农村', '城市'])
                       WITH ORDINALITY),
     subject(s, i) AS (SELECT * FROM unnest(ARRAY[
        '食品生产', '食品经营', '药品零售', '医疗器械', '餐饮服务', '旅馆业', '娱乐场所', '危险化学品', '烟花爆竹',
        '出租汽车', '物业服务', '房屋租赁', '林木采伐', '取水', '河道采砂', '户外广告', '特种设备', '计量器具',
        '民办学校', '养老机构', '社会团体', '民办非企业单位', '宗教活动场所', '文物保护', '营业性演出', '网吧',
        '印刷经营', '出版物发行', '电影放映', '有线电视', '体育经营', '种子经营', '农药经营', '兽药经营', '饲料生产',
        '渔业捕捞', '动物诊疗', '生猪屠宰', '粮食收购', '成品油零售', '燃气经营', '城市供水', '城镇排水', '城市绿化',
        '人防工程', '消防安全', '保安服务', '典当行', '二手车交易', '再生资源回收', '报废汽车回收', '建筑施工',
        '房地产开发', '建设用地', '矿产开采', '地质勘查', '测绘资质', '气象探测', '人力资源服务', '劳务派遣'])
                       WITH ORDINALITY),
     action(s, i) AS (SELECT * FROM unnest(ARRAY[
        '经营许可', '许可证核发', '备案', '登记', '变更登记', '注销登记', '年度检验', '资质认定', '审批', '核准',
        '许可延续', '证照补办', '证明办理', '资格认定', '设立审批', '安全评价备案', '竣工验收备案', '项目核准',
        '初审转报', '换证'])
                       WITH ORDINALITY)
SELECT g, scope.s || subject.s || action.s AS name
  FROM generate_series(0, :items - 1) g
  JOIN scope ON scope.i = g % 8 + 1
  JOIN subject ON subject.i = (g / 8) % 60 + 1
  JOIN action ON action.i = (g / 480) % 20 + 1;

CREATE TEMP TABLE bench_sources ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY v.id) - 1 AS k, v.*
  FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
 WHERE i.status = 'PUBLISHED';

INSERT INTO catalog_item (code, status, name, kind, lead_department_id, co_department_ids, themes, function_id,
                          draft, draft_saved_at, draft_saved_by, last_number, created_at, created_by)
SELECT 'BENCH-' || lpad(n.g::text, 5, '0'), 'PUBLISHED', n.name, s.kind, s.lead_department_id, s.co_department_ids,
       s.themes, s.function_id, s.content, now(), 'bench', 1, now(), 'bench'
  FROM bench_names n JOIN bench_sources s ON s.k = n.g % (SELECT count(*) FROM bench_sources);

INSERT INTO catalog_item_version (item_id, number, code, name, kind, lead_department_id, co_department_ids, themes,
                                  function_id, content_schema, content, published_at, published_by)
SELECT i.id, 1, i.code, i.name, i.kind, i.lead_department_id, i.co_department_ids, i.themes, i.function_id,
       s.content_schema, jsonb_set(s.content, '{name}', to_jsonb(i.name)), now(), 'bench'
  FROM catalog_item i
  JOIN bench_names n ON i.code = 'BENCH-' || lpad(n.g::text, 5, '0')
  JOIN bench_sources s ON s.k = n.g % (SELECT count(*) FROM bench_sources);

UPDATE catalog_item i SET current_version_id = v.id, draft = NULL, draft_saved_at = NULL, draft_saved_by = NULL
  FROM catalog_item_version v
 WHERE v.item_id = i.id AND i.code LIKE 'BENCH-%';
COMMIT;
ANALYZE catalog_item;
ANALYZE catalog_item_version;
SQL

total="$(curl -fsS "$base/api/v1/public/catalog?size=1" | grep -oE '"total":[0-9]+' | cut -d: -f2)"
expected=$((demo + ITEMS))
[[ "$total" == "$expected" ]] || die "the public catalog lists $total items, expected $expected"
log "The public catalog lists $total published items ($demo demo + $ITEMS inserted)."

# 2-character partial words, as people type them: most match dozens to hundreds of items, a few match none.
words=(食品 经营 许可 登记 备案 变更 药品 医疗 餐饮 旅馆 危险 出租 物业 房屋 特种 民办 养老 社会 宗教 网吧
       印刷 电影 种子 农药 动物 生猪 粮食 燃气 供水 排水 消防 保安 典当 建筑 房地 矿产 地质 测绘 人力 劳务
       外商 施工 身份 排污 年度 资质 核准 补办 证明 延续 审批 设立 临时 新建 农村 城市 企业 个体 跨区 注销)

# Times one request per URL over one keep-alive connection; prints one duration per line, in seconds. Extra curl
# options (a header) may come first, before "--".
time_urls() {
    local args=()
    while [[ "$1" != "--" ]]; do
        args+=("$1")
        shift
    done
    shift
    for url in "$@"; do
        args+=(-o /dev/null "$url")
    done
    curl -sS --fail -w '%{time_total}\n' "${args[@]}"
}

urls() {
    local path="$1" count="$2" i
    for ((i = 0; i < count; i++)); do
        printf '%s\n' "$base$path?text=$(urlencode "${words[i % ${#words[@]}]}")"
    done
}

stats() {
    sort -n | awk '{ v[NR] = $1 * 1000; s += $1 * 1000 }
        END { i = int(NR * 0.95 + 0.999); if (i < 1) i = 1; if (i > NR) i = NR;
              printf "%.1f %.1f %.1f\n", v[i], s / NR, v[NR] }'
}

mapfile -t api_urls < <(urls /api/v1/public/catalog "$SEARCHES")
mapfile -t page_urls < <(urls /portal/catalog "$SEARCHES")
mapfile -t warm_urls < <(urls /api/v1/public/catalog "$WARMUP")
log "Warming up with $WARMUP searches ..."
time_urls -- "${warm_urls[@]}" >/dev/null
time_urls -- "${page_urls[@]:0:$WARMUP}" >/dev/null
time_urls -H 'HX-Request: true' -- "${page_urls[@]:0:$WARMUP}" >/dev/null

log "Timing $SEARCHES searches ..."
read -r api_p95 api_mean api_max < <(time_urls -- "${api_urls[@]}" | stats)
read -r live_p95 live_mean live_max < <(time_urls -H 'HX-Request: true' -- "${page_urls[@]}" | stats)
read -r page_p95 page_mean page_max < <(time_urls -- "${page_urls[@]}" | stats)
log "JSON API   /api/v1/public/catalog?text=..        : p95 ${api_p95} ms, mean ${api_mean} ms, max ${api_max} ms"
log "live (htmx) results of /portal/catalog?text=..   : p95 ${live_p95} ms, mean ${live_mean} ms, max ${live_max} ms"
log "whole HTML page /portal/catalog?text=..          : p95 ${page_p95} ms, mean ${page_mean} ms, max ${page_max} ms"

# The plan of the catalog's search as PublishedQueries runs it (page of 20 by code, and the count), for one word.
log "--- plan of the search for '%食品%' ---"
sql -At >&2 <<'SQL' || true
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT v.id, v.item_id, v.code, v.number, v.content, v.published_at, v.published_by
  FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
 WHERE i.status = 'PUBLISHED' AND (v.name ILIKE '%食品%' OR v.code ILIKE '%食品%')
 ORDER BY v.code LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, COSTS OFF)
SELECT count(*) FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
 WHERE i.status = 'PUBLISHED' AND (v.name ILIKE '%食品%' OR v.code ILIKE '%食品%');
SQL

printf 'RESULT search_p95_ms=%s search_mean_ms=%s items=%s\n' "$api_p95" "$api_mean" "$ITEMS"
