# bench/serve.sh -- sourced by bench/run.sh: the "serve" rows, the daily workflow measured from outside the process.
#
# serve_rows LOGDIR SIZE RUN starts `archive serve` in $SITE (its content/ and public/ as the CLI rows left them), waits for
# it to print "Serving ... at http://...", then makes one change at a time in content/ and measures the wall time from just
# before the change until serve's next build summary appears on its stdout (polled every 10 ms, without forking). Rows:
#   serve start       launch until "Serving": the initial build (incremental, from the CLI rows' cache) plus server start
#   serve add-newest  an article newer than all (2026) copied in: the daily case
#   serve add-one     the back-dated article copied in (shifts the search index's later document ids)
#   serve edit        a sentence appended to the newest article's last paragraph (written aside, then renamed into place)
#   serve delete      the back-dated article removed
# Each row also keeps the build's own reported seconds, the CPU serve used meanwhile (all its threads, from /proc/PID/stat)
# and serve's peak RSS so far (VmHWM). Before each change the script waits at least SERVE_GAP seconds and until serve is idle
# (so debouncing cannot merge two changes and the background cache save of the last build is not counted in the next).
# Uses from run.sh: SITE, ARCHIVE_CMD, ARCHIVE_ARGS, EXTRA_SRC, EXTRA_NAME, NEWEST_NAME, say, record, files_in, bytes_in.

SERVE_TIMEOUT=${SERVE_TIMEOUT:-120}             # seconds a rebuild may take before its row is recorded as failed
SERVE_START_TIMEOUT=${SERVE_START_TIMEOUT:-900} # seconds the initial build and server start may take
SERVE_GAP=${SERVE_GAP:-1}                       # seconds between changes, at least (serve debounces for 100 ms)
SERVE_PID=
SERVE_OUT_FD=
SERVE_PARTIAL=
CLK_TCK=$(getconf CLK_TCK)
exec {SERVE_SLEEP_FD}<> <(:) # `read -t` on this never gets data: a sleep that does not fork

