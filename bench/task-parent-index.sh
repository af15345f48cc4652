#!/usr/bin/env bash
# The query Camunda 7.24 runs at every task completion (Task.xml, selectTasksByParentTaskId:
# select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?), timed with pgbench on a desk database that holds
# 100,000 extra open tasks, without and then with the desk's index (system/EngineIndexes).
# Usage: bench/task-parent-index.sh <database>   (a desk database on 127.0.0.1 whose schema the desk created;
# the script adds 100,000 rows to act_ru_task named bench-parent-*, and deletes them at the end)
set -euo pipefail
db=${1:?database}
psql="psql -X -q -h 127.0.0.1 -U postgres -d $db -v ON_ERROR_STOP=1"
$psql <<'SQL'
insert into act_ru_task (id_, rev_, name_, priority_, create_time_, suspension_state_, task_state_)
select 'bench-parent-' || g, 1, 'Investigate complaint', 50, now() - g * interval '1 second', 1, 'Created'
from generate_series(1, 100000) g;
vacuum analyze act_ru_task;
SQL
# the id is a pgbench variable, bound as a parameter as MyBatis binds it (random() in the SQL would be volatile,
# and a volatile comparison cannot use an index)
printf '%s\n' '\set n random(1, 100000)' \
  "select * from act_ru_task where parent_task_id_ = 'bench-parent-' || :n;" > /tmp/task-parent-query.sql
run() {
  echo "== $1: rows $($psql -tAc 'select count(*) from act_ru_task'), load $(cut -d' ' -f1-3 /proc/loadavg)"
  $psql -c "explain (analyze, costs off, timing off) select * from act_ru_task where parent_task_id_ = 'bench-parent-7'"
  rm -f /tmp/pgbench_log.*
  pgbench -n -h 127.0.0.1 -U postgres -M prepared -f /tmp/task-parent-query.sql -c 1 -t 50 "$db" > /dev/null  # warm-up
  pgbench -n -h 127.0.0.1 -U postgres -M prepared -f /tmp/task-parent-query.sql -c 1 -t 500 -l --log-prefix=/tmp/pgbench_log "$db" > /dev/null
  # per-statement latency in µs is column 3 of pgbench's log
  cat /tmp/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "n=%d p50=%.3f ms p95=%.3f ms p99=%.3f ms\n", NR, a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000}'
}
$psql -c 'drop index if exists desk_ix_task_parent'
run "without index"
$psql -c 'create index if not exists desk_ix_task_parent on act_ru_task (parent_task_id_)'
run "with index desk_ix_task_parent"
$psql -c "delete from act_ru_task where id_ like 'bench-parent-%'"
echo "== load after $(cut -d' ' -f1-3 /proc/loadavg)"