now_us() { local t=${EPOCHREALTIME//[.,]/}; echo "$t"; }
nap() { read -r -t "$1" -u "$SERVE_SLEEP_FD" _ || true; }

# serve_state : the process state letter of serve (R, S, Z...), empty once it is gone
serve_state() {
  local stat
  SERVE_STAT=()
  [[ -n $SERVE_PID ]] && read -r stat 2>/dev/null <"/proc/$SERVE_PID/stat" || return 0
  read -r -a SERVE_STAT <<<"${stat##*) }" # fields after "pid (comm) ": state, ppid, ... utime is [11], stime [12]
}
serve_alive() { serve_state; [[ ${#SERVE_STAT[@]} -gt 0 && ${SERVE_STAT[0]} != Z ]]; }
serve_ticks() { serve_state; echo $(( ${SERVE_STAT[11]:-0} + ${SERVE_STAT[12]:-0} )); }
serve_hwm_kib() {
  local key value _unit
  [[ -r /proc/$SERVE_PID/status ]] || { echo 0; return; }
  while read -r key value _unit; do [[ $key == VmHWM: ]] && { echo "$value"; return; }; done <"/proc/$SERVE_PID/status"
  echo 0
}

# wait_line REGEX TIMEOUT_S : reads serve's stdout as it grows until a line matches; sets LINE and FOUND_US (when it was
# seen). Returns 1 on timeout or when serve has exited.
wait_line() {
  local regex=$1 deadline chunk
  deadline=$(( $(now_us) + $2 * 1000000 ))
  while :; do
    while IFS= read -r chunk <&"$SERVE_OUT_FD"; do
      LINE=$SERVE_PARTIAL$chunk
      SERVE_PARTIAL=
      if [[ $LINE =~ $regex ]]; then FOUND_US=$(now_us); return 0; fi
    done
    SERVE_PARTIAL+=$chunk # at the end of the file: a line still being written, without its newline yet
    serve_alive || return 1
    (( $(now_us) < deadline )) || return 1
    nap 0.01
  done
}

SUMMARY_RE='^([0-9]+) files read, ([0-9]+) articles published, .*; ([0-9.]+) s$'

# settle : waits SERVE_GAP seconds, then until serve has used under 10% of a core for 250 ms (30 s at most); counts the build
# summaries that appeared meanwhile (a change should cause exactly one).
settle() {
  local until before after
  nap "$SERVE_GAP"
  until=$(( $(now_us) + 30000000 ))
  while serve_alive && (( $(now_us) < until )); do
    before=$(serve_ticks); nap 0.25; after=$(serve_ticks)
    if (( (after - before) * 1000 / CLK_TCK < 25 )); then break; fi
  done
  while IFS= read -r LINE <&"$SERVE_OUT_FD"; do
    LINE=$SERVE_PARTIAL$LINE; SERVE_PARTIAL=
    if [[ $LINE =~ $SUMMARY_RE ]]; then
      EXTRA_BUILDS=$((EXTRA_BUILDS + 1))
      SERVE_PUBLISHED=${BASH_REMATCH[2]}
      say "serve: a build summary outside any measured change (late, or a second build): $LINE"
    fi
  done
  SERVE_PARTIAL+=$LINE
}

stop_serve() {
  local i
  [[ -n $SERVE_PID ]] || return 0
  if serve_alive; then
    kill -TERM "$SERVE_PID" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do serve_alive || break; nap 0.1; done
    if serve_alive; then
      say "serve: still running 30 s after SIGTERM; killing it"
      kill -KILL "$SERVE_PID" 2>/dev/null || true
    fi
  fi
  SERVE_RC=0
  wait "$SERVE_PID" 2>/dev/null || SERVE_RC=$?
  SERVE_PID=
  [[ -n $SERVE_OUT_FD ]] && exec {SERVE_OUT_FD}<&-
  SERVE_OUT_FD=
}

free_port() {
  local port
  for ((;;)); do
    port=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# serve_row NAME PUBLISHED_DELTA CHANGE... : runs CHANGE (a command) and records the rebuild it causes as "serve NAME".
serve_row() {
  local name=$1 delta=$2 start ticks published
  shift 2
  settle
  ticks=$(serve_ticks)
  start=$(now_us)
  "$@"
  if wait_line "$SUMMARY_RE" "$SERVE_TIMEOUT"; then
    WALL=$(awk -v us=$((FOUND_US - start)) 'BEGIN { printf "%.3f", us / 1e6 }')
    CPU=$(awk -v t=$(( $(serve_ticks) - ticks )) -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz }')
    BUILD_S=${BASH_REMATCH[3]}
    published=${BASH_REMATCH[2]}
    (( published == SERVE_PUBLISHED + delta )) \
      || say "serve $name: $published articles published, expected $((SERVE_PUBLISHED + delta))"
    SERVE_PUBLISHED=$published
    record "$SERVE_SIZE" serve "$name" "$SERVE_RUN" "$WALL" "$(serve_hwm_kib)" "$(files_in "$SITE/public")" "$(bytes_in "$SITE/public")"
    say "serve $name: ${WALL} s until the summary, build reported ${BUILD_S} s"
  else
    SERVE_FAILED+=" $name"
    say "serve $name: no build summary within $SERVE_TIMEOUT s (or serve exited); recorded as failed"
    WALL=failed CPU= BUILD_S=
    record "$SERVE_SIZE" serve "$name" "$SERVE_RUN" "$WALL" "" "" ""
  fi
}

add_newest() { mv "$SITE/newest.tmp" "$SITE/content/$NEWEST_NAME"; }
add_one() { cp "$EXTRA_SRC" "$SITE/content/$EXTRA_NAME"; }
# Appends a sentence to the last line ending in a full stop (the last body paragraph), as an editor saves: write aside, rename.
edit_newest() {
  local file=$SITE/content/$NEWEST_NAME
  awk -v last="$(grep -n '\.[[:space:]]*$' "$file" | tail -n 1 | cut -d: -f1)" \
    '{ cr = sub(/\r$/, "") ? "\r" : ""; if (NR == last + 0) { sub(/[ \t]+$/, ""); $0 = $0 " Officials said more details would follow." } print $0 cr }' \
    "$file" >"$SITE/edit.tmp"
  mv "$SITE/edit.tmp" "$file"
}
delete_one() { rm "$SITE/content/$EXTRA_NAME"; }

serve_rows() {
  local logs=$1 start started args=$ARCHIVE_ARGS
  SERVE_SIZE=$2 SERVE_RUN=$3 SERVE_FAILED= EXTRA_BUILDS=0 SERVE_PARTIAL=
  [[ " $args " == *" --verbose "* || " $args " == *" -v "* ]] || args="$args --verbose"
  rm -f "$SITE/content/$EXTRA_NAME" "$SITE/content/$NEWEST_NAME"
  mkdir -p "$SITE/content/$(dirname "$EXTRA_NAME")" "$SITE/content/$(dirname "$NEWEST_NAME")"
  # Prepared outside content/ before serve starts, so the timed change is a rename (like a file saved elsewhere, dropped in).
  sed -E '1,8s/\b20(1[0-9]|2[0-5])\b/2026/g' "$EXTRA_SRC" >"$SITE/newest.tmp"
  : >"$logs.out"
  start=$(now_us)
  # shellcheck disable=SC2086 # ARCHIVE_CMD is a command line, args a list of options
  env -C "$SITE" $ARCHIVE_CMD serve --content content --output public --base-url http://localhost/ --port "$(free_port)" $args \
    >"$logs.out" 2>"$logs.err" </dev/null &
  SERVE_PID=$!
  exec {SERVE_OUT_FD}<"$logs.out"
  SERVE_PUBLISHED= started=
  while wait_line "$SUMMARY_RE|^Serving .* at http" "$SERVE_START_TIMEOUT"; do
    if [[ $LINE =~ $SUMMARY_RE ]]; then
      SERVE_PUBLISHED=${BASH_REMATCH[2]} BUILD_S=${BASH_REMATCH[3]}
      continue
    fi
    started=1
    WALL=$(awk -v us=$((FOUND_US - start)) 'BEGIN { printf "%.3f", us / 1e6 }')
    CPU=$(awk -v t="$(serve_ticks)" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz }')
    record "$SERVE_SIZE" serve start "$SERVE_RUN" "$WALL" "$(serve_hwm_kib)" "$(files_in "$SITE/public")" "$(bytes_in "$SITE/public")"
    say "serve start: ${WALL} s until 'Serving', its build reported ${BUILD_S} s"
    break
  done
  if [[ -z $started || -z $SERVE_PUBLISHED ]]; then
    say "serve: did not start within $SERVE_START_TIMEOUT s (logs: $logs.out, $logs.err); its rows are skipped"
    tail -n 5 "$logs.err" >&2 || true
    stop_serve
    return 0
  fi
  serve_row add-newest 1 add_newest
  serve_row add-one 1 add_one
  serve_row edit 0 edit_newest
  serve_row delete -1 delete_one
  settle
  stop_serve
  ((SERVE_RC == 0)) || say "serve: exited with $SERVE_RC after SIGTERM (logs: $logs.out, $logs.err)"
  ((EXTRA_BUILDS == 0)) || say "serve: $EXTRA_BUILDS build summaries outside the measured changes"
  rm -f "$SITE/content/$EXTRA_NAME" "$SITE/content/$NEWEST_NAME" "$SITE/newest.tmp"
}
